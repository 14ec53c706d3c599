using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Invitations;

namespace IntegrationHubs.UnitTests.Invitations;

public sealed class InviteMemberFormValidatorTests
{
    private readonly InviteMemberForm.Validator _validator = new(TestLocalizer.Create());

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("olena")]
    [InlineData("olena@example")]
    [InlineData("olena @example.org")]
    [InlineData("olena@@example.org")]
    public void Email_Invalid_IsRefused(string? email) =>
        _validator.Validate(new InviteMemberForm { Email = email }).IsValid.ShouldBeFalse();

    [Fact]
    public void Email_LongerThanTheColumn_IsRefused()
    {
        var email = new string('a', HubInvitation.EmailMaxLength - "@example.org".Length + 1) + "@example.org";

        _validator.Validate(new InviteMemberForm { Email = email }).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Email_Valid_WithRoles_IsAccepted_AndMembershipIsAlwaysIncluded()
    {
        var form = new InviteMemberForm { Email = " olena@example.org ", Coordinator = true };

        _validator.Validate(form).IsValid.ShouldBeTrue();
        form.Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
    }
}
