using IntegrationHubs.Web.Security;
using Markdig;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>
/// Turns the Manual's guidance (Markdown an admin typed) into HTML that is safe to show: raw HTML in the Markdown is
/// escaped as text, and the rendered HTML passes <see cref="SafeHtml"/>'s allow-list, whatever Markdown syntax made a
/// link (inline, reference or autolink).
/// </summary>
public static class ManualMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string? markdown) => SafeHtml.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));
}
