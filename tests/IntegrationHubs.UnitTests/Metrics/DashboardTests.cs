using IntegrationHubs.Domain.Metrics;
using static IntegrationHubs.UnitTests.Metrics.MetricsTestData;

namespace IntegrationHubs.UnitTests.Metrics;

public sealed class DashboardTests
{
    [Fact]
    public void Members_SharesAreOfTheTotal()
    {
        var view = View(Hub(members: 20, newMembers: 5, newcomers: 10, residents: 5, notSaid: 5));

        view.At(Dashboard.Members, "Members.ShareNewcomers", 0).Shown.ShouldBe(0.5);
        view.At(Dashboard.Members, "Members.ShareResidents", 0).Shown.ShouldBe(0.25);
        view.At(Dashboard.Members, "Members.ShareNotSaid", 0).Shown.ShouldBe(0.25);
    }

    [Fact]
    public void SmallCountOfPeople_IsSuppressed_AndItsShareIsADash()
    {
        var view = View(Hub(members: 20, newcomers: 3, residents: 9, notSaid: 8));

        view.At(Dashboard.Members, "Members.Newcomers", 0).State.ShouldBe(CellState.Suppressed);
        view.At(Dashboard.Members, "Members.ShareNewcomers", 0).State.ShouldBe(CellState.NotApplicable);
    }

    [Fact]
    public void OneSuppressedPart_HidesTheSmallestVisibleSibling()
    {
        // 20 − 9 − 8 would give the 3 newcomers away.
        var view = View(Hub(members: 20, newcomers: 3, residents: 9, notSaid: 8));

        view.At(Dashboard.Members, "Members.NotSaid", 0).State.ShouldBe(CellState.Hidden);
        view.At(Dashboard.Members, "Members.Residents", 0).Shown.ShouldBe(9);
        view.At(Dashboard.Members, "Members.Total", 0).Shown.ShouldBe(20);
    }

    [Fact]
    public void ZeroIsShown_AndDoesNotNeedProtecting()
    {
        var view = View(Hub(members: 12, newcomers: 0, residents: 12, notSaid: 0));

        view.At(Dashboard.Members, "Members.Newcomers", 0).Shown.ShouldBe(0);
        view.At(Dashboard.Members, "Members.ShareNewcomers", 0).Shown.ShouldBe(0);
    }

    [Fact]
    public void SuppressedHub_IsNotDerivableFromTheTotal()
    {
        var view = View(Hub(members: 30, residents: 30), Hub(members: 2, residents: 2), Hub(members: 40, residents: 40));

        view.At(Dashboard.Members, "Members.Total", 1).State.ShouldBe(CellState.Suppressed);
        var others = new[] { view.At(Dashboard.Members, "Members.Total", 0), view.At(Dashboard.Members, "Members.Total", 2), view.At(Dashboard.Members, "Members.Total", 3) };
        others.Count(c => !c.IsShown).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void TwoSuppressedPartsAddingUpToLessThanFive_HideOneMore()
    {
        // 1 + 2 newcomers and residents: the total minus the visible 10 would say "3".
        var view = View(Hub(members: 13, newcomers: 1, residents: 2, notSaid: 10));

        view.At(Dashboard.Members, "Members.NotSaid", 0).IsShown.ShouldBeFalse();
    }

    [Fact]
    public void NoEvents_GiveZeroCountsAndDashedRates()
    {
        var view = View(Hub(members: 10, residents: 10));

        view.At(Dashboard.Events, "Events.Held", 0).Shown.ShouldBe(0);
        view.At(Dashboard.Events, "Events.ShowUpRate", 0).State.ShouldBe(CellState.NotApplicable);
        view.At(Dashboard.Events, "Events.MixingIndex", 0).State.ShouldBe(CellState.NotApplicable);
    }

    [Fact]
    public void AllBackgroundsUnknown_EventsCountButAreNotMixed()
    {
        var view = View(Hub(events: new EventCounts(Held: 2, Rsvps: 20, NamedCheckIns: 12, ShowedUp: 12, WalkIns: 8, MixingEligible: 2, Mixed: 0)));

        view.At(Dashboard.Events, "Events.MixingIndex", 0).Shown.ShouldBe(0);
        view.At(Dashboard.Events, "Events.Attendance", 0).Shown.ShouldBe(20);
        view.At(Dashboard.Events, "Events.ShowUpRate", 0).Shown.ShouldBe(0.6);
    }

    [Fact]
    public void HubWithoutOpeningHours_HasNoUtilisation()
    {
        var view = View(Hub(spaces: [new SpaceUsage(Guid.NewGuid(), "Café", 0, 0)]));

        view.At(Dashboard.Spaces, "Spaces.Utilisation", 0).State.ShouldBe(CellState.NotApplicable);
        view.Table(Dashboard.SpaceUtilisation).Rows.Single().Cells[2].State.ShouldBe(CellState.NotApplicable);
    }

    [Fact]
    public void Utilisation_IsAllBookedHoursOverAllOpenHours()
    {
        var view = View(Hub(spaces: [new SpaceUsage(Guid.NewGuid(), "A", 10, 100), new SpaceUsage(Guid.NewGuid(), "B", 30, 100)]));

        view.At(Dashboard.Spaces, "Spaces.Utilisation", 0).Shown.ShouldBe(0.2);
    }

    [Fact]
    public void PeriodWithoutData_ShowsZerosAndDashes()
    {
        var view = View(HubFigures.Empty(Guid.NewGuid()));

        view.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .ShouldAllBe(c => c.State == CellState.NotApplicable || (c.State == CellState.Value && c.Value == 0));
        view.Table(Dashboard.Trend).Columns.ShouldBe(["2026-03"]);
    }

    [Fact]
    public void LaunchRate_IsLaunchedOfAccepted_AndMedianOfDays()
    {
        var view = View(Hub(accepted: 4, launched: 1, days: [10, 40, 20]));

        view.At(Dashboard.Initiatives, "Initiatives.LaunchRate", 0).Shown.ShouldBe(0.25);
        view.At(Dashboard.Initiatives, "Initiatives.MedianDaysToLaunch", 0).Shown.ShouldBe(20);
    }

    [Fact]
    public void SeveralHubs_GetATotalColumn_OneHubDoesNot()
    {
        View(Hub(members: 10), Hub(members: 20)).Table(Dashboard.Members).Columns.ShouldBe(["hub-0", "hub-1", DashboardView.TotalColumn]);
        View(Hub(members: 10)).Table(Dashboard.Members).Columns.ShouldBe(["hub-0"]);
    }

    [Fact]
    public void SuppressedMonth_IsNotDerivableFromThePeriodTotal()
    {
        var period = Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));
        var hub = Hub(members: 30, newMembers: 12, residents: 30,
            months: [new MonthCounts(new DateOnly(2026, 1, 1), 2, EventCounts.Zero), new MonthCounts(new DateOnly(2026, 2, 1), 10, EventCounts.Zero)]);

        var view = Dashboard.Build(period, [new DashboardUnit("a", "A", hub)]);

        var row = view.Table(Dashboard.Trend).Rows.Single(r => r.Key == "Trend.NewMembers");
        row.Cells[0].State.ShouldBe(CellState.Suppressed);
        (row.Cells[1].IsShown && view.At(Dashboard.Members, "Members.New", 0).IsShown).ShouldBeFalse();
    }
}
