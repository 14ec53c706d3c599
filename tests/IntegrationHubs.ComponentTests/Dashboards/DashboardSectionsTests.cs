using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Features.Dashboards;

namespace IntegrationHubs.ComponentTests.Dashboards;

public sealed class DashboardSectionsTests : AppComponentContext
{
    private static readonly Period March = Period.Of(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    private static HubFigures Figures(int members, int newcomers, int residents, int notSaid, EventCounts events) =>
        new(Guid.NewGuid(), new MemberCounts(members, 0, newcomers, residents, notSaid),
            new InitiativeCounts(new Dictionary<InitiativeStatus, int> { [InitiativeStatus.Submitted] = 2 }, 0, 0, []), events,
            [new SpaceUsage(Guid.NewGuid(), "Café", 8, 32)], new Dictionary<string, int> { ["ar"] = 3, ["de"] = 12 }, new Dictionary<string, int>(),
            [new MonthCounts(new DateOnly(2026, 3, 1), 0, events)]);

    private static DashboardView OneHub(int newcomers = 3) =>
        Dashboard.Build(March, [new DashboardUnit("ost", "Ostwache", Figures(20, newcomers, 9, 20 - 9 - newcomers, new EventCounts(6, 10, 6, 6, 4, 6, 3)))]);

    private static string Cell(IRenderedComponent<DashboardSections> cut, string table, string row, string column) =>
        cut.Find($"[data-table='{table}'] tr[data-row='{row}'] td[data-column='{column}']").TextContent;

    [Fact]
    public void SmallCount_ReadsLessThanFive_ItsShareADash_OthersRoundedDown_TheTotalTheirSumWithAPlus()
    {
        var cut = Render<DashboardSections>(p => p.Add(x => x.View, OneHub()));

        Cell(cut, Dashboard.Members, "Members.Newcomers", "ost").ShouldBe("< 5");
        Cell(cut, Dashboard.Members, "Members.ShareNewcomers", "ost").ShouldBe("—");
        Cell(cut, Dashboard.Members, "Members.NotSaid", "ost").ShouldBe("5");
        Cell(cut, Dashboard.Members, "Members.Residents", "ost").ShouldBe("5");
        Cell(cut, Dashboard.Members, "Members.Total", "ost").ShouldBe("10+");
        Cell(cut, Dashboard.MemberLanguages, "MemberLanguages.ar", "ost").ShouldBe("< 5");
        Cell(cut, Dashboard.MemberLanguages, "MemberLanguages.de", "ost").ShouldBe("10");
    }

    [Fact]
    public void VisibleFigures_AreWrittenInTheReadersCulture()
    {
        var cut = Render<DashboardSections>(p => p.Add(x => x.View, OneHub(newcomers: 6)));

        // Shares of the rounded counts, each atom at the middle of its band: 7 of 7 + 7 + 7.
        Cell(cut, Dashboard.Members, "Members.ShareNewcomers", "ost").ShouldBe((1.0 / 3).ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("de")));
        Cell(cut, Dashboard.Spaces, "Spaces.Utilisation", "ost").ShouldBe(0.25.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("de")));
        Cell(cut, Dashboard.Events, "Events.MixingIndex", "ost").ShouldBe(0.5.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public void Charts_CarryTheirNumbersBesideEveryBar_AndNoBarForAHiddenCell()
    {
        var cut = Render<DashboardSections>(p => p.Add(x => x.View, OneHub()));

        var members = cut.FindAll("figure.ih-bars")[0].QuerySelectorAll("li");
        members.Select(li => li.QuerySelector(".ih-bar-value")!.TextContent).ShouldBe(["< 5", "5", "5"]);
        members[0].GetAttribute("data-state").ShouldBe(nameof(CellState.Suppressed));
        members[0].InnerHtml.ShouldContain("inline-size:0%");
        cut.FindAll("figure.ih-bars li .ih-bar-value").ShouldAllBe(v => v.TextContent.Length > 0);
    }

    [Fact]
    public void EveryRow_HasAGermanLabel_NotItsKey()
    {
        var view = Dashboard.Build(March, [
            new DashboardUnit("ost", "Ostwache", Figures(20, 6, 9, 5, new EventCounts(2, 10, 6, 6, 4, 2, 1))),
            new DashboardUnit("west", "Westwerk", Figures(30, 10, 10, 10, EventCounts.Zero))]);

        var cut = Render<DashboardSections>(p => p.Add(x => x.View, view));

        var labels = cut.FindAll("tr[data-row] th").Select(th => th.TextContent).ToList();
        labels.ShouldNotBeEmpty();
        labels.ShouldAllBe(label => label.Length > 0 && !label.StartsWith("Metrics.", StringComparison.Ordinal) && !label.StartsWith("Initiatives.", StringComparison.Ordinal));
        cut.FindAll("[data-table='Members'] thead th").Select(th => th.TextContent).ShouldBe(["Kennzahl", "Ostwache", "Westwerk", "Gesamt"]);
    }
}
