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

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
