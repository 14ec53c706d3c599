using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>
/// Reads the raw, unsuppressed figures of a set of hubs for a period: the few set-based statements of
/// <see cref="MetricsSql"/> (each grouped by hub), plus the spaces' opening hours worked out in memory. No authorization
/// here — the callers (<see cref="GetHubDashboard"/>, <see cref="GetNetworkDashboard"/>) decide which hubs a person may
/// see and suppress the result before anyone sees it. Needs nothing but a context factory, so a benchmark can call it.
/// </summary>
public sealed class MetricsReader(IDbContextFactory<HubsDbContext> dbFactory, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>One figure set per hub id asked for (unknown ids give empty figures), in the order asked.</summary>
    public async Task<IReadOnlyList<HubFigures>> ReadAsync(IReadOnlyCollection<Guid> hubIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var ids = hubIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = _time.GetUtcNow();
        NpgsqlParameter[] Parameters() =>
        [
            new("hub_ids", ids), new("from", from), new("to_excl", to.AddDays(1)), new("now", now),
        ];

        var members = await db.Database.SqlQueryRaw<MemberRow>(MetricsSql.Members, Parameters()).ToListAsync(ct);
        var memberLanguages = await db.Database.SqlQueryRaw<KeyCountRow>(MetricsSql.MemberLanguages, Parameters()).ToListAsync(ct);
        var initiatives = await db.Database.SqlQueryRaw<InitiativeRow>(MetricsSql.Initiatives, Parameters()).ToListAsync(ct);
        var events = await db.Database.SqlQueryRaw<EventRow>(MetricsSql.Events, Parameters()).ToListAsync(ct);
        var eventLanguages = await db.Database.SqlQueryRaw<KeyCountRow>(MetricsSql.EventLanguages, Parameters()).ToListAsync(ct);
        var booked = await db.Database.SqlQueryRaw<BookedRow>(MetricsSql.BookedHours, Parameters()).ToListAsync(ct);

        // Several hubs at once: the tenant filter (one hub) is lifted on purpose; the hub ids above are the scope.
        var zones = await db.Hubs.AsNoTracking().Where(h => ids.Contains(h.Id)).Select(h => new { h.Id, h.TimeZone }).ToDictionaryAsync(h => h.Id, h => h.TimeZone, ct);
        var spaces = await db.Spaces.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(s => ids.Contains(s.HubId))
            .OrderBy(s => s.HubId).ThenBy(s => s.Name)
            .Select(s => new { s.HubId, s.Id, s.Name, s.OpeningHours, s.Closures })
            .ToListAsync(ct);

        var bookedBySpace = booked.ToDictionary(b => b.SpaceId, b => b.BookedHours);

        // Open hours per space: one calendar per time zone, shared by its spaces (expanding every window of thousands
        // of spaces over a year took longer than all the statements above).
        var calendars = new Dictionary<TimeZoneInfo, OpeningCalendar>();
        OpeningCalendar CalendarOf(TimeZoneInfo zone) =>
            calendars.TryGetValue(zone, out var calendar) ? calendar : calendars[zone] = new OpeningCalendar(from, to, zone);
        var months = Period.Of(from, to).Months();
        return [.. hubIds.Distinct().Select(hubId =>
        {
            var zone = zones.TryGetValue(hubId, out var tz) ? TimeZoneInfo.FindSystemTimeZoneById(tz) : TimeZoneInfo.Utc;
            var hubMembers = members.Where(m => m.HubId == hubId).ToList();
            var total = hubMembers.Sum(m => m.Total);
            var newcomers = hubMembers.Sum(m => m.Newcomers);
            var residents = hubMembers.Sum(m => m.Residents);
            var hubEvents = events.Where(e => e.HubId == hubId).ToList();
            var hubInitiatives = initiatives.Where(i => i.HubId == hubId).ToList();
            return new HubFigures(
                hubId,
                new MemberCounts(total, hubMembers.Where(m => m.Month is not null).Sum(m => m.Total), newcomers, residents, total - newcomers - residents),
                new InitiativeCounts(
                    hubInitiatives.Where(i => i.Submitted > 0 && Enum.TryParse<InitiativeStatus>(i.Status, out _))
                        .GroupBy(i => Enum.Parse<InitiativeStatus>(i.Status)).ToDictionary(g => g.Key, g => g.Sum(i => i.Submitted)),
                    hubInitiatives.Sum(i => i.Accepted),
                    hubInitiatives.Sum(i => i.LaunchedOfAccepted),
                    [.. hubInitiatives.SelectMany(i => i.DaysToLaunch ?? [])]),
                hubEvents.Select(ToCounts).Aggregate(EventCounts.Zero, EventCounts.Add),
                [.. spaces.Where(s => s.HubId == hubId).Select(s => new SpaceUsage(s.Id, s.Name, bookedBySpace.GetValueOrDefault(s.Id),
                    CalendarOf(zone).OpenHours(s.OpeningHours, s.Closures)))],
                memberLanguages.Where(l => l.HubId == hubId).ToDictionary(l => l.Key, l => l.Count, StringComparer.Ordinal),
                eventLanguages.Where(l => l.HubId == hubId).ToDictionary(l => l.Key, l => l.Count, StringComparer.Ordinal),
                [.. months.Select(month => new MonthCounts(
                    month,
                    hubMembers.Where(m => m.Month == month).Sum(m => m.Total),
                    hubEvents.Where(e => e.Month == month).Select(ToCounts).Aggregate(EventCounts.Zero, EventCounts.Add),
                    hubMembers.Where(m => m.Month == month).Sum(m => m.Newcomers),
                    hubMembers.Where(m => m.Month == month).Sum(m => m.Residents)))]);
        })];
    }

    private static EventCounts ToCounts(EventRow e) => new(e.Held, e.Rsvps, e.NamedCheckIns, e.ShowedUp, e.WalkIns, e.MixingEligible, e.Mixed);

    // Shapes of the statements' rows (SqlQueryRaw maps the snake_case columns to these properties by name).
    internal sealed class MemberRow
    {
        public Guid HubId { get; set; }
        public DateOnly? Month { get; set; }
        public int Total { get; set; }
        public int Newcomers { get; set; }
        public int Residents { get; set; }
    }

    internal sealed class KeyCountRow
    {
        public Guid HubId { get; set; }
        public string Key { get; set; } = "";
        public int Count { get; set; }
    }

    internal sealed class InitiativeRow
    {
        public Guid HubId { get; set; }
        public string Status { get; set; } = "";
        public int Submitted { get; set; }
        public int Accepted { get; set; }
        public int LaunchedOfAccepted { get; set; }
        public double[]? DaysToLaunch { get; set; }
    }

    internal sealed class EventRow
    {
        public Guid HubId { get; set; }
        public DateOnly Month { get; set; }
        public int Held { get; set; }
        public int Rsvps { get; set; }
        public int NamedCheckIns { get; set; }
        public int ShowedUp { get; set; }
        public int WalkIns { get; set; }
        public int MixingEligible { get; set; }
        public int Mixed { get; set; }
    }

    internal sealed class BookedRow
    {
        public Guid HubId { get; set; }
        public Guid SpaceId { get; set; }
        public double BookedHours { get; set; }
    }
}
