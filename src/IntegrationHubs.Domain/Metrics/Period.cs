using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Metrics;

/// <summary>The presets a dashboard offers besides a custom range.</summary>
public enum PeriodPreset
{
    Last30Days = 0,
    Quarter = 1,
    Year = 2,
    Custom = 3,
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

    public static Period Of(DateOnly from, DateOnly to) =>
        Refusal(from, to) is { } code ? throw new DomainException(code) : new Period(from, to);

    /// <summary>The preset ending on <paramref name="today"/>: the last 30 days, the last 3 months, or the last 12 months.</summary>
    public static Period Preset(PeriodPreset preset, DateOnly today) => preset switch
    {
        PeriodPreset.Quarter => new Period(today.AddMonths(-3).AddDays(1), today),
        PeriodPreset.Year => new Period(today.AddYears(-1).AddDays(1), today),
        _ => new Period(today.AddDays(-29), today),
    };

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
