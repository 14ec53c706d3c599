using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Members;

/// <summary>A person in a hub, with the roles they hold there and the state of their membership.</summary>
public sealed class HubMembership : IHubOwned
{
    public Guid HubId { get; set; }
    public Guid UserId { get; set; }
    public HubRoles Roles { get; set; } = HubRoles.Member;
    public MembershipState State { get; set; } = MembershipState.Active;
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>Optimistic concurrency: two coordinators changing one membership at once — one wins.</summary>
    public uint Version { get; set; }

    public bool Allows(HubPermission permission) => HubAccessRules.Allows(Roles, State, permission);

    /// <summary>
    /// Joining again is harmless: an active or pending membership stays as it is. A deactivated one
    /// is not reopened by its holder.
    /// </summary>
    public void Join(JoinPolicy policy, DateTimeOffset now)
    {
        switch (State)
        {
            case MembershipState.Active or MembershipState.Requested:
                return;
            case MembershipState.Deactivated:
                throw new DomainException("Membership.Deactivated");
            default:
                State = policy == JoinPolicy.Open ? MembershipState.Active : MembershipState.Requested;
                Roles = HubRoles.Member;
                JoinedAt = now;
                return;
        }
    }

    /// <param name="activeCoordinators">How many active coordinators the hub has now, this one included.</param>
    public void Leave(int activeCoordinators)
    {
        GuardLastCoordinator(activeCoordinators, HubRoles.Coordinator);
        State = MembershipState.Left;
        Roles = HubRoles.Member;
    }

    public void Approve()
    {
        if (State != MembershipState.Requested)
        {
            throw new DomainException("Membership.NotRequested");
        }

        State = MembershipState.Active;
    }

    public void Deactivate(int activeCoordinators)
    {
        GuardLastCoordinator(activeCoordinators, HubRoles.Coordinator);
        State = MembershipState.Deactivated;
    }

    public void Reactivate()
    {
        if (State != MembershipState.Deactivated)
        {
            throw new DomainException("Membership.NotDeactivated");
        }

        State = MembershipState.Active;
    }

    /// <summary>Sets the roles held besides plain membership; a hub never loses its last coordinator.</summary>
    public void SetRoles(HubRoles roles, int activeCoordinators)
    {
        if (State != MembershipState.Active)
        {
            throw new DomainException("Membership.NotActive");
        }

        var removed = Roles & ~roles;
        GuardLastCoordinator(activeCoordinators, removed);
        Roles = roles | HubRoles.Member;
    }

    private void GuardLastCoordinator(int activeCoordinators, HubRoles losing)
    {
        if (State == MembershipState.Active && Roles.HasFlag(HubRoles.Coordinator) && losing.HasFlag(HubRoles.Coordinator) && activeCoordinators <= 1)
        {
            throw new DomainException("Membership.LastCoordinator");
        }
    }
}
