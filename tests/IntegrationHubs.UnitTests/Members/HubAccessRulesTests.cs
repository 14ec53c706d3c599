using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class HubAccessRulesTests
{
    [Theory]
    [InlineData(HubRoles.Member, HubPermission.ViewMemberArea, true)]
    [InlineData(HubRoles.Member, HubPermission.Manage, false)]
    [InlineData(HubRoles.Member | HubRoles.Mentor, HubPermission.Manage, false)]
    [InlineData(HubRoles.Member | HubRoles.Coordinator, HubPermission.Manage, true)]
    [InlineData(HubRoles.Coordinator, HubPermission.ViewMemberArea, true)]
    [InlineData(HubRoles.None, HubPermission.ViewMemberArea, false)]
    public void Allows_ActiveMembership_FollowsRoles(HubRoles roles, HubPermission permission, bool expected) =>
        HubAccessRules.Allows(roles, MembershipState.Active, permission).ShouldBe(expected);

    [Theory]
    [InlineData(MembershipState.Invited)]
    [InlineData(MembershipState.Left)]
    public void Allows_MembershipNotActive_GrantsNothing(MembershipState state)
    {
        foreach (var permission in Enum.GetValues<HubPermission>())
        {
            HubAccessRules.Allows(HubRoles.Member | HubRoles.Mentor | HubRoles.Coordinator, state, permission).ShouldBeFalse();
        }
    }

    [Fact]
    public void Membership_Allows_UsesItsOwnRolesAndState()
    {
        var membership = new HubMembership { Roles = HubRoles.Member | HubRoles.Coordinator, State = MembershipState.Active };

        membership.Allows(HubPermission.Manage).ShouldBeTrue();
        membership.State = MembershipState.Left;
        membership.Allows(HubPermission.Manage).ShouldBeFalse();
    }
}
