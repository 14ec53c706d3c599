using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>Bad input in the sign-up form: messages at the fields, and what the person typed is kept.</summary>
public sealed class RegisterValidationTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Register_MalformedEmailAndShortPassword_ShowsFieldMessagesAndKeepsInput()
    {
        var register = await new RegisterPage(Page).GotoAsync();
        await register.FillAsync("Bea Fehler", "bea-at-example.org", "kurz1");

        await register.Submit.ClickAsync();

        await Expect(register.ErrorFor("email")).ToHaveTextAsync("Das sieht nicht wie eine E-Mail-Adresse aus (z. B. name@beispiel.de).");
        await Expect(register.ErrorFor("password")).ToHaveTextAsync("Das Passwort muss mindestens 10 Zeichen lang sein.");
        await Expect(register.ErrorFor("display-name")).ToHaveTextAsync("");
        await Expect(register.Email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(register.Password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(register.DisplayName).ToHaveValueAsync("Bea Fehler");
        await Expect(register.Email).ToHaveValueAsync("bea-at-example.org");
        Page.Url.ShouldEndWith("/Account/Register");
        await Check.AccessibleAndCapturedAsync("de-register-invalid");
    }
}
