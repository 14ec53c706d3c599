using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Web.Features.Dashboards;

namespace IntegrationHubs.ComponentTests.Dashboards;

public sealed class HubSetupCellTests : AppComponentContext
{
    [Fact]
    public void AHubWithoutAChecklist_SaysSo_InsteadOfZeroOfZeroDone()
    {
        var cut = Render<HubSetupCell>(p => p.Add(c => c.Hub, new GetNetworkDashboard.HubState("halle", "Hub Halle", HubStatus.Planning, 0, 0)));

        cut.Markup.ShouldContain("Keine Checkliste");
        cut.Markup.ShouldNotContain("0 von 0");
        cut.FindAll("[role=progressbar]").ShouldBeEmpty();
    }

    [Fact]
    public void AHubWithAChecklist_ShowsHowFarItIs()
    {
        var cut = Render<HubSetupCell>(p => p.Add(c => c.Hub, new GetNetworkDashboard.HubState("halle", "Hub Halle", HubStatus.Planning, 1, 4)));

        cut.Markup.ShouldContain("1 von 4 erledigt");
        cut.Find("[role=progressbar]").GetAttribute("aria-valuenow").ShouldBe("25");
    }
}
