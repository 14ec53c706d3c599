using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class HubInvitationTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static HubInvitation Invitation() => new()
    {
        Email = "new@example.org", TokenHash = new string('0', 64), CreatedAt = Created, ExpiresAt = Created + HubInvitation.ValidFor,
    };

    [Fact]
    public void Accept_BeforeExpiry_RecordsWhoAndWhen()
    {
        var invitation = Invitation();
        var user = Guid.NewGuid();

        invitation.Accept(user, Created.AddDays(1));

        invitation.AcceptedByUserId.ShouldBe(user);
        invitation.IsOpen(Created.AddDays(2)).ShouldBeFalse();
    }

    [Fact]
    public void Accept_Twice_IsRefused()
    {
        var invitation = Invitation();
        invitation.Accept(Guid.NewGuid(), Created.AddDays(1));

        Should.Throw<DomainException>(() => invitation.Accept(Guid.NewGuid(), Created.AddDays(1))).Code.ShouldBe("Invitation.Used");
    }

    [Fact]
    public void Accept_AtOrAfterExpiry_IsRefused() =>
        Should.Throw<DomainException>(() => Invitation().Accept(Guid.NewGuid(), Created + HubInvitation.ValidFor)).Code.ShouldBe("Invitation.Expired");
}
