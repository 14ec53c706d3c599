using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The Content-Security-Policy (Security/SecurityHeaders.cs) leaves the app working: the Blazor Server circuit connects,
/// MudBlazor's popovers open and take a choice, the API page renders, and the browser reports no violation.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task InteractivePageAndApiPage_WorkUnderThePolicy_WithoutViolations()
    {
        var problems = new List<string>();
        Page.Console += (_, message) =>
        {
            Output.WriteLine($"console {message.Type}: {message.Text}");
            if (message.Type is "error" or "warning" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{message.Type}: {message.Text}");
            }
        };
        Page.PageError += (_, error) => problems.Add($"page error: {error}");

        var login = await new LoginPage(Page).GotoAsync();
        (await Page.ReloadAsync()).ShouldNotBeNull().Headers["content-security-policy"].ShouldContain("script-src 'self'");
        await login.SignInAsync("coordinator.ost@example.org", DemoPassword);
        var profile = await new ProfilePage(Page).WaitUntilInteractiveAsync(() => Page.GotoAsync("/me/profile"));

        // The circuit may still be attaching its handlers when the socket opens: click until the row appears (at most 5 s).
        var add = Page.GetByRole(AriaRole.Button, new() { Name = "Sprache hinzufügen" });
        for (var tries = 0; await profile.LanguageRows.CountAsync() == 0 && tries < 10; tries++)
        {
            await add.ClickAsync();
            await Page.WaitForTimeoutAsync(500);
        }

        await Expect(profile.LanguageRows).ToHaveCountAsync(1);
        var language = profile.LanguageRows.First.Locator(".mud-input-control").First;
        await language.ClickAsync();
        await Page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = "Englisch", Exact = true }).ClickAsync();
        await Expect(language.Locator("input").First).ToHaveValueAsync("Englisch");

        await Page.GotoAsync("/api");
        await Expect(Page.Locator(".swagger-ui .opblock").First).ToBeVisibleAsync();

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }
}
