using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Metrics;

namespace IntegrationHubs.UnitTests.Metrics;

internal static class MetricsTestData
{
    public static readonly Period March = Period.Of(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    public static HubFigures Hub(
        int members = 0, int newMembers = 0, int newcomers = 0, int residents = 0, int notSaid = 0, EventCounts? events = null,
        IReadOnlyDictionary<InitiativeStatus, int>? byStatus = null, int accepted = 0, int launched = 0, double[]? days = null,
        IReadOnlyList<SpaceUsage>? spaces = null, IReadOnlyDictionary<string, int>? languages = null, IReadOnlyList<MonthCounts>? months = null) =>
        new(Guid.NewGuid(), new MemberCounts(members, newMembers, newcomers, residents, notSaid),
            new InitiativeCounts(byStatus ?? new Dictionary<InitiativeStatus, int>(), accepted, launched, days ?? []),
            events ?? EventCounts.Zero, spaces ?? [], languages ?? new Dictionary<string, int>(), new Dictionary<string, int>(),
            months ?? [new MonthCounts(new DateOnly(2026, 3, 1), newMembers, events ?? EventCounts.Zero)]);

    public static DashboardView View(params HubFigures[] hubs) =>
        Dashboard.Build(March, [.. hubs.Select((h, i) => new DashboardUnit($"hub-{i}", $"Hub {i}", h))]);

    public static Cell At(this DashboardView view, string table, string row, int column) =>
        view.Table(table).Rows.Single(r => r.Key == row).Cells[column];
}
