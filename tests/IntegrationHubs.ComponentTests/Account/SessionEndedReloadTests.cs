using Bunit.TestDoubles;
using IntegrationHubs.Web.Features.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.ComponentTests.Account;

public sealed class SessionEndedReloadTests : AppComponentContext
{
    [Fact]
    public void CircuitWhoseSessionEnds_ReloadsThePage_SoThePersonLandsSignedOut()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Amal");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/me/data");
        Render<SessionEndedReload>();

        // What the revalidating provider does when the account was deleted elsewhere
        authorization.SetNotAuthorized();

        var last = Services.GetRequiredService<BunitNavigationManager>().History.First();
        last.Uri.ShouldBe("http://localhost/me/data");
        last.Options.ForceLoad.ShouldBeTrue();
    }

    [Fact]
    public void CircuitThatStaysSignedIn_StaysOnThePage()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Amal");
        Render<SessionEndedReload>();

        authorization.SetAuthorized("Amal");

        Services.GetRequiredService<BunitNavigationManager>().History.ShouldBeEmpty();
    }
}
