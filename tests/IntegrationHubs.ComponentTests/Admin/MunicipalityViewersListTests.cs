using IntegrationHubs.Web.Features.Admin;

namespace IntegrationHubs.ComponentTests.Admin;

public sealed class MunicipalityViewersListTests : AppComponentContext
{
    private static readonly ListMunicipalityViewers.Viewer Vera = new(Guid.NewGuid(), "Vera Viewer", "vera@example.org");

    private static readonly ListMunicipalityViewers.Row Leipzig = new(Guid.NewGuid(), "Leipzig", "DE", "Sachsen", 3, [Vera]);

    private static readonly ListMunicipalityViewers.Row Graz = new(Guid.NewGuid(), "Graz", "AT", null, 1, []);

    [Fact]
    public void List_ShowsEachMunicipalityWithItsFactsAndViewers()
    {
        var cut = Render<MunicipalityViewersList>(p => p.Add(x => x.Municipalities, [Leipzig, Graz]));

        var cards = cut.FindAll(".ih-municipality");
        cards.Count.ShouldBe(2);
        cards[0].QuerySelector("h2")!.TextContent.ShouldBe("Leipzig");
        cards[0].QuerySelector(".ih-municipality-facts")!.TextContent.ShouldBe("DE · Sachsen · Hubs: 3");
        cards[0].QuerySelector(".ih-viewer-name")!.TextContent.ShouldBe("Vera Viewer");
        cards[0].QuerySelector(".ih-viewer-email")!.TextContent.ShouldBe("vera@example.org");
        cards[1].QuerySelector(".ih-municipality-facts")!.TextContent.ShouldBe("AT · Hubs: 1");
        cards[1].QuerySelector(".ih-no-viewers")!.TextContent.ShouldBe("Noch keine Betrachter.");
    }

    [Fact]
    public void Remove_And_Appoint_ReportWhichMunicipalityAndViewer()
    {
        ViewerRemoval? removed = null;
        ListMunicipalityViewers.Row? chosen = null;
        var cut = Render<MunicipalityViewersList>(p => p
            .Add(x => x.Municipalities, [Leipzig, Graz])
            .Add(x => x.OnRemove, (ViewerRemoval r) => removed = r)
            .Add(x => x.OnChoose, (ListMunicipalityViewers.Row m) => chosen = m));

        cut.Find("button[aria-label='Vera Viewer als Betrachter für Leipzig entfernen']").Click();
        cut.FindAll("button.ih-appoint-here")[1].Click();

        removed.ShouldBe(new ViewerRemoval(Leipzig, Vera));
        chosen.ShouldBe(Graz);
        cut.FindAll("button.ih-appoint-here")[1].TextContent.Trim().ShouldBe("Betrachter für Graz ernennen");
    }

    [Fact]
    public void Busy_DisablesTheButtons_AndNoMunicipalitiesIsSaid()
    {
        var busy = Render<MunicipalityViewersList>(p => p.Add(x => x.Municipalities, [Leipzig]).Add(x => x.Busy, true));
        busy.FindAll("button").ShouldAllBe(b => b.HasAttribute("disabled"));

        Render<MunicipalityViewersList>(p => p.Add(x => x.Municipalities, [])).Find("[role=status]").TextContent.ShouldBe("Noch keine Kommunen.");
    }
}
