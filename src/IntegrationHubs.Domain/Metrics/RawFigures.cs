using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.Domain.Metrics;

/// <summary>
/// Active memberships at the end of the period, with how the members describe themselves. Summing two hubs sums
/// memberships: a person in both counts twice.
/// </summary>
public sealed record MemberCounts(int Total, int New, int Newcomers, int Residents, int NotSaid)
{
    public static MemberCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public static MemberCounts operator +(MemberCounts a, MemberCounts b) =>
        new(a.Total + b.Total, a.New + b.New, a.Newcomers + b.Newcomers, a.Residents + b.Residents, a.NotSaid + b.NotSaid);

    public static MemberCounts Add(MemberCounts a, MemberCounts b) => a + b;
}

/// <summary>
/// Held events (see docs/metrics.md) and what happened at them. Every field adds up across hubs and months.
/// <see cref="MixingEligible"/> counts held events with at least <see cref="Mixing.MinAttendees"/> attendees,
/// <see cref="Mixed"/> those of them that were mixed.
/// </summary>
public sealed record EventCounts(int Held, int Rsvps, int NamedCheckIns, int ShowedUp, int WalkIns, int MixingEligible, int Mixed)
{
    public static EventCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public int Attendance => NamedCheckIns + WalkIns;

    public static EventCounts operator +(EventCounts a, EventCounts b) => new(
        a.Held + b.Held, a.Rsvps + b.Rsvps, a.NamedCheckIns + b.NamedCheckIns, a.ShowedUp + b.ShowedUp, a.WalkIns + b.WalkIns,
        a.MixingEligible + b.MixingEligible, a.Mixed + b.Mixed);

    public static EventCounts Add(EventCounts a, EventCounts b) => a + b;
}

/// <summary>
/// Initiatives: first submitted in the period, by their status now (the funnel); accepted in the period and how many of
/// those launched by its end; and for each initiative launched in the period, the days from first submission to launch.
/// </summary>
public sealed record InitiativeCounts(IReadOnlyDictionary<InitiativeStatus, int> ByStatus, int Accepted, int LaunchedOfAccepted, IReadOnlyList<double> DaysToLaunch)
{
    public static InitiativeCounts Zero { get; } = new(new Dictionary<InitiativeStatus, int>(), 0, 0, []);

    public static InitiativeCounts operator +(InitiativeCounts a, InitiativeCounts b) => new(
        Enum.GetValues<InitiativeStatus>().Select(s => (s, n: a.ByStatus.GetValueOrDefault(s) + b.ByStatus.GetValueOrDefault(s)))
            .Where(x => x.n != 0).ToDictionary(x => x.s, x => x.n),
        a.Accepted + b.Accepted, a.LaunchedOfAccepted + b.LaunchedOfAccepted, [.. a.DaysToLaunch, .. b.DaysToLaunch]);

    public static InitiativeCounts Add(InitiativeCounts a, InitiativeCounts b) => a + b;
}

/// <summary>One space's confirmed booked hours and opening hours in the period.</summary>
public sealed record SpaceUsage(Guid SpaceId, string Name, double BookedHours, double OpenHours);

/// <summary>
/// One calendar month of the period (clipped to the period): members who joined in it and are still active (of them
/// newcomers and long-term residents), and the events held.
/// </summary>
public sealed record MonthCounts(DateOnly Month, int NewMembers, EventCounts Events, int NewNewcomers = 0, int NewResidents = 0)
{
    public int NewNotSaid => NewMembers - NewNewcomers - NewResidents;
}

/// <summary>
/// The raw, unsuppressed figures of one hub (or a sum of hubs) for one period — what the reader returns. Never shown
/// as they are to a municipality viewer: <see cref="Dashboard.Build"/> suppresses them first.
/// </summary>
public sealed record HubFigures(
    Guid HubId,
    MemberCounts Members,
    InitiativeCounts Initiatives,
    EventCounts Events,
    IReadOnlyList<SpaceUsage> Spaces,
    IReadOnlyDictionary<string, int> MemberLanguages,
    IReadOnlyDictionary<string, int> EventLanguages,
    IReadOnlyList<MonthCounts> Months)
{
    public static HubFigures Empty(Guid hubId) =>
        new(hubId, MemberCounts.Zero, InitiativeCounts.Zero, EventCounts.Zero, [], new Dictionary<string, int>(), new Dictionary<string, int>(), []);

    public double BookedHours => Spaces.Sum(s => s.BookedHours);

    public double OpenHours => Spaces.Sum(s => s.OpenHours);

    /// <summary>The figures of several hubs together (hub id empty): counts add up, the launch durations are pooled.</summary>
    public static HubFigures Sum(IEnumerable<HubFigures> hubs)
    {
        var list = hubs.ToList();
        return new HubFigures(
            Guid.Empty,
            list.Select(h => h.Members).Aggregate(MemberCounts.Zero, MemberCounts.Add),
            list.Select(h => h.Initiatives).Aggregate(InitiativeCounts.Zero, InitiativeCounts.Add),
            list.Select(h => h.Events).Aggregate(EventCounts.Zero, EventCounts.Add),
            [.. list.SelectMany(h => h.Spaces)],
            SumKeys(list.Select(h => h.MemberLanguages)),
            SumKeys(list.Select(h => h.EventLanguages)),
            [.. list.SelectMany(h => h.Months).GroupBy(m => m.Month).OrderBy(g => g.Key)
                .Select(g => new MonthCounts(g.Key, g.Sum(m => m.NewMembers), g.Select(m => m.Events).Aggregate(EventCounts.Zero, EventCounts.Add),
                    g.Sum(m => m.NewNewcomers), g.Sum(m => m.NewResidents)))]);
    }

    private static Dictionary<string, int> SumKeys(IEnumerable<IReadOnlyDictionary<string, int>> maps) =>
        maps.SelectMany(m => m).GroupBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
}
