using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Localization;

[Collection(AppCollection.Name)]
public sealed class CultureTests(AppFixture fixture)
{
    [Fact]
    public async Task Page_WithoutAnyLanguageChoice_IsGerman()
    {
        // Arrange
        using var client = new FormClient(fixture.App);

        // Act
        var page = await client.GetPageAsync("/Account/Login");

        // Assert
        Html.Root(page.Html)["lang"].ShouldBe("de");
        Html.Root(page.Html)["dir"].ShouldBe("ltr");
        page.Text.ShouldContain(Texts.German(fixture.App, "Account.Login.Title"));
    }

    [Fact]
    public async Task Page_CultureQueryAr_RendersArabicRightToLeft()
    {
        // Arrange
        using var client = new FormClient(fixture.App);

        // Act
        var page = await client.GetPageAsync("/Account/Login?culture=ar");

        // Assert
        page.Html.ShouldContain("<html lang=\"ar\" dir=\"rtl\">");
        page.Text.ShouldContain(Texts.Get(fixture.App, "ar", "Account.Login.Title"));
        client.HasCookie(Cultures.CookieName).ShouldBeTrue("a ?culture= link also sets the cookie for the circuit that follows");
    }

    [Fact]
    public async Task Page_AcceptLanguageUk_RendersUkrainian()
    {
        // Arrange
        using var client = new FormClient(fixture.App, acceptLanguage: "uk");
        var ukrainian = Texts.Get(fixture.App, "uk", "Account.Login.Title");

        // Act
        var page = await client.GetPageAsync("/Account/Login");

        // Assert
        Html.Root(page.Html)["lang"].ShouldBe("uk");
        Html.Root(page.Html)["dir"].ShouldBe("ltr");
        ukrainian.ShouldNotBe(Texts.German(fixture.App, "Account.Login.Title"));
        page.Text.ShouldContain(ukrainian);
    }

    [Fact]
    public async Task Page_UnknownCultureQueryWithoutAcceptLanguage_FallsBackToGerman()
    {
        // Arrange
        using var client = new FormClient(fixture.App);

        // Act
        var page = await client.GetPageAsync("/Account/Login?culture=xx");

        // Assert
        page.Status.ShouldBe(HttpStatusCode.OK);
        Html.Root(page.Html)["lang"].ShouldBe("de");
        page.Text.ShouldContain(Texts.German(fixture.App, "Account.Login.Title"));
        client.HasCookie(Cultures.CookieName).ShouldBeFalse();
    }

    [Fact]
    public async Task Page_CultureQuery_BeatsAcceptLanguage()
    {
        // Arrange
        using var client = new FormClient(fixture.App, acceptLanguage: "uk");

        // Act
        var page = await client.GetPageAsync("/Account/Login?culture=en");

        // Assert
        Html.Root(page.Html)["lang"].ShouldBe("en");
    }

    [Fact]
    public async Task CulturePost_SignedIn_SetsCookieAndReturnsToLocalPage()
    {
        // Arrange
        using var client = await SignedInClientAsync();

        // Act
        using var response = await client.SubmitToAsync("/privacy", "/culture", new Dictionary<string, string?>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/privacy?from=menu",
        });
        var after = await client.GetPageAsync("/privacy");

