using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(SecondAppCollection.Name)]
public sealed class SignUpTests(AppFixture fixture)
{
    [Fact]
    public async Task SignUp_ConfirmedThroughMailedLink_ThenSignInStartsSession()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var email = Arrange.Email("newcomer");

        // Act: sign up, open the link from the mail, sign in
        using var registered = await client.RegisterAsync("Amal", email, Arrange.Password);
        var afterSignUp = FormClient.RedirectTarget(registered);
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, email, "ConfirmEmail");
        var confirmed = await client.GetPageAsync(link);
        using var signedIn = await client.SignInAsync(email, Arrange.Password);

        // Assert
        afterSignUp.ShouldStartWith("/Account/RegisterConfirmation");
        confirmed.Status.ShouldBe(HttpStatusCode.OK);
        confirmed.Text.ShouldContain(Texts.German(fixture.App, "Account.ConfirmEmail.Done"));
        (await Accounts.FindAsync(fixture.App, email)).ShouldNotBeNull().EmailConfirmed.ShouldBeTrue();
        FormClient.RedirectTarget(signedIn).ShouldBe("/");
        client.HasCookie(FormClient.SessionCookie).ShouldBeTrue();
        using var me = await client.GetAsync("/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_BeforeConfirmingEmail_IsRefused()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var email = Arrange.Email("unconfirmed");
        using var registered = await client.RegisterAsync("Olena", email, Arrange.Password);
        FormClient.IsRedirect(registered.StatusCode).ShouldBeTrue();

        // Act
        using var response = await client.SignInAsync(email, Arrange.Password);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(await response.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Account.Login.NotConfirmed"));
        client.SignedIn.ShouldBeFalse();
        (await Accounts.FindAsync(fixture.App, email)).ShouldNotBeNull().EmailConfirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task ConfirmEmail_WithTamperedCode_IsRefused()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var email = Arrange.Email("tampered");
        using var registered = await client.RegisterAsync("Peter", email, Arrange.Password);
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, email, "ConfirmEmail");
        var user = (await Accounts.FindAsync(fixture.App, email)).ShouldNotBeNull();

        // Act
        var page = await client.GetPageAsync($"/Account/ConfirmEmail?userId={user.Id}&code=bm90LWEtdG9rZW4");

        // Assert
        link.ShouldContain(user.Id.ToString());
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(Texts.German(fixture.App, "Account.ConfirmEmail.Failed"));
        (await Accounts.FindAsync(fixture.App, email)).ShouldNotBeNull().EmailConfirmed.ShouldBeFalse();
    }
}
