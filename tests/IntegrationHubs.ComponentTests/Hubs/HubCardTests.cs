using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Web.Features.Hubs;

namespace IntegrationHubs.ComponentTests.Hubs;

public sealed class HubCardTests : AppComponentContext
{
    [Fact]
    public void Card_LinksToTheHub_AndNamesStatusAndLanguagesInTheReadersLanguage()
    {
        var hub = new ListPublicHubs.HubSummary("leipzig-ost", "Hub Leipzig-Ost", "Leipzig", "DE", "Neustadt", "Eisenbahnstraße 66", HubStatus.Active, ["ar", "uk"]);

        var cut = Render<HubCard>(p => p.Add(x => x.Hub, hub));

        cut.Find("a").GetAttribute("href").ShouldBe("/hubs/leipzig-ost");
        cut.Find("a").TextContent.ShouldBe("Hub Leipzig-Ost");
        cut.Find(".ih-chip-status").TextContent.ShouldBe("Geöffnet");
        cut.FindAll(".ih-chip[lang]").Select(c => c.TextContent).ShouldBe(["Arabisch", "Ukrainisch"]);
        cut.Markup.ShouldContain("Leipzig · Neustadt");
    }
}
