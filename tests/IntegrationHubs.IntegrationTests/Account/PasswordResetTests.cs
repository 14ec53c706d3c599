using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(SecondAppCollection.Name)]
public sealed class PasswordResetTests(AppFixture fixture)
{
    private const string NewPassword = "Another-Horse-77";

    [Fact]
    public async Task PasswordReset_ViaMailedLink_ReplacesOldPassword()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await new Arrange(fixture.App).UserAsync("forgetful");
        using var client = new FormClient(fixture.App);

        // Act: ask for a link, open it, choose a new password
        using var requested = await client.SubmitAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string?> { ["Input.Email"] = user.Email });
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, user.Email!, "ResetPassword");
        using var reset = await client.SubmitAsync(link, "reset-password", new Dictionary<string, string?>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        // Assert
        FormClient.RedirectTarget(requested).ShouldStartWith("/Account/ForgotPasswordConfirmation");
        Mails.CountTo(fixture.App.MailFolder, user.Email!).ShouldBe(1);
        FormClient.RedirectTarget(reset).ShouldStartWith("/Account/ResetPasswordConfirmation");

        using var withOld = new FormClient(fixture.App);
        using var oldRefused = await withOld.SignInAsync(user.Email!, Arrange.Password);
        oldRefused.StatusCode.ShouldBe(HttpStatusCode.OK);
        withOld.SignedIn.ShouldBeFalse();

        using var withNew = new FormClient(fixture.App);
        await withNew.SignInOrFailAsync(user.Email!, NewPassword);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_LooksTheSameAndSendsNothing()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var email = Arrange.Email("nobody");

        // Act
        using var response = await client.SubmitAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string?> { ["Input.Email"] = email });

        // Assert
        FormClient.RedirectTarget(response).ShouldStartWith("/Account/ForgotPasswordConfirmation");
        Mails.CountTo(fixture.App.MailFolder, email).ShouldBe(0);
    }

    [Fact]
    public async Task ResetPassword_WithForgedCode_ChangesNothing()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await new Arrange(fixture.App).UserAsync("target");
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.SubmitAsync("/Account/ResetPassword?code=Zm9yZ2VkLWNvZGU", "reset-password", new Dictionary<string, string?>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(await response.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Account.Error.InvalidToken"));
        using var withOld = new FormClient(fixture.App);
        await withOld.SignInOrFailAsync(user.Email!);
    }

    [Fact]
    public async Task ResetPassword_UnknownAddress_AnswersAsAForgedCodeForAKnownOne()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await new Arrange(fixture.App).UserAsync("known");
        using var client = new FormClient(fixture.App);

        // Act
        using var known = await ResetWithForgedCodeAsync(client, user.Email!);
        using var unknown = await ResetWithForgedCodeAsync(client, Arrange.Email("nobody"));

        // Assert
        known.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK, "no \"done\" redirect for an address without an account");
        var message = Texts.German(fixture.App, "Account.Error.InvalidToken");
        Html.Text(await known.Content.ReadAsStringAsync()).ShouldContain(message);
        Html.Text(await unknown.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    private static Task<HttpResponseMessage> ResetWithForgedCodeAsync(FormClient client, string email) =>
        client.SubmitAsync("/Account/ResetPassword?code=Zm9yZ2VkLWNvZGU", "reset-password", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });
}
