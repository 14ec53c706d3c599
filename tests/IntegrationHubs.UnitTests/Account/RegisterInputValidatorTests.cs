using IntegrationHubs.Web.Features.Account;

namespace IntegrationHubs.UnitTests.Account;

public sealed class RegisterInputValidatorTests
{
    private static RegisterInput Valid() => new()
    {
        DisplayName = "Amal", Email = "amal@example.org", Password = "sommer-2026-garten", ConfirmPassword = "sommer-2026-garten",
    };

    private static Dictionary<string, string[]> Errors(RegisterInput input, string culture = "de") =>
        TestLocalizer.InCulture(culture, () => new RegisterInputValidator(TestLocalizer.Create()).Validate(input).Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));

    [Fact]
    public void Validate_CompleteInput_HasNoErrors() => Errors(Valid()).ShouldBeEmpty();

    [Theory]
    [InlineData("", "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
    [InlineData("not-an-email", "Das sieht nicht wie eine E-Mail-Adresse aus (z. B. name@beispiel.de).")]
    [InlineData("name@localhost", "Das sieht nicht wie eine E-Mail-Adresse aus (z. B. name@beispiel.de).")]
    public void Validate_BadEmail_GivesOneGermanMessageAtTheEmailField(string email, string message)
    {
        var input = Valid();
        input.Email = email;

        var errors = Errors(input);

        errors.Keys.ShouldBe([nameof(RegisterInput.Email)]);
        errors[nameof(RegisterInput.Email)].ShouldBe([message]);
    }

    [Fact]
    public void Validate_300CharacterEmail_SaysItIsTooLong()
    {
        var input = Valid();
        input.Email = new string('a', 288) + "@example.org";

        Errors(input, "en")[nameof(RegisterInput.Email)].ShouldBe(["The email address can be at most 254 characters long."]);
    }

    [Theory]
    [InlineData("short1", "Das Passwort muss mindestens 10 Zeichen lang sein.")]
    [InlineData("nodigitsatall", "Das Passwort braucht mindestens eine Ziffer.")]
    [InlineData("12345678901", "Das Passwort braucht mindestens einen Buchstaben.")]
    public void Validate_WeakPassword_IsRefusedWithTheReason(string password, string message)
    {
        var input = Valid();
        input.Password = input.ConfirmPassword = password;

        Errors(input)[nameof(RegisterInput.Password)].ShouldBe([message]);
    }

    [Fact]
    public void Validate_ConfirmationDiffers_IsRefusedAtTheConfirmation()
    {
        var input = Valid();
        input.ConfirmPassword = "something-else-1";

        Errors(input, "ar")[nameof(RegisterInput.ConfirmPassword)].ShouldBe(["كلمتا المرور غير متطابقتين."]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Validate_NoDisplayName_IsRefused(string? name)
    {
        var input = Valid();
        input.DisplayName = name;

        Errors(input, "uk")[nameof(RegisterInput.DisplayName)].ShouldBe(["Будь ласка, введіть ім'я."]);
    }

    [Fact]
    public void Validate_DisplayNameOverTheLimit_IsRefused()
    {
        var input = Valid();
        input.DisplayName = new string('x', Web.Data.ApplicationUser.DisplayNameMaxLength + 1);

        Errors(input).ShouldContainKey(nameof(RegisterInput.DisplayName));
    }
}
