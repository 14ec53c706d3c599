using System.Globalization;

namespace IntegrationHubs.Web.Localization;

/// <summary>
/// The one place that turns dates and times into text for people. Every shape is built from the culture's own
/// standard patterns (short date "d", long date "D", short time "t", year-month "Y"), never from a hand-written
/// format string: a custom string such as <c>"ddd d.M.yyyy t"</c> reads as German and its <c>t</c> is the AM/PM
/// designator, not a time — the bug that hid every booking's start time.
/// </summary>
/// <remarks>
/// Values are wall-clock times already in the zone the reader should see (the hub's zone); converting is the
/// caller's job (<c>HubTime.ToLocal</c>). Without a culture the request's <see cref="CultureInfo.CurrentCulture"/>
/// is used; notifications and mails pass their reader's culture. Arabic keeps the Latin digits .NET writes and the
/// right-to-left marks its date pattern carries: both match what people type into the date and time fields, and the
/// page (or mail) sets <c>dir="rtl"</c>, so a range reads start-to-end from the right.
/// </remarks>
public static class DisplayTime
{
    /// <summary>Between the start and end of a range on one day: an en dash, as in "10:00–12:30".</summary>
    public const string RangeDash = "–";

    /// <summary>The culture's short date: 09.12.2026 · 12/9/2026 · 9‏/12‏/2026.</summary>
    public static string Date(DateTime value, CultureInfo? culture = null) => value.ToString("d", Culture(culture));

    /// <inheritdoc cref="Date(DateTime, CultureInfo?)"/>
    public static string Date(DateOnly value, CultureInfo? culture = null) => value.ToString("d", Culture(culture));

    /// <summary>The date of an instant on its own offset's clock (the caller picks the offset).</summary>
    public static string Date(DateTimeOffset value, CultureInfo? culture = null) => Date(value.DateTime, culture);

    /// <summary>The culture's long date: Mittwoch, 9. Dezember 2026.</summary>
    public static string LongDate(DateTime value, CultureInfo? culture = null) => value.ToString("D", Culture(culture));

    /// <inheritdoc cref="LongDate(DateTime, CultureInfo?)"/>
    public static string LongDate(DateOnly value, CultureInfo? culture = null) => value.ToString("D", Culture(culture));

    /// <summary>The abbreviated weekday and the short date: Mi. 09.12.2026 · Wed 12/9/2026.</summary>
    public static string DayAndDate(DateTime value, CultureInfo? culture = null) => DayAndDate(DateOnly.FromDateTime(value), culture);

    /// <inheritdoc cref="DayAndDate(DateTime, CultureInfo?)"/>
    public static string DayAndDate(DateOnly value, CultureInfo? culture = null)
    {
        var format = Culture(culture);
        return $"{format.DateTimeFormat.GetAbbreviatedDayName(value.DayOfWeek)} {value.ToString("d", format)}";
    }

    /// <summary>
    /// The abbreviated weekday with the culture's day-and-month pattern, no year (a week calendar's column
    /// heading, where the week's dates are shown above): Mi. 9. Dezember · Wed December 9.
    /// </summary>
    public static string DayAndMonth(DateOnly value, CultureInfo? culture = null)
    {
        var format = Culture(culture);
        return $"{format.DateTimeFormat.GetAbbreviatedDayName(value.DayOfWeek)} {value.ToString("M", format)}";
    }

    /// <summary>The culture's short time: 10:00 · 10:00 AM · 10:00 ص.</summary>
    public static string Time(DateTime value, CultureInfo? culture = null) => value.ToString("t", Culture(culture));

    /// <inheritdoc cref="Time(DateTime, CultureInfo?)"/>
    public static string Time(TimeOnly value, CultureInfo? culture = null) => value.ToString("t", Culture(culture));

    /// <inheritdoc cref="Time(DateTime, CultureInfo?)"/>
    public static string Time(TimeSpan timeOfDay, CultureInfo? culture = null) => Time(TimeOnly.FromTimeSpan(timeOfDay), culture);

    /// <summary>The time of an instant on its own offset's clock (the caller picks the offset).</summary>
    public static string Time(DateTimeOffset value, CultureInfo? culture = null) => Time(value.DateTime, culture);

    /// <summary>The short date and short time: 09.12.2026 10:00 · 12/9/2026 10:00 AM.</summary>
    public static string DateAndTime(DateTime value, CultureInfo? culture = null) => value.ToString("g", Culture(culture));

    /// <summary>The date and time of an instant on its own offset's clock (the caller picks the offset).</summary>
    public static string DateAndTime(DateTimeOffset value, CultureInfo? culture = null) => DateAndTime(value.DateTime, culture);

    /// <summary>The long date and short time: Mittwoch, 9. Dezember 2026 10:00.</summary>
    public static string LongDateAndTime(DateTime value, CultureInfo? culture = null) => value.ToString("f", Culture(culture));

    /// <summary>
    /// A span of time. On one day: the weekday, date and both times, "Mi. 09.12.2026 10:00–12:30"
    /// (an end at the following midnight counts as the same day). Across days: both ends in full,
    /// "Mi. 09.12.2026 22:00 – Do. 10.12.2026 02:00".
    /// </summary>
    public static string Range(DateTime start, DateTime end, CultureInfo? culture = null)
    {
        var format = Culture(culture);
        var sameDay = end.Date == start.Date || end == start.Date.AddDays(1);
        return sameDay
            ? $"{DayAndDate(start, format)} {Time(start, format)}{RangeDash}{Time(end, format)}"
            : $"{DayAndDate(start, format)} {Time(start, format)} {RangeDash} {DayAndDate(end, format)} {Time(end, format)}";
    }

    /// <summary>Like <see cref="Range(DateTime, DateTime, CultureInfo?)"/>, with the long date: for a page's heading.</summary>
    public static string LongRange(DateTime start, DateTime end, CultureInfo? culture = null)
    {
        var format = Culture(culture);
        var sameDay = end.Date == start.Date || end == start.Date.AddDays(1);
        return sameDay
            ? $"{LongDate(start, format)} {Time(start, format)}{RangeDash}{Time(end, format)}"
            : $"{LongDateAndTime(start, format)} {RangeDash} {LongDateAndTime(end, format)}";
    }

    /// <summary>Two dates, as in a period: 01.01.2026 – 31.03.2026.</summary>
    public static string DateRange(DateOnly from, DateOnly to, CultureInfo? culture = null) =>
        $"{Date(from, culture)} {RangeDash} {Date(to, culture)}";

    /// <summary>
    /// A month with its year from the culture's year-month pattern: Dezember 2026. Abbreviated (Dez. 2026) for
    /// dense tables, by shortening that pattern's month name, so the order and any suffix stay the culture's.
    /// </summary>
    public static string MonthAndYear(DateOnly value, bool abbreviated = false, CultureInfo? culture = null)
    {
        var format = Culture(culture);
        var pattern = format.DateTimeFormat.YearMonthPattern;
        return value.ToString(abbreviated ? pattern.Replace("MMMM", "MMM", StringComparison.Ordinal) : pattern, format);
    }

    private static CultureInfo Culture(CultureInfo? culture) => culture ?? CultureInfo.CurrentCulture;
}
