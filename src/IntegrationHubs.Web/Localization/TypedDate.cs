using System.Globalization;
using System.Text;
using IntegrationHubs.Web.Operations;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Utilities.Exceptions;

namespace IntegrationHubs.Web.Localization;

/// <summary>
/// Reads the dates and times people type into a field. Every typed date field in the app goes through here
/// (<see cref="DateFieldConverter"/>), so one rule holds everywhere: a field accepts
/// what it shows (the culture's short date via <see cref="DisplayTime"/>), the same text without the invisible
/// right-to-left marks .NET puts into the Arabic pattern ("30‏/11‏/2026"), ISO <c>yyyy-MM-dd</c>, and Latin or
/// Arabic-Indic digits. Parsing with the raw culture pattern failed for Arabic: nobody types the marks, so nothing
/// typed was ever accepted.
/// </summary>
public static class TypedDate
{
    /// <summary>ISO 8601 calendar date, accepted in every language.</summary>
    public const string IsoFormat = "yyyy-MM-dd";

    /// <summary>
    /// Reads a typed date (without time); <c>false</c> for empty or unreadable text, and for a date outside the bounds every
    /// date the app reads from a request keeps (<see cref="RequestValues.MinDate"/>–<see cref="RequestValues.MaxDate"/>): a year
    /// like 9999 is a typing slip, said at the field, not a value for a handler to fail on.
    /// </summary>
    public static bool TryParseDate(string? text, CultureInfo culture, out DateTime date)
    {
        date = default;
        var typed = Normalize(text);
        if (typed.Length == 0)
        {
            return false;
        }

        var format = Gregorian(culture);
        string[] patterns = [IsoFormat, StripMarks(format.DateTimeFormat.ShortDatePattern)];
        if (DateTime.TryParseExact(typed, patterns[0], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
            || DateTime.TryParseExact(typed, patterns[1], format, DateTimeStyles.AllowWhiteSpaces, out date)
            || DateTime.TryParse(typed, format, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            date = date.Date;
            var day = DateOnly.FromDateTime(date);
            return day >= RequestValues.MinDate && day <= RequestValues.MaxDate;
        }

        return false;
    }

    /// <summary>
    /// Reads a typed time of day: "14:30", "14.30", "1430", "14", "2:30 PM", "2:30 p.m.", the culture's own designators
    /// ("2:30 م" in Arabic, "2:30 пп" in Ukrainian), with Latin or Arabic-Indic digits and without or with bidi marks; what the
    /// field shows (<see cref="DisplayTime.Time(TimeSpan, CultureInfo?)"/>) always reads back. <c>false</c> for empty text and
    /// nonsense ("25:00", "abc", "13 PM").
    /// </summary>
    public static bool TryParseTime(string? text, CultureInfo culture, out TimeSpan time)
    {
        time = default;
        var typed = Normalize(text).ToLowerInvariant().Replace(".m.", "m", StringComparison.Ordinal).Replace("a.m", "am", StringComparison.Ordinal)
            .Replace("p.m", "pm", StringComparison.Ordinal);
        if (typed.Length == 0)
        {
            return false;
        }

        // Which half of the day a designator names, at the start (Arabic puts it first in some patterns) or the end.
        bool? afternoon = null;
        foreach (var (designator, pm) in Designators(culture))
        {
            if (typed.EndsWith(designator, StringComparison.Ordinal))
            {
                typed = typed[..^designator.Length].Trim();
                afternoon = pm;
                break;
            }

            if (typed.StartsWith(designator, StringComparison.Ordinal))
            {
                typed = typed[designator.Length..].Trim();
                afternoon = pm;
                break;
            }
        }

        int hours, minutes = 0;
        var parts = typed.Split([':', '.', 'h', '٫'], StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0].Length is 3 or 4 && parts[0].All(char.IsAsciiDigit))
        {
            hours = int.Parse(parts[0][..^2], CultureInfo.InvariantCulture);
            minutes = int.Parse(parts[0][^2..], CultureInfo.InvariantCulture);
        }
        else if (parts.Length is 1 or 2 && parts[0].Length is 1 or 2 && parts[0].All(char.IsAsciiDigit)
            && (parts.Length == 1 || (parts[1].Length == 2 && parts[1].All(char.IsAsciiDigit))))
        {
            hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
            minutes = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        }
        else
        {
            return false;
        }

        if (minutes > 59)
        {
            return false;
        }

        if (afternoon is { } pmHalf)
        {
            if (hours is < 1 or > 12)
            {
                return false;
            }

            hours = (hours % 12) + (pmHalf ? 12 : 0);
        }
        else if (hours > 23)
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0);
        return true;
    }

