using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class HubRoleChangeTests
{
    [Theory]
    [InlineData(HubRoles.Member, HubRoles.Member | HubRoles.Mentor, HubRoles.Mentor, HubRoles.None)]
    [InlineData(HubRoles.Member | HubRoles.Mentor, HubRoles.Member | HubRoles.Coordinator, HubRoles.Coordinator, HubRoles.Mentor)]
    [InlineData(HubRoles.Member | HubRoles.Coordinator, HubRoles.Member, HubRoles.None, HubRoles.Coordinator)]
    [InlineData(HubRoles.Member | HubRoles.Mentor, HubRoles.Member | HubRoles.Mentor, HubRoles.None, HubRoles.None)]
    public void Between_NamesWhatWasGivenAndWhatWasTaken(HubRoles before, HubRoles after, HubRoles granted, HubRoles revoked)
    {
        var change = HubRoleChange.Between(before, after);

        change.Granted.ShouldBe(granted);
        change.Revoked.ShouldBe(revoked);
        change.IsEmpty.ShouldBe(granted == HubRoles.None && revoked == HubRoles.None);
    }

    [Fact]
    public void Between_NeverCountsPlainMembership()
    {
        // A membership that gains its member flag (older rows, imports) is not a role grant.
        HubRoleChange.Between(HubRoles.None, HubRoles.Member).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void OnlyAssignable_DropsEverythingButMentorAndCoordinator()
    {
        HubRoleChange.OnlyAssignable(HubRoles.Member | HubRoles.Mentor | (HubRoles)64).ShouldBe(HubRoles.Mentor);
    }
}
