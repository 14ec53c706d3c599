using Ganss.Xss;

namespace IntegrationHubs.Web.Security;

/// <summary>
/// The one gate for HTML built from what people typed (the Manual's Markdown today): the rendered HTML is parsed and
/// only an allow-list of elements, attributes and URL schemes survives. Filtering one Markdown syntax (links) missed
/// autolinks such as <c>&lt;javascript:alert(1)&gt;</c>; deciding on the final HTML cannot miss a syntax.
/// </summary>
public static class SafeHtml
{
    /// <summary>Elements that Markdown produces for text, lists, tables and links — nothing that runs, embeds or submits.</summary>
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "s", "sub", "sup", "code", "pre",
        "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
    };

    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "title", "src", "alt", "start", "align", "colspan", "rowspan",
    };

    /// <summary>Absolute addresses may use only these; paths within the app ("/hubs/…", "#part") are kept too.</summary>
    public static readonly IReadOnlySet<string> Schemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "mailto",
    };

    // Configured once and never changed afterwards: Sanitize then only reads the configuration, so one instance is
    // shared by every request.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string? html) => string.IsNullOrEmpty(html) ? "" : Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Elements, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });

        // "//host/x" is relative to the scheme, not to the app: a link that looks internal but leaves the site.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.OriginalUrl.TrimStart().StartsWith("//", StringComparison.Ordinal) || e.OriginalUrl.TrimStart().StartsWith(@"\\", StringComparison.Ordinal))
            {
                e.SanitizedUrl = null;
            }
        };

        // Links written by an editor open as ordinary links but hand the target nothing about this page.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.GetAttribute("href") is { } href && !href.StartsWith('/') && !href.StartsWith('#'))
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
