using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Account;

/// <summary>
/// Where a person was going is carried through sign-up, the confirmation mail and sign-in — only ever as an address
/// inside this app: a return address from a crafted link never reaches a page's links or a mail.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class ReturnAddressTests(AppFixture fixture)
{
    public static TheoryData<string> Foreign => ["https://evil.example/", "//evil.example/", "/\\evil.example/"];

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task SignUp_WithAForeignReturnUrl_TheConfirmationMailAndSignInStayInTheApp(string foreign)
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var email = Arrange.Email("crafted");

        // Act: sign up from a crafted link, follow the mail, then the page's sign-in button
        using var registered = await client.RegisterAsync("Amal", email, Arrange.Password, pageUrl: $"/Account/Register?returnUrl={Uri.EscapeDataString(foreign)}");
        var sent = await client.FollowAsync(registered);
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, email, "ConfirmEmail");
        var confirmed = await client.GetPageAsync(link);
        using var signedIn = await client.SignInAsync(email, Arrange.Password, $"/Account/Login?returnUrl={Uri.EscapeDataString(foreign)}");

        // Assert
        Uri.UnescapeDataString(link).ShouldNotContain("evil.example");
        ReturnUrlIn(link).ShouldBe("/");
        sent.Html.ShouldNotContain("evil.example");
        confirmed.Html.ShouldNotContain("evil.example");
        FormClient.RedirectTarget(signedIn).ShouldBe("/");
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task SignInPage_WithAForeignReturnUrl_LinksOnlyInsideTheApp(string foreign)
    {
        using var client = new FormClient(fixture.App);

        var login = await client.GetPageAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(foreign)}");
        var register = await client.GetPageAsync($"/Account/Register?returnUrl={Uri.EscapeDataString(foreign)}");

        // (The page's own address, with the crafted query, may appear in the language switcher: that stays local.)
        login.Status.ShouldBe(HttpStatusCode.OK);
        login.Html.ShouldContain("href=\"/Account/Register?returnUrl=%2F\"");
        login.Html.ShouldContain("href=\"/Account/ResendEmailConfirmation?returnUrl=%2F\"");
        register.Html.ShouldContain("href=\"/Account/Login?returnUrl=%2F\"");
        LinksIn(login.Html).Concat(LinksIn(register.Html))
            .Where(href => !href.Contains("culture=", StringComparison.Ordinal))
            .ShouldNotContain(href => href.Contains("returnUrl=" + Uri.EscapeDataString(foreign), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInPage_WithoutAReturnUrl_ItsSignUpLinkKeepsSignUpsOwnDefault()
    {
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var email = Arrange.Email("plain");

        // The sign-in page's "no account yet?" link, followed: a new account still goes on to its profile
        var login = await client.GetPageAsync("/Account/Login");
        var noAccount = System.Text.RegularExpressions.Regex.Match(login.Html,
            $"<a href=\"([^\"]*)\">{System.Text.RegularExpressions.Regex.Escape(Texts.German(fixture.App, "Account.Login.NoAccount"))}</a>").Groups[1].Value;
        using var registered = await client.RegisterAsync("Amal", email, Arrange.Password, pageUrl: System.Net.WebUtility.HtmlDecode(noAccount));
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, email, "ConfirmEmail");

        noAccount.ShouldBe("/Account/Register");
        ReturnUrlIn(link).ShouldBe("/me/profile");
    }

    private static string ReturnUrlIn(string link) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query)["returnUrl"].ToString();

    private static IEnumerable<string> LinksIn(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
}
