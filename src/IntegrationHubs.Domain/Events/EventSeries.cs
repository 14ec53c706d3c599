using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Spaces;

namespace IntegrationHubs.Domain.Events;

/// <summary>
/// A weekly event ("language café every Tuesday 18:00–20:00"): the rule it was made from. Its occurrences are ordinary
/// <see cref="Event"/> rows pointing back here, so RSVPs, waitlists, check-in and feeds work per occurrence unchanged.
/// The times are local to the hub: across a clock change the local time stays and the instant moves.
/// </summary>
public sealed class EventSeries : IHubOwned
{
    /// <summary>At most a year of weeks in one go; a longer series is simply made again later.</summary>
    public const int MaxOccurrences = 52;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public DayOfWeek Weekday { get; private set; }
    public TimeOnly LocalStart { get; private set; }
    public TimeOnly LocalEnd { get; private set; }
    public DateOnly FirstDate { get; private set; }

    /// <summary>The last date an occurrence may fall on; null when the series ends after <see cref="Count"/> occurrences.</summary>
    public DateOnly? Until { get; private set; }

    public int? Count { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The weekday is the first date's: the form asks for a first date, not for a weekday it could contradict.</summary>
    public static EventSeries Create(DateOnly firstDate, TimeOnly start, TimeOnly end, DateOnly? until, int? count, Guid creatorId, DateTimeOffset now)
    {
        var series = new EventSeries
        {
            Weekday = firstDate.DayOfWeek, LocalStart = start, LocalEnd = end, FirstDate = firstDate, Until = until, Count = count,
            CreatedByUserId = creatorId, CreatedAt = now,
        };
        series.Dates();
        return series;
    }

    /// <summary>The local dates of the occurrences: weekly from the first date, until the last date or for the count.</summary>
    public IReadOnlyList<DateOnly> Dates()
    {
        if (LocalEnd <= LocalStart)
        {
            throw new DomainException("Events.Refused.EndBeforeStart");
        }

        if ((Until is null) == (Count is null))
        {
            throw new DomainException("Events.Series.EndRequired");
        }

        if (Count is < 1 or > MaxOccurrences || (Until is { } last && (last < FirstDate || last > FirstDate.AddDays(7 * (MaxOccurrences - 1)))))
        {
            throw new DomainException("Events.Series.TooLong");
        }

        var dates = new List<DateOnly>();
        for (var date = FirstDate; (Until is null || date <= Until) && (Count is null || dates.Count < Count); date = date.AddDays(7))
        {
            dates.Add(date);
        }

        return dates;
    }

    /// <summary>Each occurrence's instants in the hub's zone; a local time the clocks skip that day has none (the caller lists it as a problem).</summary>
    public IReadOnlyList<SeriesOccurrence> Occurrences(TimeZoneInfo zone) =>
    [
        .. Dates().Select(date =>
        {
            var start = HubTime.ToInstant(date, LocalStart, zone);
            var end = HubTime.ToInstant(date, LocalEnd, zone);
            return start is null || end is null ? new SeriesOccurrence(date, null, null) : new SeriesOccurrence(date, start, end);
        }),
    ];

    /// <summary>
    /// Where one occurrence goes when "this and all following" moves to <paramref name="newStart"/>–<paramref name="newEnd"/> on
    /// a date <paramref name="dayShift"/> days from before: each keeps its own week and takes the new local times.
    /// </summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Moved(DateTimeOffset oldStart, int dayShift, TimeOnly newStart, TimeOnly newEnd, TimeZoneInfo zone)
    {
        var date = HubTime.LocalDate(oldStart, zone).AddDays(dayShift);
        return HubTime.ToInstant(date, newStart, zone) is { } start && HubTime.ToInstant(date, newEnd, zone) is { } end ? (start, end) : null;
    }
}

/// <summary>One planned occurrence of a series: its local date and instants, or no instants when the local time does not exist that day.</summary>
public sealed record SeriesOccurrence(DateOnly Date, DateTimeOffset? Start, DateTimeOffset? End)
{
    public bool Exists => Start is not null && End is not null;
}
