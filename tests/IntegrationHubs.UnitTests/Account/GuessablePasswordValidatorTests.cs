using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Account.Passwords;
using Microsoft.AspNetCore.Identity;

namespace IntegrationHubs.UnitTests.Account;

public sealed class GuessablePasswordValidatorTests
{
    private static ApplicationUser Amal() => new() { Email = "amal.nasser@example.org", UserName = "amal.nasser@example.org", DisplayName = "Amal Nasser" };

    private static IdentityResult Validate(string password, ApplicationUser? user = null, string culture = "de") =>
        TestLocalizer.InCulture(culture, () =>
            new GuessablePasswordValidator(TestLocalizer.Create()).ValidateAsync(null!, user ?? Amal(), password).GetAwaiter().GetResult());

    [Theory]
    [InlineData("password12")]
    [InlineData("1234567890a")]
    [InlineData("PASSWORD12")]
    [InlineData("qwertyuiop")]
    public void Validate_CommonPassword_IsRefusedWithAGermanMessage(string password)
    {
        var result = Validate(password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(GuessablePasswordValidator.CommonCode);
        result.Errors.Single().Description.ShouldStartWith("Dieses Passwort ist sehr verbreitet");
    }

    [Theory]
    [InlineData("amal.nasser@example.org")]
    [InlineData("amal.nasser-2026")]
    [InlineData("Nasser-Garten-7")]
    [InlineData("2026amalnasser")]
    [InlineData("AMAL-sommer-2026")]
    public void Validate_PasswordWithTheOwnNameOrAddress_IsRefused(string password)
    {
        var result = Validate(password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(GuessablePasswordValidator.PersonalCode);
    }

    [Theory]
    [InlineData("Hubs-Demo-2026")]
    [InlineData("Correct-Horse-42")]
    [InlineData("garten-2026-sommer")]
    [InlineData("Test-Passw0rd-2026")]
    [InlineData("Another-Horse-77")]
    public void Validate_UncommonPasswordWithoutTheOwnName_IsAccepted(string password) =>
        Validate(password).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_TheDemoPassword_IsAcceptedForEveryDemoAccount()
    {
        var people = DemoData.Accounts.Select(a => (a.Email, Name: a.DisplayName)).Concat(DemoData.Members.Select(m => (m.Email, m.Name)));
        foreach (var (email, name) in people)
        {
            var user = new ApplicationUser { Email = email, UserName = email, DisplayName = name };
            Validate(DemoData.Password, user).Succeeded.ShouldBeTrue(email);
        }
    }

    [Theory]
    [InlineData("en", "This password is very common")]
    [InlineData("ar", "كلمة المرور هذه شائعة")]
    [InlineData("uk", "Цей пароль дуже поширений")]
    public void Validate_CommonPassword_SaysSoInThePersonsLanguage(string culture, string start) =>
        Validate("password12", culture: culture).Errors.Single().Description.ShouldStartWith(start);
}
