using IntegrationHubs.Web.Components.Shared;

namespace IntegrationHubs.ComponentTests.Shared;

/// <summary>What axe found without a name, or out of the keyboard's reach, now has both.</summary>
public sealed class AccessibleNamesTests : AppComponentContext
{
    [Fact]
    public void ScrollRegion_IsReachableByKeyboard_AndNamed()
    {
        var cut = Render<ScrollRegion>(p => p.Add(x => x.Label, "Mitglieder").AddChildContent("<table></table>"));

        var region = cut.Find("div.ih-table-scroll");
        region.GetAttribute("tabindex").ShouldBe("0");
        region.GetAttribute("role").ShouldBe("region");
        region.GetAttribute("aria-label").ShouldBe("Mitglieder");
    }
}
