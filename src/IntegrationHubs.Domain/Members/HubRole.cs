namespace IntegrationHubs.Domain.Members;

/// <summary>Roles a person holds in one hub. A person can hold several at once.</summary>
[Flags]
public enum HubRoles
{
    None = 0,
    Member = 1,
    Mentor = 2,
    Coordinator = 4,
}

public enum MembershipState
{
    Invited = 0,
    Active = 1,
    Left = 2,

    /// <summary>Asked to join a hub that approves new members; waits for a coordinator.</summary>
    Requested = 3,

    /// <summary>Switched off by a coordinator; only a coordinator can switch it on again.</summary>
    Deactivated = 4,
}

/// <summary>Whether a hub takes new members at once or after a coordinator's approval.</summary>
public enum JoinPolicy
{
    Open = 0,
    ApprovalRequired = 1,
}

/// <summary>What a role lets a person do in a hub. Checked in handlers, not only in the UI.</summary>
public enum HubPermission
{
    ViewMemberArea,
    Mentor,
    Manage,
}

public static class HubAccessRules
{
    public static bool Allows(HubRoles roles, MembershipState state, HubPermission permission)
    {
        if (state != MembershipState.Active)
        {
            return false;
        }

        return permission switch
        {
            HubPermission.ViewMemberArea => roles != HubRoles.None,
            HubPermission.Mentor => (roles & (HubRoles.Mentor | HubRoles.Coordinator)) != 0,
            HubPermission.Manage => roles.HasFlag(HubRoles.Coordinator),
            _ => false,
        };
    }
}