        // Assert
        FormClient.RedirectTarget(response).ShouldBe("/privacy?from=menu");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith($"{Cultures.CookieName}=", StringComparison.Ordinal));
        Html.Root(after.Html)["lang"].ShouldBe("en");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task CulturePost_NonLocalReturnUrl_RedirectsHome(string returnUrl)
    {
        // Arrange
        using var client = await SignedInClientAsync();

        // Act
        using var response = await client.SubmitToAsync("/privacy", "/culture", new Dictionary<string, string?>
        {
            ["culture"] = "uk",
            ["returnUrl"] = returnUrl,
        });

        // Assert
        FormClient.RedirectTarget(response).ShouldBe("/");
        client.HasCookie(Cultures.CookieName).ShouldBeTrue();
    }

    [Fact]
    public async Task CulturePost_WithoutAntiforgeryToken_IsRefused()
    {
        // Arrange
        using var client = new FormClient(fixture.App);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });

        // Act
        using var response = await client.PostAsync("/culture", content);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        client.HasCookie(Cultures.CookieName).ShouldBeFalse();
    }

    [Fact]
    public async Task LanguageSwitcher_ForAVisitor_IsLinksThatKeepThePageAndItsQuery()
    {
        // Arrange
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.GetAsync("/privacy?from=menu&culture=ar");
        var html = await response.Content.ReadAsStringAsync();

        // Assert: no form and no per-visitor token, so public pages can be cached; each link keeps the page.
        html.ShouldNotContain("action=\"/culture\"");
        html.ShouldNotContain("__RequestVerificationToken");
        html.ShouldContain("href=\"/privacy?from=menu&amp;culture=en\"");
    }

    [Fact]
    public async Task SignIn_MemberWhoseAccountSaysArabic_FromAGermanBrowserWithoutCookie_GetsArabicPages()
    {
        // Arrange: a visitor has already filled the visitor cache with the German events page.
        var hub = await new Arrange(fixture.App).HubAsync("Sprachcafe");
        var member = await MemberSpeakingAsync(hub, "ar");
        using (var visitor = new FormClient(fixture.App, acceptLanguage: "de"))
        {
            Html.Root((await visitor.GetPageAsync($"/hubs/{hub.Slug}/events")).Html)["lang"].ShouldBe("de");
        }

        using var client = new FormClient(fixture.App, acceptLanguage: "de");
        client.HasCookie(Cultures.CookieName).ShouldBeFalse();

        // Act
        await client.SignInOrFailAsync(member.Email!);
        var pages = new[]
        {
            await client.GetPageAsync("/me"),
            await client.GetPageAsync($"/hubs/{hub.Slug}"),
            await client.GetPageAsync($"/hubs/{hub.Slug}/events"),
        };

        // Assert: the cookie written at sign-in carries the choice to the interactive circuit as well.
        foreach (var page in pages)
        {
            Html.Root(page.Html)["lang"].ShouldBe("ar", page.PathAndQuery);
            Html.Root(page.Html)["dir"].ShouldBe("rtl", page.PathAndQuery);
        }

        client.HasCookie(Cultures.CookieName).ShouldBeTrue();
    }

    [Fact]
    public async Task SignedIn_WithoutCultureCookie_AccountLanguageBeatsAcceptLanguage_AndCultureQueryBeatsBoth()
    {
        // Arrange: a browser that carries only the session (its culture cookie cleared or never written).
        var hub = await new Arrange(fixture.App).HubAsync("Sprachtandem");
        var member = await MemberSpeakingAsync(hub, "ar");
        using var signIn = new FormClient(fixture.App, acceptLanguage: "de");
        await signIn.SignInOrFailAsync(member.Email!);
        using var client = new FormClient(fixture.App, acceptLanguage: "de");
        client.Cookies.Add(client.BaseAddress, new System.Net.Cookie(FormClient.SessionCookie, signIn.Cookies.GetCookies(signIn.BaseAddress)[FormClient.SessionCookie]!.Value));

        // Act
        var page = await client.GetPageAsync($"/hubs/{hub.Slug}");
        var asked = await client.GetPageAsync($"/hubs/{hub.Slug}?culture=en");

        // Assert
        Html.Root(page.Html)["lang"].ShouldBe("ar");
        Html.Root(page.Html)["dir"].ShouldBe("rtl");
        Html.Root(asked.Html)["lang"].ShouldBe("en");
    }

    [Fact]
    public async Task VisitorWithAcceptLanguageUk_GetsUkrainian_OnACachedHubPageToo()
    {
        // Arrange
        var hub = await new Arrange(fixture.App).HubAsync("Sprachpaten");
        using var german = new FormClient(fixture.App, acceptLanguage: "de");
        using var ukrainian = new FormClient(fixture.App, acceptLanguage: "uk");

        // Act
        var first = await german.GetPageAsync($"/hubs/{hub.Slug}/events");
        var second = await ukrainian.GetPageAsync($"/hubs/{hub.Slug}/events");

        // Assert
        Html.Root(first.Html)["lang"].ShouldBe("de");
        Html.Root(second.Html)["lang"].ShouldBe("uk");
    }

    private async Task<ApplicationUser> MemberSpeakingAsync(ResolvedHub hub, string culture)
    {
        var member = await new Arrange(fixture.App).MemberAsync(hub, "amal");
        await fixture.App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(member.Id.ToString()))!;
            stored.PreferredCulture = culture;
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        });
        return member;
    }

    private async Task<FormClient> SignedInClientAsync()
    {
        var user = await new Arrange(fixture.App).UserAsync("polyglot");
        var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);
        return client;
    }
}
