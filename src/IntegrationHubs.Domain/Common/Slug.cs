using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationHubs.Domain.Common;

/// <summary>URL slugs of hubs: lower-case ASCII letters, digits and single hyphens.</summary>
public static partial class Slug
{
    public const int MinLength = 3;
    public const int MaxLength = 60;

    /// <summary>Words a slug may not be, because they are (or will be) fixed paths below /hubs.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "new", "admin", "api", "manage", "me", "account", "dashboard",
    };

    public static bool IsValid(string? value) =>
        value is not null
        && value.Length is >= MinLength and <= MaxLength
        && SlugPattern().IsMatch(value)
        && !Reserved.Contains(value);

    /// <summary>Words that name what every hub is, dropped for the short suggestion: "Integration Hub Leipzig-Ost" is leipzig-ost.</summary>
    private static readonly string[] Generic = ["integration", "integrations", "hub", "hubs", "integrationshub", "integrationhub"];

    /// <summary>
    /// Slugs a hub's name suggests, best first: without the generic words ("leipzig-ost"), then the whole name
    /// ("integration-hub-leipzig-ost"). German letters are transliterated (ä→ae, ö→oe, ü→ue, ß→ss), other accents dropped;
    /// anything else becomes a hyphen. Only valid slugs are offered, so an empty list means the person must choose one.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string? name)
    {
        var words = Words(name);
        var specific = words.Where(w => !Generic.Contains(w, StringComparer.Ordinal)).ToList();
        return new[] { Join(specific), Join(words) }.Where(IsValid).Distinct().ToList();
    }

    private static string Join(IEnumerable<string> words)
    {
        var joined = string.Join('-', words);
        return joined.Length <= MaxLength ? joined : joined[..MaxLength].TrimEnd('-');
    }

    private static List<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }

        // Other Latin letters lose their accents (é→e); letters of other scripts and punctuation separate words.
        var plain = new StringBuilder();
        foreach (var c in builder.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : ' ');
        }

        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
