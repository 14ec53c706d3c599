using System.Globalization;

namespace IntegrationHubs.Web.Localization;

/// <summary>
/// Joins a list for reading ("Deutsch, Arabisch"): the one place that knows a language's list comma, so Arabic reads
/// "العربية، الألمانية" with its own comma instead of a Latin one.
/// </summary>
public static class ListText
{
    public static string Separator(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentCulture).TwoLetterISOLanguageName == "ar" ? "، " : ", ";

    public static string Join(IEnumerable<string> items, CultureInfo? culture = null) => string.Join(Separator(culture), items);
}
