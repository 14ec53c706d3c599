using IntegrationHubs.Domain.Metrics;
using static IntegrationHubs.UnitTests.Metrics.MetricsTestData;

namespace IntegrationHubs.UnitTests.Metrics;

public sealed class DashboardTests
{
    [Fact]
    public void Members_SharesAreOfTheRoundedTotal()
    {
        var view = View(Hub(members: 23, newcomers: 11, residents: 12, notSaid: 0));

        view.At(Dashboard.Members, "Members.ShareNewcomers", 0).Shown.ShouldBe(0.5);
        view.At(Dashboard.Members, "Members.ShareResidents", 0).Shown.ShouldBe(0.5);
        view.At(Dashboard.Members, "Members.ShareNotSaid", 0).Shown.ShouldBe(0);
    }

    [Fact]
    public void SmallCountOfPeople_ReadsLessThanFive_AndItsShareADash()
    {
        var view = View(Hub(members: 20, newcomers: 3, residents: 9, notSaid: 8));

        view.At(Dashboard.Members, "Members.Newcomers", 0).ShouldBe(new Cell(CellState.Suppressed, 5));
        view.At(Dashboard.Members, "Members.ShareNewcomers", 0).State.ShouldBe(CellState.NotApplicable);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(9, 5)]
    [InlineData(10, 10)]
    [InlineData(14, 10)]
    public void CountOfPeople_IsRoundedDownToAMultipleOfFive(int residents, int shown) =>
        View(Hub(members: residents, residents: residents)).At(Dashboard.Members, "Members.Residents", 0).ShouldBe(Cell.Of(shown));

    [Fact]
    public void Total_IsTheSumOfItsRoundedParts_WithAPlusForSmallOnes()
    {
        // 3 + 9 + 8 = 20 would be published as "20" beside "< 5", "5" and "5": then 20 − 5 − 5 ≥ 10 > 4 newcomers … a
        // total rounded on its own narrows its parts. The sum of the rounded parts says nothing they do not.
        var view = View(Hub(members: 20, newcomers: 3, residents: 9, notSaid: 8));

        view.At(Dashboard.Members, "Members.Total", 0).ShouldBe(new Cell(CellState.AtLeast, 10));
    }

    [Fact]
    public void TotalOfSmallPartsOnly_SaysItsUpperBound()
    {
        var view = View(Hub(members: 3, newcomers: 1, residents: 2));

        view.At(Dashboard.Members, "Members.Total", 0).ShouldBe(new Cell(CellState.Suppressed, 9));
    }

    [Fact]
    public void ZeroIsShown_AndDoesNotNeedProtecting()
    {
        var view = View(Hub(members: 12, newcomers: 0, residents: 12, notSaid: 0));

        view.At(Dashboard.Members, "Members.Newcomers", 0).Shown.ShouldBe(0);
        view.At(Dashboard.Members, "Members.ShareNewcomers", 0).Shown.ShouldBe(0);
    }

    [Fact]
    public void TotalColumn_IsTheSumOfTheHubsRoundedAtoms_NotTheRoundedSum()
    {
        var view = View(Hub(members: 8, residents: 8), Hub(members: 8, residents: 8));

        view.At(Dashboard.Members, "Members.Residents", 0).Shown.ShouldBe(5);
        view.At(Dashboard.Members, "Members.Residents", 2).Shown.ShouldBe(10);
    }

    [Fact]
    public void MunicipalityColumn_IsMadeOfItsHubsAtoms()
    {
        var (a, b) = (Hub(members: 3, residents: 3), Hub(members: 3, residents: 3));

        var view = Dashboard.Build(March, [new DashboardUnit("m", "M", HubFigures.Sum([a, b]), [a, b])]);

        view.At(Dashboard.Members, "Members.Residents", 0).ShouldBe(new Cell(CellState.Suppressed, 9));
    }

    [Fact]
    public void NewMembers_AreTheChangeOfTheRoundedStock_InTheTrendToo()
    {
        var period = Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));
        var hub = Hub(members: 12, newMembers: 7, residents: 12, months:
        [
            new MonthCounts(new DateOnly(2026, 1, 1), 3, EventCounts.Zero, NewResidents: 3),
            new MonthCounts(new DateOnly(2026, 2, 1), 4, EventCounts.Zero, NewResidents: 4),
        ]);

        var view = Dashboard.Build(period, [new DashboardUnit("a", "A", hub)]);

        // 5 before, 8 at the end of January, 12 at the end of February: rounded 5, 5, 10.
        view.At(Dashboard.Members, "Members.New", 0).ShouldBe(Cell.Of(5));
        view.Table(Dashboard.Trend).Rows.Single(r => r.Key == "Trend.NewMembers").Cells.ShouldBe([Cell.Of(0), Cell.Of(5)]);
    }

    [Fact]
    public void NewMembers_FromNoneToAFew_ReadLessThanFive()
    {
        var view = View(Hub(members: 3, newMembers: 3, newcomers: 3, months: [new MonthCounts(new DateOnly(2026, 3, 1), 3, EventCounts.Zero, NewNewcomers: 3)]));

        view.At(Dashboard.Members, "Members.New", 0).ShouldBe(new Cell(CellState.Suppressed, 5));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void MixingIndex_IsShownOnlyOverFiveEventsWithFiveAttendees(int eligible, bool shown) =>
        View(Hub(events: new EventCounts(Held: 6, Rsvps: 40, NamedCheckIns: 40, ShowedUp: 40, WalkIns: 0, MixingEligible: eligible, Mixed: 2)))
            .At(Dashboard.Events, "Events.MixingIndex", 0).IsShown.ShouldBe(shown);

    [Fact]
    public void MemberLanguages_AreOrderedByWhatIsPublished_NotByTheTrueCounts()
    {
        var view = View(Hub(languages: new Dictionary<string, int> { ["uk"] = 4, ["ar"] = 1, ["de"] = 12 }));

        view.Table(Dashboard.MemberLanguages).Rows.Select(r => r.Argument).ShouldBe(["de", "ar", "uk"]);
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
        var view = View(Hub(events: new EventCounts(Held: 6, Rsvps: 10, NamedCheckIns: 12, ShowedUp: 10, WalkIns: 8, MixingEligible: 5, Mixed: 0)));

        view.At(Dashboard.Events, "Events.MixingIndex", 0).Shown.ShouldBe(0);
        view.At(Dashboard.Events, "Events.Attendance", 0).Shown.ShouldBe(15);
        view.At(Dashboard.Events, "Events.ShowUpRate", 0).Shown.ShouldBe(1);
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
}
