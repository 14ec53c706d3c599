using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.Web.Features.Members;

public enum MemberActionKind
{
    Approve,
    GrantMentor,
    RevokeMentor,
    GrantCoordinator,
    RevokeCoordinator,
    Deactivate,
    Reactivate,
}

/// <summary>What a coordinator chose for one row of the member list; the page turns it into a handler call.</summary>
public sealed record MemberAction(MemberActionKind Kind, ListHubMembers.Row Member)
{
    /// <summary>For a role toggle, the roles the person should hold afterwards; null for other actions.</summary>
    public HubRoles? NewRoles => Kind switch
    {
        MemberActionKind.GrantMentor => Member.Roles | HubRoles.Mentor,
        MemberActionKind.RevokeMentor => Member.Roles & ~HubRoles.Mentor,
        MemberActionKind.GrantCoordinator => Member.Roles | HubRoles.Coordinator,
        MemberActionKind.RevokeCoordinator => Member.Roles & ~HubRoles.Coordinator,
        _ => null,
    };
}
