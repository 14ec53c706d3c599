using System.Globalization;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Localization;

/// <summary>The CLDR plural categories; a plural resource key has one entry per category its language uses.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// A count with its noun in the person's language ("1 Raum", "2 Räume"; Ukrainian and Arabic have more forms than
/// German and English). A plural text is stored as one resource key per form — <c>Key.One</c>, <c>Key.Few</c>,
/// <c>Key.Other</c>… — and <see cref="Plural(IStringLocalizer, string, long)"/> picks the form the count needs, falling
/// back to <c>Key.Other</c>. The rules are CLDR's for whole numbers in the four UI languages: small and tested, so no
/// ICU MessageFormat library is needed (ADR 0029).
/// </summary>
public static class PluralRules
{
    /// <summary>The categories a language distinguishes for whole numbers; its resources have a form for each.</summary>
    public static IReadOnlyList<PluralCategory> Categories(CultureInfo culture) => Language(culture) switch
    {
        "ar" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "uk" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    /// <summary>The category of a whole number in a language (CLDR cardinal rules; negative counts as their size).</summary>
    public static PluralCategory Category(long count, CultureInfo culture)
    {
        var n = Math.Abs(count);
        var mod10 = n % 10;
        var mod100 = n % 100;
        return Language(culture) switch
        {
            "ar" => n switch
            {
                0 => PluralCategory.Zero,
                1 => PluralCategory.One,
                2 => PluralCategory.Two,
                _ when mod100 is >= 3 and <= 10 => PluralCategory.Few,
                _ when mod100 is >= 11 and <= 99 => PluralCategory.Many,
                _ => PluralCategory.Other,
            },
            "uk" => (mod10, mod100) switch
            {
                (1, not 11) => PluralCategory.One,
                (>= 2 and <= 4, < 12 or > 14) => PluralCategory.Few,
                _ => PluralCategory.Many, // 0, 5–9, 11–14 at the end: whole numbers are never "other" in Ukrainian
            },
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    /// <summary>
    /// The form of <paramref name="key"/> for <paramref name="count"/> in the UI language, with the count as <c>{0}</c>
    /// and <paramref name="arguments"/> as <c>{1}</c>, <c>{2}</c>…
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, long count, params object[] arguments)
    {
        object[] values = [count, .. arguments];
        var form = localizer[$"{key}.{Category(count, CultureInfo.CurrentUICulture)}", values];
        return form.ResourceNotFound ? localizer[$"{key}.{PluralCategory.Other}", values] : form;
    }

    private static string Language(CultureInfo culture) => culture.TwoLetterISOLanguageName;
}
