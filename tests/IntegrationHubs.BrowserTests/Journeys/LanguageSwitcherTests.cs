using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>The language menu in the app bar switches the whole UI, and the choice sticks.</summary>
public sealed class LanguageSwitcherTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task LanguageSwitcher_Ukrainian_RerendersPageInUkrainian()
    {
        var home = await new HomePage(Page).GotoAsync();
        await Expect(home.Heading).ToHaveTextAsync("Integration Hubs");

        await home.AppBar.SwitchLanguageAsync("Українська");

        await home.ShouldBeInAsync("uk", "ltr");
        await Expect(home.Heading).ToHaveTextAsync("Інтеграційні хаби");
        await Expect(home.AppBar.SignInLink).ToHaveTextAsync("Увійти");
        await Expect(home.AppBar.LanguageMenu).ToContainTextAsync("Українська");
        await Check.AccessibleAndCapturedAsync("uk-home");

        var login = await new LoginPage(Page).GotoAsync();
        await login.ShouldBeInAsync("uk", "ltr");
        await Expect(login.Heading).ToHaveTextAsync("Вхід");
    }
}
