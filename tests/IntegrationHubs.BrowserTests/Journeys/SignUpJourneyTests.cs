using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.Testing;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>A newcomer signs up, confirms the address from the mail, signs in and sees their name — in German.</summary>
public sealed class SignUpJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task SignUp_Confirm_SignIn_InGerman_ShowsDisplayNameInAppBar()
    {
        const string displayName = "Anna Beispiel";
        var email = NewEmail("anna");

        var home = await new HomePage(Page).GotoAsync();
        await home.ShouldBeInAsync("de", "ltr");
        await Expect(home.Heading).ToHaveTextAsync("Integration Hubs");
        await Expect(home.HubCards).ToHaveCountAsync(3);
        await Check.AccessibleAndCapturedAsync("de-home");

        var register = await home.SignUpAsync();
        await Expect(register.Heading).ToHaveTextAsync("Konto erstellen");
        await Check.AccessibleAndCapturedAsync("de-register");

        var sent = await register.RegisterAsync(displayName, email, NewPassword);
        await Expect(sent.Heading).ToHaveTextAsync("Fast geschafft");
        await Expect(sent.Body).ToContainTextAsync(email);
        await Check.AccessibleAndCapturedAsync("de-register-confirmation");

        var link = await MailFolder.WaitForLinkAsync(Fixture.App.MailFolder, email, "/Account/ConfirmEmail");
        var confirm = await new ConfirmEmailPage(Page).GotoAsync(link);
        await Expect(confirm.Heading).ToHaveTextAsync("E-Mail-Adresse bestätigen");
        await Expect(confirm.Success).ToContainTextAsync("Ihre E-Mail-Adresse ist bestätigt");
        await Check.AccessibleAndCapturedAsync("de-confirm-email");

        var login = await confirm.ContinueToSignInAsync();
        await Expect(login.Heading).ToHaveTextAsync("Anmelden");
        await Check.AccessibleAndCapturedAsync("de-login");
        await login.SignInAsync(email, NewPassword);

        // A new account goes on to complete its member profile.
        await Page.WaitForURLAsync("**/me/profile");
        await Expect(home.Heading).ToHaveTextAsync("Mein Profil");
        await Expect(home.AppBar.AccountMenu).ToContainTextAsync(displayName);
        await Expect(home.AppBar.SignInLink).ToHaveCountAsync(0);
        await Check.AccessibleAndCapturedAsync("de-profile-first");

        await new HomePage(Page).GotoAsync();
        await Expect(home.Heading).ToHaveTextAsync("Integration Hubs");
        await Expect(home.AppBar.AccountMenu).ToContainTextAsync(displayName);
        await Check.AccessibleAndCapturedAsync("de-home-signed-in");

        var me = await new MePage(Page).GotoAsync();
        await Expect(me.Heading).ToHaveTextAsync("Mein Bereich");
        await Expect(me.DisplayName).ToHaveValueAsync(displayName);
        await Check.AccessibleAndCapturedAsync("de-me");
    }
}
