using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Initiatives;

public enum TeamMemberState
{
    Invited = 0,
    Accepted = 1,
}

/// <summary>
/// A person the team asked to join an initiative, and — once they accepted — a member of its team.
/// The creator is not a row here: they are on the team through <see cref="Initiative.CreatedByUserId"/>.
/// </summary>
public sealed class InitiativeTeamMember : IHubOwned
{
    public Guid HubId { get; set; }
    public Guid InitiativeId { get; set; }
    public Guid UserId { get; set; }
    public TeamMemberState State { get; set; } = TeamMemberState.Invited;

    /// <summary>Null once the inviting account has been deleted.</summary>
    public Guid? InvitedByUserId { get; set; }

    public DateTimeOffset InvitedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    public bool IsAccepted => State == TeamMemberState.Accepted;
}

/// <summary>The rules of an initiative's team: who may invite whom, answering, removing and leaving.</summary>
public static class InitiativeTeam
{
    /// <summary>The most people on one team, the creator and open invitations included.</summary>
    public const int MaxSize = 8;

    /// <summary>A declined or ended initiative no longer takes on people.</summary>
    public static bool IsOpen(Initiative initiative) =>
        initiative.Status is not (InitiativeStatus.Declined or InitiativeStatus.Ended);

    /// <summary>The people on the team now: the creator (unless they left or deleted their account) and the accepted members.</summary>
    public static IReadOnlyList<Guid> Members(Initiative initiative) =>
        initiative.Team.Where(m => m.IsAccepted).Select(m => m.UserId)
            .Prepend(initiative.CreatedByUserId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();

    /// <param name="inviteeIsActiveMember">Whether the invitee is an active member of the initiative's hub.</param>
    public static InitiativeTeamMember Invite(Initiative initiative, Guid inviterId, Guid inviteeId, bool inviteeIsActiveMember, DateTimeOffset now)
    {
        if (!initiative.IsTeam(inviterId))
        {
            throw new DomainException("Initiative.TeamOnly");
        }

        if (!IsOpen(initiative))
        {
            throw new DomainException("InitiativeTeam.Closed");
        }

        if (!inviteeIsActiveMember)
        {
            throw new DomainException("InitiativeTeam.NotActiveMember");
        }

        if (initiative.IsTeam(inviteeId) || initiative.Team.Any(m => m.UserId == inviteeId))
        {
            throw new DomainException("InitiativeTeam.AlreadyOnTeam");
        }

        if (Members(initiative).Count + initiative.Team.Count(m => !m.IsAccepted) >= MaxSize)
        {
            throw new DomainException("InitiativeTeam.Full");
        }

        var member = new InitiativeTeamMember
        {
            HubId = initiative.HubId, InitiativeId = initiative.Id, UserId = inviteeId, InvitedByUserId = inviterId, InvitedAt = now,
        };
        initiative.Team.Add(member);
        return member;
    }

    /// <summary>The invitee accepts: from now on they are on the team.</summary>
    public static InitiativeTeamMember Accept(Initiative initiative, Guid userId, DateTimeOffset now)
    {
        var invitation = OpenInvitation(initiative, userId);
        if (!IsOpen(initiative))
        {
            throw new DomainException("InitiativeTeam.Closed");
        }

        invitation.State = TeamMemberState.Accepted;
        invitation.AcceptedAt = now;
        return invitation;
    }

    /// <summary>The invitee declines: the invitation goes, and they may be asked again later.</summary>
    public static InitiativeTeamMember Decline(Initiative initiative, Guid userId)
    {
        var invitation = OpenInvitation(initiative, userId);
        initiative.Team.Remove(invitation);
        return invitation;
    }

    /// <summary>
    /// <paramref name="actorId"/> takes <paramref name="userId"/> off the team (or withdraws their invitation);
    /// when both are the same person, they leave. The creator leaves but is never removed by others,
    /// and a team is never left empty. Returns the row to delete, or null when the creator left.
    /// </summary>
    public static InitiativeTeamMember? Remove(Initiative initiative, Guid actorId, Guid userId)
    {
        if (!initiative.IsTeam(actorId))
        {
            throw new DomainException("Initiative.TeamOnly");
        }

        var leaving = actorId == userId;
        if (userId == initiative.CreatedByUserId)
        {
            if (!leaving)
            {
                throw new DomainException("InitiativeTeam.CreatorStays");
            }

            if (Members(initiative).Count <= 1)
            {
                throw new DomainException("InitiativeTeam.LastMember");
            }

            initiative.CreatorLeaves();
            return null;
        }

        var row = initiative.Team.SingleOrDefault(m => m.UserId == userId) ?? throw new DomainException("InitiativeTeam.NotOnTeam");
        if (row.IsAccepted && Members(initiative).Count <= 1)
        {
            throw new DomainException("InitiativeTeam.LastMember");
        }

        initiative.Team.Remove(row);
        return row;
    }

    private static InitiativeTeamMember OpenInvitation(Initiative initiative, Guid userId) =>
        initiative.Team.SingleOrDefault(m => m.UserId == userId && !m.IsAccepted) ?? throw new DomainException("InitiativeTeam.NoInvitation");
}
