using System.Globalization;

namespace IntegrationHubs.Web.Localization;

/// <summary>The UI languages. German is the default; adding one is a resource file and a line here.</summary>
public static class Cultures
{
    public const string Default = "de";
    public const string CookieName = ".IntegrationHubs.Culture";
    public const string QueryKey = "culture";

    public static readonly IReadOnlyList<string> Supported = ["de", "en", "ar", "uk"];

    /// <summary>
    /// The culture a request runs in for <paramref name="name"/>: .NET's own, except that a negative number is written
    /// with a plain hyphen-minus. Arabic's minus carries an Arabic letter mark (U+061C), and Blazor writes a number
    /// attribute with the current culture, so MudBlazor's tabindex="-1" came out as "\u061C-1" — no number at all to
    /// the browser, which then put those elements into the tab order. Digits are ASCII in every supported culture already.
    /// </summary>
    public static CultureInfo Formatting(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat.NegativeSign = "-";
        return CultureInfo.ReadOnly(culture);
    }

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
