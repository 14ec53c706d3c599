using IntegrationHubs.Web.Features.Me;

namespace IntegrationHubs.UnitTests.Me;

public sealed class UpdateMyProfileValidatorTests
{
    private static readonly UpdateMyProfile.Validator Validator = new(TestLocalizer.Create());

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData(null)]
    public void Validate_SupportedOrNoCulture_IsAccepted(string? culture) =>
        Validator.Validate(new UpdateMyProfile.Command { DisplayName = "Olena", PreferredCulture = culture }).IsValid.ShouldBeTrue();

    [Fact]
    public void Validate_UnknownCulture_IsRefused() =>
        Validator.Validate(new UpdateMyProfile.Command { DisplayName = "Olena", PreferredCulture = "xx" }).Errors
            .Select(e => e.PropertyName).ShouldBe([nameof(UpdateMyProfile.Command.PreferredCulture)]);
}
