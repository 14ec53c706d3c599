using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.Testing;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>The same journey in Arabic: every page right-to-left, with Arabic headings.</summary>
public sealed class ArabicSignUpJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task SignUp_Confirm_SignIn_InArabic_IsRightToLeftOnEveryPage()
    {
        const string displayName = "أمل";
        var email = NewEmail("amal");

        var home = await new HomePage(Page).GotoAsync(culture: "ar");
        await home.ShouldBeInAsync("ar", "rtl");
        await Expect(home.Heading).ToHaveTextAsync("مراكز الاندماج");
        await Expect(home.AppBar.SignUpLink).ToHaveTextAsync("إنشاء حساب");
        await Check.AccessibleAndCapturedAsync("ar-home");

        var register = await home.SignUpAsync();
        await register.ShouldBeInAsync("ar", "rtl");
        await Expect(register.Heading).ToHaveTextAsync("إنشاء حساب");
        await Check.AccessibleAndCapturedAsync("ar-register");

        var sent = await register.RegisterAsync(displayName, email, NewPassword);
        await sent.ShouldBeInAsync("ar", "rtl");
        await Expect(sent.Heading).ToHaveTextAsync("اقتربت من الانتهاء");
        await Check.AccessibleAndCapturedAsync("ar-register-confirmation");

        var link = await MailFolder.WaitForLinkAsync(Fixture.App.MailFolder, email, "/Account/ConfirmEmail");
        var confirm = await new ConfirmEmailPage(Page).GotoAsync(link);
        await confirm.ShouldBeInAsync("ar", "rtl");
        await Expect(confirm.Heading).ToHaveTextAsync("تأكيد البريد الإلكتروني");
        await Expect(confirm.Success).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("ar-confirm-email");

        var login = await confirm.ContinueToSignInAsync();
        await login.ShouldBeInAsync("ar", "rtl");
        await Expect(login.Heading).ToHaveTextAsync("تسجيل الدخول");
        await Check.AccessibleAndCapturedAsync("ar-login");
        await login.SignInAsync(email, NewPassword);

        // A new account goes on to complete its member profile.
        await Page.WaitForURLAsync("**/me/profile");
        await home.ShouldBeInAsync("ar", "rtl");
        await Expect(home.Heading).ToHaveTextAsync("ملفي الشخصي");
        await Check.AccessibleAndCapturedAsync("ar-profile-first");

        await new HomePage(Page).GotoAsync();
        await home.ShouldBeInAsync("ar", "rtl");
        await Expect(home.Heading).ToHaveTextAsync("مراكز الاندماج");
        await Expect(home.AppBar.AccountMenu).ToContainTextAsync(displayName);
        await Check.AccessibleAndCapturedAsync("ar-home-signed-in");
    }
}
