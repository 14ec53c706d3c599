using System.Globalization;

namespace IntegrationHubs.Web.Localization;

/// <summary>The UI languages. German is the default; adding one is a resource file and a line here.</summary>
public static class Cultures
{
    public const string Default = "de";
    public const string CookieName = ".IntegrationHubs.Culture";
    public const string QueryKey = "culture";

    public static readonly IReadOnlyList<string> Supported = ["de", "en", "ar", "uk"];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;

    /// <summary>Each language named in itself, for the switcher.</summary>
    public static string NativeName(string culture) => culture switch
    {
        "de" => "Deutsch",
        "en" => "English",
        "ar" => "العربية",
        "uk" => "Українська",
        _ => culture,
    };
}
