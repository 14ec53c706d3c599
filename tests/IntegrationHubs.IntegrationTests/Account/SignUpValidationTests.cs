using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(AppCollection.Name)]
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
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task SignUp_BadInput_ShowsGermanMessageAtField_KeepsInput_CreatesNoAccount(
        string @case, string email, string password, string confirmation, string fieldId, object[] message)
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        email = email.Replace("{unique}", Arrange.Email("bad-input"), StringComparison.Ordinal);
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
    public async Task SignUp_EmailAlreadyRegistered_ShowsMessageAtEmail_CreatesNoSecondAccount()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var existing = await new Arrange(fixture.App).UserAsync("existing");
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.RegisterAsync(DisplayName, existing.Email!.ToUpperInvariant(), Arrange.Password);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Html.FieldError(html, "email").ShouldBe(Texts.German(fixture.App, "Account.Error.DuplicateEmail"));
        Html.InputValue(html, "Input.DisplayName").ShouldBe(DisplayName);
        Html.InputValue(html, "Input.Email").ShouldBe(existing.Email!.ToUpperInvariant());
        (await Accounts.CountAsync(fixture.App)).ShouldBe(1);
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
}
