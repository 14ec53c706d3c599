using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Members;

/// <summary>A person in a hub, with the roles they hold there.</summary>
public sealed class HubMembership : IHubOwned
{
    public Guid HubId { get; set; }
    public Guid UserId { get; set; }
    public HubRoles Roles { get; set; } = HubRoles.Member;
    public MembershipState State { get; set; } = MembershipState.Active;
    public DateTimeOffset JoinedAt { get; set; }

    public bool Allows(HubPermission permission) => HubAccessRules.Allows(Roles, State, permission);
}
