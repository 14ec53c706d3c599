using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class HubMembershipTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static HubMembership In(MembershipState state, HubRoles roles = HubRoles.Member) => new() { State = state, Roles = roles };

    [Theory]
    [InlineData(JoinPolicy.Open, MembershipState.Active)]
    [InlineData(JoinPolicy.ApprovalRequired, MembershipState.Requested)]
    public void Join_AfterLeaving_FollowsTheHubsPolicy(JoinPolicy policy, MembershipState expected)
    {
        var membership = In(MembershipState.Left, HubRoles.Member | HubRoles.Mentor);

        membership.Join(policy, Now);

        membership.State.ShouldBe(expected);
        membership.Roles.ShouldBe(HubRoles.Member);
        membership.JoinedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(MembershipState.Active)]
    [InlineData(MembershipState.Requested)]
    public void Join_Twice_IsHarmless(MembershipState state)
    {
        var membership = In(state, HubRoles.Member | HubRoles.Coordinator);
        membership.JoinedAt = Now.AddDays(-30);

        membership.Join(JoinPolicy.Open, Now);

        membership.State.ShouldBe(state);
        membership.Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
        membership.JoinedAt.ShouldBe(Now.AddDays(-30));
    }

    [Fact]
    public void Join_WhenDeactivated_IsRefused() =>
        Should.Throw<DomainException>(() => In(MembershipState.Deactivated).Join(JoinPolicy.Open, Now)).Code.ShouldBe("Membership.Deactivated");

    [Fact]
    public void SetRoles_RemovingTheLastCoordinator_IsRefused()
    {
        var membership = In(MembershipState.Active, HubRoles.Member | HubRoles.Coordinator);

        Should.Throw<DomainException>(() => membership.SetRoles(HubRoles.Member, activeCoordinators: 1)).Code.ShouldBe("Membership.LastCoordinator");
        membership.Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
    }

    [Fact]
    public void SetRoles_RemovingACoordinatorWhenOthersRemain_IsAllowed_AndKeepsMember()
    {
        var membership = In(MembershipState.Active, HubRoles.Member | HubRoles.Coordinator);

        membership.SetRoles(HubRoles.Mentor, activeCoordinators: 2);

        membership.Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
    }

    [Fact]
    public void Leave_AsLastCoordinator_IsRefused_ButAnyoneElseMayLeave()
    {
        Should.Throw<DomainException>(() => In(MembershipState.Active, HubRoles.Member | HubRoles.Coordinator).Leave(activeCoordinators: 1))
            .Code.ShouldBe("Membership.LastCoordinator");

        var member = In(MembershipState.Active);
        member.Leave(activeCoordinators: 1);
        member.State.ShouldBe(MembershipState.Left);
    }

    [Fact]
    public void Deactivate_LastCoordinator_IsRefused() =>
        Should.Throw<DomainException>(() => In(MembershipState.Active, HubRoles.Coordinator).Deactivate(1)).Code.ShouldBe("Membership.LastCoordinator");

    [Fact]
    public void Approve_OnlyAPendingRequest()
    {
        var pending = In(MembershipState.Requested);
        pending.Approve();
        pending.State.ShouldBe(MembershipState.Active);

        Should.Throw<DomainException>(() => In(MembershipState.Active).Approve()).Code.ShouldBe("Membership.NotRequested");
    }

    [Fact]
    public void SetRoles_OnAnInactiveMembership_IsRefused() =>
        Should.Throw<DomainException>(() => In(MembershipState.Requested).SetRoles(HubRoles.Mentor, 1)).Code.ShouldBe("Membership.NotActive");
}
