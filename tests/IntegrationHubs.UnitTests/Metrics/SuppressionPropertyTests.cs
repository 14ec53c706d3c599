using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Metrics;

namespace IntegrationHubs.UnitTests.Metrics;

/// <summary>Random figures, many times over: whatever the data, no count of people from 1 to 4 is shown or can be subtracted out.</summary>
public sealed class SuppressionPropertyTests
{
    private static readonly Period Period = Period.Of(new DateOnly(2026, 1, 10), new DateOnly(2026, 4, 20));

    [Fact]
    public void RandomDashboards_NeverShowOrLeakASmallCountOfPeople()
    {
        var random = new Random(20261125);
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var hubs = Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomHub(random)).ToList();
            var view = Dashboard.Build(Period, [.. hubs.Select((h, i) => new DashboardUnit($"h{i}", $"H{i}", h))]);

            foreach (var row in view.Tables.SelectMany(t => t.Rows).Where(r => r.Kind == MetricKind.People))
            {
                row.Cells.ShouldAllBe(c => !(c.IsShown && c.Value >= 1 && c.Value <= 4), $"iteration {iteration}, {row.Key}");
            }

            AssertNotDerivable(view, iteration);
        }
    }

    [Fact]
    public void RandomGrids_LeaveEveryVisibleTotalWithZeroOrSafelyManyHiddenParts()
    {
        var random = new Random(7);
        for (var iteration = 0; iteration < 5000; iteration++)
        {
            var grid = new SuppressionGrid();
            var rows = random.Next(1, 5);
            var cols = random.Next(1, 5);
            var cells = new int[rows, cols];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    cells[r, c] = grid.Add(SmallBiased(random), true);
                }
            }

            // Row totals, column totals and the grand total, as a two-way table publishes them.
            var rowTotals = Enumerable.Range(0, rows).Select(r => grid.Add(Enumerable.Range(0, cols).Sum(c => grid.Value(cells[r, c])), true)).ToArray();
            var colTotals = Enumerable.Range(0, cols).Select(c => grid.Add(Enumerable.Range(0, rows).Sum(r => grid.Value(cells[r, c])), true)).ToArray();
            var grand = grid.Add(rowTotals.Sum(grid.Value), true);
            var groups = new List<(int Total, int[] Parts)>();
            groups.AddRange(Enumerable.Range(0, rows).Select(r => (rowTotals[r], Enumerable.Range(0, cols).Select(c => cells[r, c]).ToArray())));
            groups.AddRange(Enumerable.Range(0, cols).Select(c => (colTotals[c], Enumerable.Range(0, rows).Select(r => cells[r, c]).ToArray())));
            groups.Add((grand, rowTotals));
            groups.Add((grand, colTotals));
            foreach (var (total, parts) in groups)
            {
                grid.AddGroup(total, parts);
            }

            foreach (var (total, parts) in groups)
            {
                var all = parts.Append(total).ToList();
                all.ShouldAllBe(i => !(grid[i].IsShown && SuppressionGrid.IsSmall(grid.Value(i))), $"iteration {iteration}");
                if (grid[total].IsShown)
                {
                    var hidden = parts.Where(p => !grid[p].IsShown).ToList();
                    (hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum(grid.Value) >= SuppressionGrid.Threshold)).ShouldBeTrue($"iteration {iteration}");
                }
            }
        }
    }

    private static void AssertNotDerivable(DashboardView view, int iteration)
    {
        var members = view.Table(Dashboard.Members);
        for (var c = 0; c < members.Columns.Count; c++)
        {
            var total = members.Rows.Single(r => r.Key == "Members.Total").Cells[c];
            var parts = members.Rows.Where(r => r.Key is "Members.Newcomers" or "Members.Residents" or "Members.NotSaid").Select(r => r.Cells[c]).ToList();
            if (total.IsShown)
            {
                var hidden = parts.Where(p => !p.IsShown).ToList();
                (hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum(p => p.Value) >= 5)).ShouldBeTrue($"iteration {iteration}, column {c}");
            }
        }

        if (members.Columns.Count > 1)
        {
            foreach (var row in view.Tables.Where(t => t.Key != Dashboard.Trend && t.Key != Dashboard.SpaceUtilisation).SelectMany(t => t.Rows).Where(r => r.Kind == MetricKind.People))
            {
                if (row.Cells[^1].IsShown)
                {
                    var hidden = row.Cells.SkipLast(1).Where(p => !p.IsShown).ToList();
                    (hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum(p => p.Value) >= 5)).ShouldBeTrue($"iteration {iteration}, {row.Key}");
                }
            }
        }
    }

    private static int SmallBiased(Random random) => random.Next(4) switch { 0 => 0, 1 => random.Next(1, 5), 2 => random.Next(5, 12), _ => random.Next(0, 60) };

    private static HubFigures RandomHub(Random random)
    {
        int N() => SmallBiased(random);
        var (newcomers, residents, notSaid) = (N(), N(), N());
        var months = Period.Months().Select(m => new MonthCounts(m, N(), new EventCounts(N(), N(), N(), 0, N(), 0, 0))).ToList();
        var events = months.Select(m => m.Events).Aggregate(EventCounts.Zero, EventCounts.Add);
        events = events with { ShowedUp = Math.Min(events.NamedCheckIns, events.Rsvps), MixingEligible = Math.Min(events.Held, N()) };
        return new HubFigures(
            Guid.NewGuid(),
            new MemberCounts(newcomers + residents + notSaid, months.Sum(m => m.NewMembers), newcomers, residents, notSaid),
            new InitiativeCounts(new Dictionary<InitiativeStatus, int> { [InitiativeStatus.Submitted] = N() }, N(), 0, []),
            events,
            [new SpaceUsage(Guid.NewGuid(), "S", N(), N())],
            new Dictionary<string, int> { ["de"] = N(), ["ar"] = N() },
            new Dictionary<string, int> { ["de"] = N() },
            months);
    }
}
