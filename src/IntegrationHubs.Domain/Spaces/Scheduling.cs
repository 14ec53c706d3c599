namespace IntegrationHubs.Domain.Spaces;

/// <summary>One occurrence of a planned weekly series, with why it cannot be booked, if it cannot.</summary>
public sealed record PlannedOccurrence(DateOnly Date, DateTimeOffset Start, DateTimeOffset End, BookingRefusal? Problem)
{
    public bool CanBook => Problem is null;
}

/// <summary>Plans weekly series and finds free slots, from a space's rules and the intervals already held.</summary>
public static class Scheduling
{
    public const int MaxSeriesOccurrences = 52;

    public static bool Overlaps(DateTimeOffset aStart, DateTimeOffset aEnd, DateTimeOffset bStart, DateTimeOffset bEnd) =>
        aStart < bEnd && bStart < aEnd;

    /// <summary>
    /// The same local slot every week from <paramref name="first"/> until <paramref name="until"/> (inclusive),
    /// each checked against the policy and the bookings already held. Local times stay put across DST.
    /// </summary>
    public static IReadOnlyList<PlannedOccurrence> PlanWeekly(Space space, DateOnly first, TimeOnly start, TimeOnly end, DateOnly until,
        Booker booker, IReadOnlyCollection<(DateTimeOffset Start, DateTimeOffset End)> held, DateTimeOffset now, TimeZoneInfo zone)
    {
        var plan = new List<PlannedOccurrence>();
        for (var date = first; date <= until && plan.Count < MaxSeriesOccurrences; date = date.AddDays(7))
        {
            var from = HubTime.ToInstant(date, start, zone);
            var to = end == TimeOnly.MinValue ? HubTime.StartOfDay(date.AddDays(1), zone) : HubTime.ToInstant(date, end, zone);
            if (from is null || to is null)
            {
                plan.Add(new(date, from ?? default, to ?? default, BookingRefusal.NoSuchLocalTime));
                continue;
            }

            var problem = BookingRules.Check(space, new BookingRequest(from.Value, to.Value), booker, now, zone)
                ?? (held.Any(h => Overlaps(h.Start, h.End, from.Value, to.Value)) ? BookingRefusal.Taken : null);
            plan.Add(new(date, from.Value, to.Value, problem));
        }

        return plan;
    }

    /// <summary>
    /// Up to <paramref name="count"/> slots of the wanted length, the nearest after the wanted start first, that the
    /// booker may book and nobody holds — what a person is offered when their slot is taken.
    /// </summary>
    public static IReadOnlyList<BookingRequest> NextFreeSlots(Space space, BookingRequest wanted, Booker booker,
        IReadOnlyCollection<(DateTimeOffset Start, DateTimeOffset End)> held, DateTimeOffset now, TimeZoneInfo zone, int count = 3, int searchDays = 14)
    {
        var length = wanted.End - wanted.Start;
        var found = new List<BookingRequest>();
        if (length <= TimeSpan.Zero)
        {
            return found;
        }

        var step = TimeSpan.FromMinutes(30);
        var firstDay = HubTime.LocalDate(wanted.Start, zone);
        foreach (var window in OpeningWindows.Between(space.OpeningHours, space.Closures, firstDay, firstDay.AddDays(searchDays), zone))
        {
            for (var start = window.Start; start + length <= window.End && found.Count < count; start += step)
            {
                var candidate = new BookingRequest(start, start + length);
                if (start >= wanted.Start && !held.Any(h => Overlaps(h.Start, h.End, candidate.Start, candidate.End))
                    && BookingRules.Check(space, candidate, booker, now, zone) is null)
                {
                    found.Add(candidate);
                }
            }

            if (found.Count >= count)
            {
                break;
            }
        }

        return found;
    }
}

/// <summary>Booked hours against opening hours over a period.</summary>
public sealed record UtilisationFigure(double BookedHours, double OpenHours)
{
    /// <summary>Booked ÷ open, or null when the space was never open in the period.</summary>
    public double? Ratio => OpenHours > 0 ? BookedHours / OpenHours : null;

    public static UtilisationFigure operator +(UtilisationFigure a, UtilisationFigure b) =>
        new(a.BookedHours + b.BookedHours, a.OpenHours + b.OpenHours);

    public static UtilisationFigure Zero { get; } = new(0, 0);

    public static UtilisationFigure Add(UtilisationFigure a, UtilisationFigure b) => a + b;
}

/// <summary>
/// Space utilisation as the dashboards define it: confirmed booked hours ÷ opening hours, over local dates
/// <c>from..to</c> inclusive. Booked time counts only where the space was open, so the figure never exceeds 1.
/// </summary>
public static class Utilisation
{
    public static UtilisationFigure ForSpace(Space space, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> confirmed,
        DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var windows = OpeningWindows.Between(space.OpeningHours, space.Closures, from, to, zone).ToList();
        var bookings = confirmed.ToList();
        double open = 0, booked = 0;
        foreach (var window in windows)
        {
            open += (window.End - window.Start).TotalHours;
            foreach (var b in bookings)
            {
                var start = b.Start > window.Start ? b.Start : window.Start;
                var end = b.End < window.End ? b.End : window.End;
                if (end > start)
                {
                    booked += (end - start).TotalHours;
                }
            }
        }

        return new UtilisationFigure(booked, open);
    }

    /// <summary>A hub's figure: all its spaces' booked hours ÷ all their opening hours (not an average of ratios).</summary>
    public static UtilisationFigure ForHub(IEnumerable<UtilisationFigure> spaces) => spaces.Aggregate(UtilisationFigure.Zero, UtilisationFigure.Add);
}
