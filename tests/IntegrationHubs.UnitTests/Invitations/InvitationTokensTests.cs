using System.Resources;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Resources;

namespace IntegrationHubs.UnitTests.Invitations;

public sealed class InvitationTokensTests
{
    [Fact]
    public void Create_GivesAnUnguessableUrlSafeToken_AndItsSha256Hex()
    {
        var (token, hash) = InvitationTokens.Create();
        var (other, _) = InvitationTokens.Create();

        token.Length.ShouldBe(43);
        token.ShouldMatch("^[A-Za-z0-9_-]+$");
        other.ShouldNotBe(token);
        hash.ShouldMatch("^[0-9a-f]{64}$");
        hash.ShouldBe(InvitationTokens.Hash(token));
        hash.ShouldNotContain(token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void HashOrNull_ForInputNoLinkOfOursHolds_IsNull(string? token) =>
        InvitationTokens.HashOrNull(token).ShouldBeNull();

    [Fact]
    public void EveryStateAndRefusalOfTheInvitationPages_HasAMessage()
    {
        var resources = new ResourceManager(typeof(Strings));
        var keys = Enum.GetNames<InvitationState>().Select(s => $"Invitations.State.{s}")
            .Concat(["Invitations.Invalid", "Invitations.DailyLimit", "Invitation.Used", "Invitation.Expired"]);

        keys.Where(k => string.IsNullOrWhiteSpace(resources.GetString(k, System.Globalization.CultureInfo.InvariantCulture))).ShouldBeEmpty();
    }
}
