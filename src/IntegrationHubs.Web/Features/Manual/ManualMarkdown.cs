using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>
/// Turns the Manual's guidance (Markdown an admin typed) into HTML that is safe to show: raw HTML is escaped, and a
/// link or image whose address is not http(s), mailto or relative loses its address.
/// </summary>
public static class ManualMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
        }

        return document.ToHtml(Pipeline);
    }

    // A path within the app ("/hubs/…", "#part") is fine; otherwise only http(s) and mailto. (On Linux "/x" parses as
    // an absolute file URI, so paths are decided before the URI parser sees them.)
    private static bool IsSafe(string? url) =>
        string.IsNullOrEmpty(url)
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || url.StartsWith('#')
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto");
}
