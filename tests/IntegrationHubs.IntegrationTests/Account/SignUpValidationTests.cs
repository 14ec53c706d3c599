using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(SecondAppCollection.Name)]
public sealed class SignUpValidationTests(AppFixture fixture)
{
    private const string DisplayName = "Amal Nasser";

    public static TheoryData<string, string, string, string, string, object[]> BadInput => new()
    {
        // case, email ("{unique}" is replaced by a fresh address), password, confirmation, field id, message key + arguments
        { "empty email", "", Arrange.Password, Arrange.Password, "email", ["Validation.Email.Required"] },
        { "malformed email", "amal.example.org", Arrange.Password, Arrange.Password, "email", ["Validation.Email.Invalid"] },
        { "300-character email", new string('a', 288) + "@example.org", Arrange.Password, Arrange.Password, "email", ["Validation.Email.TooLong", ApplicationUser.EmailMaxLength] },
        { "short password", "{unique}", "Short-1", "Short-1", "password", ["Validation.Password.TooShort", AccountLimits.PasswordMinLength] },
        { "password without digit", "{unique}", "Correct-Horse-Battery", "Correct-Horse-Battery", "password", ["Validation.Password.Digit"] },
        { "mismatched confirmation", "{unique}", Arrange.Password, "Correct-Horse-43", "confirm-password", ["Validation.Password.Mismatch"] },
        { "common password", "{unique}", "password12", "password12", "password", ["Validation.Password.Common"] },
        { "common password with a letter", "{unique}", "1234567890a", "1234567890a", "password", ["Validation.Password.Common"] },
        { "the address as password", "{unique}", "{email}", "{email}", "password", ["Validation.Password.Personal"] },
        { "the address's local part in the password", "{unique}", "{local}-2026", "{local}-2026", "password", ["Validation.Password.Personal"] },
        { "the display name in the password", "{unique}", "Nasser-Garten-7", "Nasser-Garten-7", "password", ["Validation.Password.Personal"] },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task SignUp_BadInput_ShowsGermanMessageAtField_KeepsInput_CreatesNoAccount(
        string @case, string email, string password, string confirmation, string fieldId, object[] message)
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        email = email.Replace("{unique}", Arrange.Email("bad-input"), StringComparison.Ordinal);
        password = Personal(password, email);
        confirmation = Personal(confirmation, email);
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.RegisterAsync(DisplayName, email, password, confirmation);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK, @case);
        var html = await response.Content.ReadAsStringAsync();
        Html.FieldError(html, fieldId).ShouldBe(Texts.German(fixture.App, (string)message[0], message[1..]), @case);
        Html.InputValue(html, "Input.DisplayName").ShouldBe(DisplayName);
        Html.InputValue(html, "Input.Email").ShouldBe(email);
        (await Accounts.CountAsync(fixture.App)).ShouldBe(0, @case);
    }

    [Fact]
    public async Task SignUp_EmailAlreadyRegistered_AnswersAsForANewAddress_AndMailsTheOwner()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var existing = await new Arrange(fixture.App).UserAsync("existing");
        var fresh = Arrange.Email("fresh");
        using var prober = new FormClient(fixture.App);
        using var newcomer = new FormClient(fixture.App);

        // Act
        using var taken = await prober.RegisterAsync(DisplayName, existing.Email!.ToUpperInvariant(), Arrange.Password);
        using var created = await newcomer.RegisterAsync(DisplayName, fresh, Arrange.Password);

        // Assert: the same answer, so no one learns who has an account
        FormClient.RedirectTarget(taken).Replace(Uri.EscapeDataString(existing.Email!.ToUpperInvariant()), "{email}", StringComparison.Ordinal)
            .ShouldBe(FormClient.RedirectTarget(created).Replace(Uri.EscapeDataString(fresh), "{email}", StringComparison.Ordinal));
        var takenPage = await prober.FollowAsync(taken);
        var createdPage = await newcomer.FollowAsync(created);
        takenPage.Text.Replace(existing.Email!.ToUpperInvariant(), "{email}", StringComparison.Ordinal)
            .ShouldBe(createdPage.Text.Replace(fresh, "{email}", StringComparison.Ordinal));
        (await Accounts.CountAsync(fixture.App)).ShouldBe(2);

        // ...and the owner hears of it, with the way to sign in (and from there to reset)
        Mails.CountTo(fixture.App.MailFolder, existing.Email!).ShouldBe(1);
        (await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, existing.Email!, "Account/Login")).ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task SignUp_BadInputInEnglish_ShowsEnglishMessage()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);
        var english = Texts.Get(fixture.App, "en", "Validation.Password.Mismatch");

        // Act
        using var response = await client.RegisterAsync(DisplayName, Arrange.Email("english"), Arrange.Password, "Correct-Horse-43",
            pageUrl: "/Account/Register?culture=en");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        english.ShouldNotBe(Texts.German(fixture.App, "Validation.Password.Mismatch"));
        Html.FieldError(await response.Content.ReadAsStringAsync(), "confirm-password").ShouldBe(english);
        (await Accounts.CountAsync(fixture.App)).ShouldBe(0);
    }

    /// <summary>Puts the address ("{email}") or its local part ("{local}") into a password of the table.</summary>
    private static string Personal(string password, string email) =>
        password.Replace("{email}", email, StringComparison.Ordinal).Replace("{local}", email.Split('@')[0], StringComparison.Ordinal);
}
