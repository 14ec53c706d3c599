using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>The network admin appoints a municipality viewer and finds it in the network's audit log.</summary>
public sealed class AdminJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Admin_AppointsAViewer_AndTheAuditLogShowsIt()
    {
        var login = await new LoginPage(Page).GotoAsync();
        await login.SignInAsync("admin@example.org", DemoPassword);

        await Page.Locator("header nav a", new() { HasText = "Administration" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/viewers");
        await AppPage.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Kommunen-Betrachter");
        await Check.AccessibleAndCapturedAsync("de-admin-viewers");

        await AppPage.PickOptionAsync(Page, Page.Locator("main .mud-input-control", new() { HasText = "Kommune" }).First, "Kassel");
        await Page.GetByLabel("E-Mail-Adresse").FillAsync("peter@example.org");
        await Page.Locator("main button.ih-appoint").ClickAsync();

        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Peter Schmidt ist jetzt Betrachter für Kassel.");
        await Expect(Page.Locator("main")).ToContainTextAsync("peter@example.org");

        await Page.GotoAsync("/admin/audit");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Protokoll des Netzwerks");
        await Expect(Page.Locator("main table")).ToContainTextAsync("hat eine Person als Kommunen-Betrachter ernannt");
        await Check.AccessibleAndCapturedAsync("de-admin-audit");
    }
}
