using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.Testing;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The network admin opens a new hub with the wizard; the invited first coordinator follows the mailed link, accepts,
/// ticks the first setup tasks and moves the hub to Prototype — and the hub's public page is there at once.
/// </summary>
public sealed class OpenHubJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Admin_OpensAHub_InvitedCoordinatorTicksTheChecklist_MovesItToPrototype_AndItsPublicPageShowsIt()
    {
        var slug = $"halle-{Guid.NewGuid():N}"[..14];
        var login = await new LoginPage(Page).GotoAsync();
        await login.SignInAsync("admin@example.org", DemoPassword);

        await AppPage.GotoInteractiveAsync(Page, "/admin/hubs/new");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Einen neuen Hub eröffnen");

        await Page.Locator(".ih-wizard-new-municipality input").FillAsync("Halle (Saale)");
        await Page.Locator("button.ih-wizard-next").ClickAsync();
        await Page.Locator(".ih-wizard-name input").FillAsync("Hub Halle-Neustadt");
        await Page.Locator(".ih-wizard-slug input").FillAsync(slug);
        await Page.Locator(".ih-wizard-address input").FillAsync("Am Tulpenbrunnen 1, 06122 Halle");
        // The time zone is picked from the server's zones: typing a part of the city offers it.
        await Page.Locator(".ih-wizard-timezone input").FillAsync("berl");
        var berlin = Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Europe/Berlin" });
        await Expect(berlin).ToBeVisibleAsync();
        await Check.CaptureAsync("de-wizard-timezone");
        await berlin.ClickAsync();
        await Expect(Page.Locator(".ih-wizard-timezone input")).ToHaveValueAsync("Europe/Berlin");
        await Page.Locator("button.ih-wizard-next").ClickAsync();
        await Page.Locator(".ih-wizard-space input").First.FillAsync("1");
        await Page.Locator(".ih-wizard-space input").Nth(1).FillAsync("2");
        await Page.Locator("button.ih-wizard-next").ClickAsync();
        await Page.Locator(".ih-wizard-coordinator input").FillAsync("peter@example.org");
        await Check.AccessibleAndCapturedAsync("de-wizard-last-step");
        await Page.Locator("button.ih-wizard-finish").ClickAsync();
        await Expect(Page.Locator(".ih-wizard-done")).ToContainTextAsync($"/hubs/{slug}");

        // The first coordinator: an existing account, signed in afresh, following the mailed link.
        var link = await MailFolder.WaitForLinkAsync(Fixture.App.MailFolder, "peter@example.org", "/invite/");
        await Page.Context.ClearCookiesAsync();
        login = await new LoginPage(Page).GotoAsync();
        await login.SignInAsync("peter@example.org", DemoPassword);
        await Page.GotoAsync(new Uri(link).PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung annehmen" }).ClickAsync();
        await Page.WaitForURLAsync($"**/hubs/{slug}**");

        await AppPage.GotoInteractiveAsync(Page, $"/hubs/{slug}/manage/setup");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Aufbau des Hubs");
        await Expect(Page.Locator(".ih-setup-status")).ToContainTextAsync("In Planung");
        await Page.Locator(".ih-setup-tick").First.ClickAsync();
        await Expect(Page.Locator("main p", new() { HasText = "1 von 4 erledigt" })).ToHaveCountAsync(1);
        await Page.Locator(".ih-setup-tick").Nth(1).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("2 von 4 erledigt");
        await Check.AccessibleAndCapturedAsync("de-setup-ticked");

        await Page.Locator("button.ih-setup-move").ClickAsync();
        await Expect(Page.Locator(".ih-setup-status")).ToContainTextAsync("Prototyp");

        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync($"/hubs/{slug}");
        await Expect(Page.Locator("main h1")).ToContainTextAsync("Hub Halle-Neustadt");
    }
}
