using IntegrationHubs.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace IntegrationHubs.UnitTests.Shared;

public sealed class RenderedAddressTests
{
    [Route("/hubs/{Slug}/drafts/new")]
    [Route("/hubs/{Slug}/drafts/{Id:guid}")]
    private sealed class DraftPage : ComponentBase
    {
        // Set here, as the renderer would: a component's parameters are not set from outside.
        public DraftPage(string slug, Guid? id = null)
        {
            Slug = slug;
            Id = id;
        }

        [Parameter] public string Slug { get; set; }

        [Parameter] public Guid? Id { get; set; }
    }

    private static readonly Guid Draft = Guid.Parse("6f1c2a4e-0b7d-4c1e-9a55-3d2f8e9b1c07");

    [Fact]
    public void APage_HoldsTheAddress_WhoseRouteValuesItHolds()
    {
        RenderedAddress.Holds(new DraftPage("leipzig-ost"), "/hubs/leipzig-ost/drafts/new").ShouldBeTrue();
        RenderedAddress.Holds(new DraftPage("leipzig-ost", Draft), $"/hubs/leipzig-ost/drafts/{Draft}").ShouldBeTrue();
    }

    [Fact]
    public void APageStillAtTheOldAddress_DoesNotHoldTheNewOne_WhileItsRouteValuesAreOnTheirWay()
    {
        // Saved at /drafts/new, the address already shows the draft's id, the page does not hold it yet.
        RenderedAddress.Holds(new DraftPage("leipzig-ost"), $"/hubs/leipzig-ost/drafts/{Draft}").ShouldBeFalse();
        RenderedAddress.Holds(new DraftPage("leipzig-ost", Draft), "/hubs/leipzig-ost/drafts/new").ShouldBeFalse();
        RenderedAddress.Holds(new DraftPage("kassel-nord", Draft), $"/hubs/leipzig-ost/drafts/{Draft}").ShouldBeFalse();
    }

    [Fact]
    public void AnAddressNoneOfItsRoutesMatches_IsNotHeld()
    {
        RenderedAddress.Holds(new DraftPage("leipzig-ost"), "/hubs/leipzig-ost/events").ShouldBeFalse();
    }
}
