using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Metrics;

/// <summary>
/// The presets a dashboard offers besides a custom range. A hub's coordinator may pick any days; the cross-site dashboard
/// and its export offer whole, completed calendar months only (decision 0022).
/// </summary>
public enum PeriodPreset
{
    Last30Days = 0,
    Quarter = 1,
    Year = 2,
    Custom = 3,

    /// <summary>The last completed calendar month.</summary>
    LastMonth = 4,

    /// <summary>The last 3 completed calendar months.</summary>
    Last3Months = 5,

    /// <summary>The last 12 completed calendar months.</summary>
    Last12Months = 6,
}

/// <summary>
/// The local dates a dashboard covers, both inclusive; each hub reads them in its own time zone. At most
/// <see cref="MaxYears"/> years, so one request cannot ask the database for the whole history of a large network.
/// </summary>
public sealed record Period
{
    public const int MaxYears = 5;

    private Period(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Null when the range is valid; otherwise the resource key of the reason.</summary>
    public static string? Refusal(DateOnly from, DateOnly to) =>
        to < from ? "Metrics.Period.EndBeforeStart"
        : to > from.AddYears(MaxYears) ? "Metrics.Period.TooLong"
        : null;

    /// <summary>
    /// Null when the range is whole calendar months, all of them over by <paramref name="today"/>; otherwise the resource key
    /// of the reason. What a municipality viewer may ask for (decision 0022): stepping a period's end by a day, or reading
    /// a month still in progress, would let a difference of two reports single out a person.
    /// </summary>
    public static string? WholeMonthsRefusal(DateOnly from, DateOnly to, DateOnly today) =>
        Refusal(from, to)
        ?? (from.Day != 1 || to.AddDays(1).Day != 1 ? "Metrics.Period.WholeMonths"
        : to >= new DateOnly(today.Year, today.Month, 1) ? "Metrics.Period.NotCompleted"
        : null);

    /// <summary>
    /// The date everywhere on Earth has reached at <paramref name="now"/> (the date at UTC−12): a month is completed for
    /// every hub, whatever its time zone, once this date lies in a later month.
    /// </summary>
    public static DateOnly EarliestToday(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime.AddHours(-12));

    public bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    public static Period Of(DateOnly from, DateOnly to) =>
        Refusal(from, to) is { } code ? throw new DomainException(code) : new Period(from, to);

    /// <summary>
    /// The preset for <paramref name="today"/>: the last 30 days, 3 months or 12 months ending today, or the last 1, 3 or 12
    /// calendar months completed before today's month.
    /// </summary>
    public static Period Preset(PeriodPreset preset, DateOnly today) => preset switch
    {
        PeriodPreset.Quarter => new Period(today.AddMonths(-3).AddDays(1), today),
        PeriodPreset.Year => new Period(today.AddYears(-1).AddDays(1), today),
        PeriodPreset.LastMonth => CompletedMonths(1, today),
        PeriodPreset.Last3Months => CompletedMonths(3, today),
        PeriodPreset.Last12Months => CompletedMonths(12, today),
        _ => new Period(today.AddDays(-29), today),
    };

    private static Period CompletedMonths(int count, DateOnly today)
    {
        var open = new DateOnly(today.Year, today.Month, 1);
        return new Period(open.AddMonths(-count), open.AddDays(-1));
    }

    /// <summary>The first day of each calendar month the period touches, in order.</summary>
    public IReadOnlyList<DateOnly> Months()
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }
}
