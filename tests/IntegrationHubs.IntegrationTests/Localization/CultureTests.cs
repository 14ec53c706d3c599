using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Localization;

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

    private async Task<FormClient> SignedInClientAsync()
    {
        var user = await new Arrange(fixture.App).UserAsync("polyglot");
        var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);
        return client;
    }
}
