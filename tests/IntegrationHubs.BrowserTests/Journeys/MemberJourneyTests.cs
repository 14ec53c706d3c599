using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.Testing;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// A newcomer signs up in Ukrainian, completes the profile when joining a hub, joins it, and — having
/// opted in — appears in the hub's member directory, with languages but without an email address.
/// </summary>
public sealed class MemberJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    protected override string BrowserLocale => "uk-UA";

    [Fact]
    public async Task SignUpInUkrainian_JoinAHub_CompletesProfileFirst_IsJoinedOnSaving_AndAppearsInTheDirectory()
    {
        var email = NewEmail("oksana");
        var register = await new RegisterPage(Page).GotoAsync();
        await register.ShouldBeInAsync("uk", "ltr");
        await register.RegisterAsync("Оксана", email, NewPassword);
        var link = await MailFolder.WaitForLinkAsync(Fixture.App.MailFolder, email, "/Account/ConfirmEmail");
        var login = await (await new ConfirmEmailPage(Page).GotoAsync(link)).ContinueToSignInAsync();
        await login.SignInAsync(email, NewPassword);

        var hub = await new HubPage(Page).GotoAsync("leipzig-gruenau");
        // Joining shares a profile with the hub, so the profile (with consent) comes first.
        var profile = await new ProfilePage(Page).WaitUntilInteractiveAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Приєднатися до хабу" }).ClickAsync());
        await Expect(profile.Heading).ToHaveTextAsync("Мій профіль");
        // The profile says why the person is here, and saving it completes the join.
        await Expect(Page.Locator("main [data-testid=profile-reason]")).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("uk-profile");
        await profile.AddLanguageAsync("Додати мову", "Українська", "Рідна");
        await profile.AddLanguageAsync("Додати мову", "Німецька", "Вивчаю");
        await profile.ShowInDirectoryAsync("Показувати мене в довідниках моїх хабів");
        await profile.ConsentAsync("Я погоджуюся з умовами користування та повідомленням про конфіденційність.");
        await profile.SaveAsync("Зберегти профіль");

        // Back on the hub page, already a member: no second click on "join".
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/hubs/leipzig-gruenau\\?"));
        await Expect(Page.Locator("main [role=status]")).ToContainTextAsync("Ласкаво просимо!");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Вийти з хабу" })).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("uk-hub-joined");
        await hub.ShouldBeInAsync("uk", "ltr");

        await AppPage.GotoInteractiveAsync(Page, "/hubs/leipzig-gruenau/directory");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Довідник учасників");
        var entry = Page.Locator("main .ih-directory-entry", new() { HasText = "Оксана" });
        await Expect(entry).ToBeVisibleAsync();
        await Expect(entry).ToContainTextAsync("Українська");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(email);
        await Check.AccessibleAndCapturedAsync("uk-directory");
    }
}
