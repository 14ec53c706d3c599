using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>A member walks through the proposal step by step; every step saves the draft on the way.</summary>
public sealed class ProposalStepsJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Member_GoesThroughTheSteps_ReviewsWhatTheyEntered_AndSubmits()
    {
        var title = $"Gartenfest {Guid.NewGuid():N}"[..19];
        var login = await new LoginPage(Page).GotoAsync("de");
        await login.SignInAsync("hanna.becker@example.org", DemoPassword);
        var proposal = await new InitiativePage(Page).GotoNewAsync("leipzig-ost");
        var main = Page.Locator("main");

        // Step 1: the idea. "Weiter" saves the draft, which gets its own address.
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Schritt 1 von 3: Die Idee" })).ToBeVisibleAsync();
        await proposal.Title.FillAsync(title);
        await main.GetByLabel("Worum geht es?").FillAsync("Ein Sommerfest im Hof mit Musik aus der Nachbarschaft.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/initiatives/[0-9a-f-]{36}\\?step=details$"));

        // Step 2: the details, ticked once the draft's own page is live (a tick on its prerendered form would be lost).
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Schritt 2 von 3: Details" })).ToBeVisibleAsync();
        await AppPage.WaitForInteractiveAsync(Page);
        var space = main.GetByRole(AriaRole.Checkbox, new() { Name = "Raum", Exact = true });
        await space.CheckAsync();
        await Expect(space).ToBeCheckedAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();

        // Step 3: a last look, then submit.
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Schritt 3 von 3: Prüfen und einreichen" })).ToBeVisibleAsync();
        var review = main.Locator(".ih-proposal-review");
        await Expect(review).ToContainTextAsync(title);
        await Expect(review).ToContainTextAsync("Raum");
        await Check.AccessibleAndCapturedAsync("de-initiative-review-step");
        await main.GetByRole(AriaRole.Button, new() { Name = "Einreichen" }).ClickAsync();
        await Expect(proposal.Status).ToHaveTextAsync("Eingereicht");
    }
}
