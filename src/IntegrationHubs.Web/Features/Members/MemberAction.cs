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
public sealed record MemberAction(MemberActionKind Kind, ListHubMembers.Row Member);
