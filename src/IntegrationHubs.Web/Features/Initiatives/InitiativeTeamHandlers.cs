using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>Loads an initiative of the current hub that the person may see; anything else is "not found".</summary>
internal static class InitiativeAccess
{
    public static async Task<Initiative> LoadVisibleAsync(HubsDbContext db, Guid id, Guid userId, CancellationToken ct)
    {
        var initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == id, ct);
        return initiative is not null && initiative.IsVisibleTo(userId) ? initiative : throw new NotFoundException();
    }

    public static string Link(ResolvedHub hub, Guid id) => $"/hubs/{hub.Slug}/initiatives/{id}";

    /// <summary>The person's display name; "not found" when the account was deleted under an open session.</summary>
    public static async Task<string> NameAsync(HubsDbContext db, Guid userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? throw new NotFoundException();
}

/// <summary>The team looks for active members of its hub by display name, to invite them.</summary>
public sealed class SearchTeamCandidates(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public const int MinQueryLength = 2;
    public const int MaxResults = 10;

    public sealed record Candidate(Guid UserId, string DisplayName);

    public async Task<IReadOnlyList<Candidate>> HandleAsync(Guid initiativeId, string? query, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, initiativeId, userId, ct);
        // Names of the hub's members are for the team that is inviting, not for every member.
        if (!initiative.IsTeam(userId) || query is null || query.Trim().Length < MinQueryLength)
        {
            return [];
        }

        var pattern = "%" + query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var taken = initiative.Team.Select(m => m.UserId).Append(initiative.CreatedByUserId ?? Guid.Empty).ToList();
        return await db.HubMemberships.AsNoTracking()
            .Where(m => m.State == MembershipState.Active && !taken.Contains(m.UserId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName })
            .Where(u => EF.Functions.ILike(u.DisplayName, pattern))
            .OrderBy(u => u.DisplayName)
            .Take(MaxResults)
            .Select(u => new Candidate(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }
}

/// <summary>The team invites an active member of the hub; the invitee is notified and answers on the initiative's page.</summary>
public sealed class InviteTeamMember(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, Notifier notifier, TimeProvider time)
{
    public sealed record Command(Guid InitiativeId, Guid UserId);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, command.InitiativeId, userId, ct);
        // Memberships are filtered to this hub: a member of another hub is no member here.
        var isActiveMember = await db.HubMemberships.AnyAsync(m => m.UserId == command.UserId && m.State == MembershipState.Active, ct);
        try
        {
            var invited = InitiativeTeam.Invite(initiative, userId, command.UserId, isActiveMember, time.GetUtcNow());
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = userId, At = invited.InvitedAt, Action = AuditActions.InitiativeTeamInvited,
                EntityType = nameof(Initiative), EntityId = initiative.Id.ToString(), Detail = command.UserId.ToString(),
            });
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two team members inviting the same person at once: the key decides, one invitation stands.
            return InitiativeResult.Refused("InitiativeTeam.AlreadyOnTeam");
        }

        var inviter = await InitiativeAccess.NameAsync(db, userId, ct);
        await notifier.NotifyAsync([command.UserId], NotificationKinds.TeamInvitation, InitiativeAccess.Link(hub, initiative.Id), [inviter, initiative.Title], ct);
        return InitiativeResult.Done(initiative.Id);
    }
}

/// <summary>The invitee accepts (and is on the team from now on) or declines an invitation to a team.</summary>
public sealed class AnswerTeamInvitation(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, Notifier notifier, TimeProvider time)
{
    public sealed record Command(Guid InitiativeId, bool Accept);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, command.InitiativeId, userId, ct);
        var team = InitiativeTeam.Members(initiative);
        try
        {
            var now = time.GetUtcNow();
            if (command.Accept)
            {
                InitiativeTeam.Accept(initiative, userId, now);
                db.AuditEntries.Add(new AuditEntry
                {
                    HubId = hub.Id, ActorUserId = userId, At = now, Action = AuditActions.InitiativeTeamJoined,
                    EntityType = nameof(Initiative), EntityId = initiative.Id.ToString(),
                });
            }
            else
            {
                InitiativeTeam.Decline(initiative, userId);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }

        if (command.Accept)
        {
            var name = await InitiativeAccess.NameAsync(db, userId, ct);
            await notifier.NotifyAsync(team, NotificationKinds.TeamInvitationAccepted, InitiativeAccess.Link(hub, initiative.Id), [name, initiative.Title], ct);
        }

        return InitiativeResult.Done(initiative.Id);
    }
}

/// <summary>The team takes someone off the team or withdraws an invitation; a member leaves (then the user is themself).</summary>
public sealed class RemoveTeamMember(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public sealed record Command(Guid InitiativeId, Guid UserId);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, command.InitiativeId, userId, ct);
        try
        {
            InitiativeTeam.Remove(initiative, userId, command.UserId);
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = userId, At = time.GetUtcNow(), Action = AuditActions.InitiativeTeamLeft,
                EntityType = nameof(Initiative), EntityId = initiative.Id.ToString(), Detail = command.UserId.ToString(),
            });
            await db.SaveChangesAsync(ct);
            return InitiativeResult.Done(initiative.Id);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }
    }
}