    /// <summary>An example of the culture's short time without the bidi marks, for messages ("14:30", "2:30 PM").</summary>
    public static string TimeExample(CultureInfo culture) => StripMarks(DisplayTime.Time(new TimeSpan(14, 30, 0), culture));

    // The culture's own designators, then the English ones everyone may type; longest first so "пп" is not read as "п".
    private static IEnumerable<(string Designator, bool Afternoon)> Designators(CultureInfo culture) =>
        new[]
        {
            (Normalize(culture.DateTimeFormat.AMDesignator).ToLowerInvariant(), false),
            (Normalize(culture.DateTimeFormat.PMDesignator).ToLowerInvariant(), true),
            ("am", false),
            ("pm", true),
        }.Where(d => d.Item1.Length > 0).OrderByDescending(d => d.Item1.Length);

    /// <summary>An example of the culture's short date without the bidi marks, for messages ("30/11/2026").</summary>
    public static string Example(CultureInfo culture) => StripMarks(new DateTime(2026, 11, 30).ToString("d", Gregorian(culture)));

    /// <summary>Removes the bidi controls and turns Arabic-Indic and Eastern Arabic-Indic digits into Latin ones.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsBidiMark(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u066B' => '.', // Arabic decimal separator
                '\u060C' => ',', // Arabic comma
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }

    private static string StripMarks(string pattern) => new(pattern.Where(c => !IsBidiMark(c)).ToArray());

    // RLM, LRM, ALM and the embedding/isolate controls: invisible, so a person never types them.
    private static bool IsBidiMark(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// The culture with the Gregorian calendar: the date fields hold Gregorian dates and show them with
    /// <see cref="DisplayTime"/>, which uses the UI cultures (all Gregorian); a culture with another default calendar
    /// would read "30/11/2026" as a Hijri year.
    /// </summary>
    private static CultureInfo Gregorian(CultureInfo culture)
    {
        if (culture.Calendar is GregorianCalendar)
        {
            return culture;
        }

        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = new GregorianCalendar();
        return clone;
    }
}

/// <summary>
/// The converter every editable <c>MudDatePicker</c> uses: shows the culture's short date and reads back whatever
/// <see cref="TypedDate"/> accepts; what it cannot read is answered in the person's language at the field (MudBlazor's own
/// message is English).
/// </summary>
public sealed class DateFieldConverter(IStringLocalizer<Strings> localizer) : IReversibleConverter<DateTime?, string?>
{
    public string? Convert(DateTime? input) => input is { } date ? DisplayTime.Date(date) : null;

    public DateTime? ConvertBack(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (TypedDate.TryParseDate(input, CultureInfo.CurrentCulture, out var date))
        {
            return date;
        }

        // ConversionException's key is what the field shows (a key MudBlazor does not know is shown as it is).
        throw new ConversionException(localizer["Validation.Date.Unreadable", TypedDate.Example(CultureInfo.CurrentCulture), "2026-11-30"].Value, null, null);
    }
}

/// <summary>
/// The converter every editable <c>MudTimePicker</c> uses: shows the culture's short time (<see cref="DisplayTime"/>) and reads
/// back whatever <see cref="TypedDate.TryParseTime"/> accepts ("14:30", "2:30 PM", "٢:٣٠ م"); nonsense is answered in the
/// person's language at the field instead of MudBlazor's English, or silently nothing.
/// </summary>
public sealed class TimeFieldConverter(IStringLocalizer<Strings> localizer) : IReversibleConverter<TimeSpan?, string?>
{
    public string? Convert(TimeSpan? input) => input is { } time ? DisplayTime.Time(time) : null;

    public TimeSpan? ConvertBack(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (TypedDate.TryParseTime(input, CultureInfo.CurrentCulture, out var time))
        {
            return time;
        }

        throw new ConversionException(localizer["Validation.Time.Unreadable", TypedDate.TimeExample(CultureInfo.CurrentCulture)].Value, null, null);
    }
}
