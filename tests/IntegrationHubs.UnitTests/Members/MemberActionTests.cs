using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class MemberActionTests
{
    private static ListHubMembers.Row Row(HubRoles roles) =>
        new(Guid.NewGuid(), "Amal", "amal@example.org", roles, MembershipState.Active, DateTimeOffset.UnixEpoch, 1, []);

    [Theory]
    [InlineData(MemberActionKind.GrantMentor, HubRoles.Member | HubRoles.Coordinator, HubRoles.Member | HubRoles.Mentor | HubRoles.Coordinator)]
    [InlineData(MemberActionKind.RevokeMentor, HubRoles.Member | HubRoles.Mentor | HubRoles.Coordinator, HubRoles.Member | HubRoles.Coordinator)]
    [InlineData(MemberActionKind.GrantCoordinator, HubRoles.Member | HubRoles.Mentor, HubRoles.Member | HubRoles.Mentor | HubRoles.Coordinator)]
    [InlineData(MemberActionKind.RevokeCoordinator, HubRoles.Member | HubRoles.Coordinator, HubRoles.Member)]
    public void RoleToggles_ChangeOneRole_AndKeepTheOthers(MemberActionKind kind, HubRoles before, HubRoles after)
    {
        new MemberAction(kind, Row(before)).NewRoles.ShouldBe(after);
    }

    [Theory]
    [InlineData(MemberActionKind.Approve)]
    [InlineData(MemberActionKind.Deactivate)]
    [InlineData(MemberActionKind.Reactivate)]
    public void OtherActions_ChangeNoRoles(MemberActionKind kind)
    {
        new MemberAction(kind, Row(HubRoles.Member)).NewRoles.ShouldBeNull();
    }
}
