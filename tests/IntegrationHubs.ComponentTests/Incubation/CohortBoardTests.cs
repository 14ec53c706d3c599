using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Incubation;

namespace IntegrationHubs.ComponentTests.Incubation;

public sealed class CohortBoardTests : AppComponentContext
{
    private static readonly GetCohortBoard.Module[] Modules =
    [
        new(Guid.NewGuid(), 0, "Idee schärfen", "Ein Steckbrief"),
        new(Guid.NewGuid(), 1, "Team und Rollen", "Rollen sind aufgeschrieben"),
        new(Guid.NewGuid(), 2, "Angebot testen", "Ein Testtermin"),
    ];

    private static GetCohortBoard.Row Row(string title, string? mentor, params MilestoneStatus[] statuses) =>
        new(Guid.NewGuid(), title, InitiativeStatus.Incubating, 1, mentor is null ? null : Guid.NewGuid(), mentor,
            Modules.Zip(statuses).ToDictionary(x => x.First.Id, x => x.Second));

    private static GetCohortBoard.Result Board(params GetCohortBoard.Row[] rows) =>
        new(Guid.NewGuid(), "Herbst 2026", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), 5, rows.Length, Modules, rows, [], []);

    [Fact]
    public void Grid_HasARowPerInitiative_AndAColumnPerModule_InOrder()
    {
        var board = Render<CohortBoard>(p => p.Add(x => x.Board, Board(
            Row("Sprachcafé", "Thomas Krüger", MilestoneStatus.SignedOff, MilestoneStatus.ForReview, MilestoneStatus.NotStarted),
            Row("Kiezküche", null, MilestoneStatus.InProgress, MilestoneStatus.NotStarted, MilestoneStatus.NotStarted))));

        var headers = board.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        headers.ShouldBe(["Initiative", "1 Idee schärfen", "2 Team und Rollen", "3 Angebot testen", "Abgenommen"]);
        var rows = board.FindAll("tbody tr");
        rows.Count.ShouldBe(2);
        rows[0].QuerySelector("th[scope=row]")!.TextContent.ShouldContain("Sprachcafé");
        rows[0].QuerySelector("th[scope=row]")!.TextContent.ShouldContain("Mentor:in: Thomas Krüger");
        rows[1].QuerySelector("th[scope=row]")!.TextContent.ShouldContain("Noch keine Mentor:in");
        rows[0].QuerySelector(".ih-board-done")!.TextContent.ShouldBe("1 von 3");
        board.Find("caption").TextContent.ShouldBe("Fortschritt der Kohorte Herbst 2026");
    }

    [Fact]
    public void Cells_NameTheStatusInWords_NotByColourAlone()
    {
        var board = Render<CohortBoard>(p => p.Add(x => x.Board, Board(
            Row("Sprachcafé", "Thomas Krüger", MilestoneStatus.SignedOff, MilestoneStatus.ForReview, MilestoneStatus.InProgress))));

        var cells = board.FindAll("tbody td .ih-milestone");
        cells.Select(c => c.QuerySelector(".ih-visually-hidden")!.TextContent).ShouldBe(["Abgenommen", "Wartet auf Abnahme", "In Arbeit"]);
        cells.Select(c => c.GetAttribute("title")).ShouldBe(["Abgenommen", "Wartet auf Abnahme", "In Arbeit"]);
        cells.Select(c => c.QuerySelector(".ih-milestone-mark")!.TextContent).Distinct().Count().ShouldBe(3);
        cells.ShouldAllBe(c => c.QuerySelector(".ih-milestone-mark")!.GetAttribute("aria-hidden") == "true");
    }

    [Fact]
    public void Legend_ExplainsEveryMark()
    {
        var board = Render<CohortBoard>(p => p.Add(x => x.Board, Board(Row("Sprachcafé", null, MilestoneStatus.NotStarted, MilestoneStatus.NotStarted, MilestoneStatus.NotStarted))));

        board.Find(".ih-board-legend").TextContent.ShouldContain("Nicht begonnen");
        board.Find(".ih-board-legend").TextContent.ShouldContain("Wartet auf Abnahme");
        board.FindAll(".ih-board-legend .ih-milestone").Count.ShouldBe(4);
    }

    [Fact]
    public void Titles_LinkToTheInitiative_WhenTheHubIsKnown()
    {
        var row = Row("Sprachcafé", null, MilestoneStatus.NotStarted, MilestoneStatus.NotStarted, MilestoneStatus.NotStarted);

        var board = Render<CohortBoard>(p => p.Add(x => x.Board, Board(row)).Add(x => x.Slug, "leipzig-ost"));

        board.Find("tbody th a").GetAttribute("href").ShouldBe($"/hubs/leipzig-ost/initiatives/{row.InitiativeId}");
    }

    [Fact]
    public void EmptyCohort_SaysSo_WithoutAnEmptyTable()
    {
        var board = Render<CohortBoard>(p => p.Add(x => x.Board, Board()));

        board.FindAll("table").ShouldBeEmpty();
        board.Markup.ShouldContain("Noch keine Initiative in dieser Kohorte.");
    }
}

public sealed class CohortBoardInArabicTests() : AppComponentContext("ar")
{
    [Fact]
    public void Cells_AreReadInArabic()
    {
        var module = new GetCohortBoard.Module(Guid.NewGuid(), 0, "Idee", "M");
        var row = new GetCohortBoard.Row(Guid.NewGuid(), "Sprachcafé", InitiativeStatus.Incubating, 1, null, null,
            new Dictionary<Guid, MilestoneStatus> { [module.Id] = MilestoneStatus.SignedOff });
        var board = Render<CohortBoard>(p => p.Add(x => x.Board,
            new GetCohortBoard.Result(Guid.NewGuid(), "Herbst", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), 5, 1, [module], [row], [], [])));

        board.Find("tbody td .ih-visually-hidden").TextContent.ShouldBe("معتمدة");
    }
}
