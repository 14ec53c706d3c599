using System.Net;
using System.Text.RegularExpressions;

namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>One form of a page: where it posts and the values it would send as rendered.</summary>
public sealed record HtmlForm(string? Action, IReadOnlyDictionary<string, string> Fields)
{
    public string? Handler => Fields.GetValueOrDefault("_handler");
}

/// <summary>
/// Just enough HTML reading for server-rendered pages: forms, input values, a field's validation
/// message and the root element's language. Regexes suffice because the markup is our own.
/// </summary>
public static partial class Html
{
    public static IReadOnlyList<HtmlForm> Forms(string html) =>
        [.. FormPattern().Matches(html).Select(m =>
        {
            var attributes = Attributes(m.Groups["open"].Value);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match input in InputPattern().Matches(m.Groups["body"].Value))
            {
                var inputAttributes = Attributes(input.Value);
                var isBox = inputAttributes.GetValueOrDefault("type") is "checkbox" or "radio";
                if (isBox && !CheckedPattern().IsMatch(input.Value))
                {
                    continue;
                }

                if (inputAttributes.TryGetValue("name", out var name) && !fields.ContainsKey(name))
                {
                    fields[name] = inputAttributes.GetValueOrDefault("value", "");
                }
            }

            return new HtmlForm(attributes.GetValueOrDefault("action"), fields);
        })];

    /// <summary>The value attribute of the first input named <paramref name="name"/>, or null when there is none.</summary>
    public static string? InputValue(string html, string name) =>
        InputPattern().Matches(html).Select(m => Attributes(m.Value))
            .Where(a => a.GetValueOrDefault("name") == name)
            .Select(a => a.GetValueOrDefault("value", ""))
            .FirstOrDefault();

    /// <summary>The text of the validation messages shown under the field with id <paramref name="fieldId"/>.</summary>
    public static string FieldError(string html, string fieldId)
    {
        var match = Regex.Match(html, $"<div id=\"{Regex.Escape(fieldId)}-error\"[^>]*>(?<inner>(?:\\s*<div class=\"validation-message\">[^<]*</div>)*)\\s*</div>",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? Text(match.Groups["inner"].Value) : "";
    }

    /// <summary>The attributes of the root html element, e.g. lang and dir.</summary>
    public static IReadOnlyDictionary<string, string> Root(string html)
    {
        var match = RootPattern().Match(html);
        return match.Success ? Attributes(match.Value) : new Dictionary<string, string>();
    }

    /// <summary>The visible text of a fragment, tags removed and entities decoded, whitespace collapsed.</summary>
    public static string Text(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), " ").Trim();

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePattern().Matches(tag)
            .GroupBy(a => a.Groups["name"].Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("(?<open><form\\b[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InputPattern();

    [GeneratedRegex("\\schecked(?:[\\s/>=])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckedPattern();

    [GeneratedRegex("<html\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootPattern();

    [GeneratedRegex("(?<name>[\\w:.\\-]+)=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
