using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Account;

/// <summary>Deleting an account, resetting its password or taking a role away ends every other session at its next request.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class SessionEndTests(AppFixture fixture)
{
    private const string NewPassword = "Another-Horse-77";

    private readonly Arrange _arrange = new(fixture.App);

    [Fact]
    public async Task Session_OfADeletedAccount_IsSentToSignIn_NotServedAnError()
    {
        // Arrange: two sessions of one person, e.g. phone and laptop
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("leaving");
        using var laptop = new FormClient(fixture.App);
        using var phone = new FormClient(fixture.App);
        await laptop.SignInOrFailAsync(user.Email!);
        await phone.SignInOrFailAsync(user.Email!);
        (await phone.GetPageAsync("/me")).PathAndQuery.ShouldBe("/me");

        // Act: the account is deleted from the laptop
        var deleted = await new MemberScenario(fixture.App).AsAsync(user, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync(user.Email!));
        using var me = await phone.GetAsync("/me");
        using var export = await phone.GetAsync("/me/data/export");

        // Assert
        deleted.ShouldBeTrue();
        FormClient.RedirectTarget(me).ShouldStartWith("/Account/Login");
        FormClient.RedirectTarget(export).ShouldStartWith("/Account/Login");
        phone.SignedIn.ShouldBeFalse("the ended session's cookie is taken back");
    }

    [Fact]
    public async Task Session_OpenedBeforeAPasswordReset_EndsAtOnce()
    {
        // Arrange: someone signed in with the old password (perhaps the person who guessed it)
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("reset");
        using var intruder = new FormClient(fixture.App);
        await intruder.SignInOrFailAsync(user.Email!);
        using var owner = new FormClient(fixture.App);

        // Act: the owner resets the password through the mailed link
        using var requested = await owner.SubmitAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string?> { ["Input.Email"] = user.Email });
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, user.Email!, "ResetPassword");
        using var reset = await owner.SubmitAsync(link, "reset-password", new Dictionary<string, string?>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });
        using var me = await intruder.GetAsync("/me");

        // Assert
        FormClient.RedirectTarget(reset).ShouldStartWith("/Account/ResetPasswordConfirmation");
        FormClient.RedirectTarget(me).ShouldStartWith("/Account/Login");
        intruder.SignedIn.ShouldBeFalse();
    }

    [Fact]
    public async Task Session_OfANetworkAdminWhoseRoleIsTakenAway_EndsAtOnce()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var admin = await _arrange.UserAsync("former-admin");
        await _arrange.NetworkAdminAsync(admin);
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(admin.Email!);
        (await client.GetPageAsync("/admin/audit")).PathAndQuery.ShouldBe("/admin/audit");

        // Act
        await fixture.App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.RemoveFromRoleAsync((await users.FindByIdAsync(admin.Id.ToString()))!, NetworkRoles.NetworkAdmin)).Succeeded.ShouldBeTrue();
        });
        using var audit = await client.GetAsync("/admin/audit");

        // Assert
        FormClient.RedirectTarget(audit).ShouldStartWith("/Account/Login");
    }

    [Fact]
    public async Task Session_OfAnUnchangedAccount_StaysSignedIn()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("staying");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);

        // Act
        var first = await client.GetPageAsync("/me");
        var second = await client.GetPageAsync("/me");

        // Assert
        first.PathAndQuery.ShouldBe("/me");
        second.PathAndQuery.ShouldBe("/me");
        client.SignedIn.ShouldBeTrue();
    }
}
