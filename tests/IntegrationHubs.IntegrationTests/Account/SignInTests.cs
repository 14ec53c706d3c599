using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Account;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    [Fact]
    public async Task SignIn_WrongPassword_IsRefusedWithMessage()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("jonas");
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.SignInAsync(user.Email!, "Wrong-Password-1");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(await response.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Account.Error.InvalidSignIn"));
        client.SignedIn.ShouldBeFalse();
        (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull().AccessFailedCount.ShouldBe(1);
    }

    [Fact]
    public async Task SignIn_FifthWrongPassword_LocksAccount()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("miriam");
        using var client = new FormClient(fixture.App);
        for (var attempt = 1; attempt < AccountLimits.MaxFailedSignIns; attempt++)
        {
            using var refused = await client.SignInAsync(user.Email!, $"Wrong-Password-{attempt}");
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull().LockoutEnd.ShouldBeNull();

        // Act
        using var fifth = await client.SignInAsync(user.Email!, "Wrong-Password-5");
        using var correct = await client.SignInAsync(user.Email!, Arrange.Password);

        // Assert
        FormClient.RedirectTarget(fifth).ShouldBe("/Account/Lockout");
        var stored = (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull();
        stored.LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        FormClient.RedirectTarget(correct).ShouldBe("/Account/Lockout");
        client.SignedIn.ShouldBeFalse();
        var lockoutPage = await client.FollowAsync(correct);
        lockoutPage.Text.ShouldContain(Texts.German(fixture.App, "Account.Lockout.Title"));
    }

    [Fact]
    public async Task SignIn_WithReturnUrl_GoesBackThere_ButNeverOffSite()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("thomas");
        using var local = new FormClient(fixture.App);
        using var offSite = new FormClient(fixture.App);

        // Act
        using var toLocal = await local.SignInAsync(user.Email!, Arrange.Password, "/Account/Login?returnUrl=%2Fme");
        using var toOffSite = await offSite.SignInAsync(user.Email!, Arrange.Password, "/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F");

        // Assert
        FormClient.RedirectTarget(toLocal).ShouldBe("/me");
        FormClient.RedirectTarget(toOffSite).ShouldBe("/");
        offSite.SignedIn.ShouldBeTrue();
    }

    [Fact]
    public async Task SignOut_EndsSession()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("lena");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);

        // Act
        using var signedOut = await client.SubmitToAsync("/", "/Account/Logout", new Dictionary<string, string?>());

        // Assert
        FormClient.RedirectTarget(signedOut).ShouldBe("/");
        client.SignedIn.ShouldBeFalse();
        using var me = await client.GetAsync("/me");
        FormClient.RedirectTarget(me).ShouldStartWith("/Account/Login");
    }
}
