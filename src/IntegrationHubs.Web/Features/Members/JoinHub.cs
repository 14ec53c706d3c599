using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Members;

/// <summary>A signed-in person joins the current hub (or asks to, where the hub approves members).</summary>
public sealed class JoinHub(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, HubAuthorizer authorizer, TimeProvider time)
{
    public enum Outcome
    {
        Joined,
        Requested,
        NeedsProfile,
    }

    public async Task<Outcome> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var hubId = hubContext.HubId ?? throw new NotFoundException();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Joining shares a profile with the hub: the person must have agreed to the current texts first.
        if (!await ConsentRecords.HasCurrentAsync(db, userId, ct))
        {
            return Outcome.NeedsProfile;
        }

        var hub = await db.Hubs.AsNoTracking().SingleAsync(h => h.Id == hubId, ct);
        if (!Domain.Hubs.HubStatusTransitions.IsPublic(hub.Status))
        {
            throw new NotFoundException();
        }

        var now = time.GetUtcNow();
        var membership = await db.HubMemberships.SingleOrDefaultAsync(m => m.UserId == userId, ct);
        var before = membership?.State;
        if (membership is null)
        {
            membership = new HubMembership { UserId = userId, State = MembershipState.Left };
            db.HubMemberships.Add(membership);
        }

        membership.Join(hub.JoinPolicy, now);
        if (membership.State != before)
        {
            db.AuditEntries.Add(AuditFor.Membership(hubId, userId, userId,
                membership.State == MembershipState.Active ? AuditActions.MembershipJoined : AuditActions.MembershipRequested, now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A double click raced us to the same membership: joining twice is the same as joining once.
        }

        return membership.State == MembershipState.Active ? Outcome.Joined : Outcome.Requested;
    }
}

/// <summary>A member leaves the current hub; the last coordinator cannot leave a hub without one.</summary>
public sealed class LeaveHub(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var hubId = hubContext.HubId ?? throw new NotFoundException();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var membership = await db.HubMemberships.SingleOrDefaultAsync(m => m.UserId == userId, ct);
        if (membership is null || membership.State is MembershipState.Left)
        {
            return;
        }

        var coordinators = await db.HubMemberships.CountAsync(m => m.State == MembershipState.Active && (m.Roles & HubRoles.Coordinator) != 0, ct);
        membership.Leave(coordinators);
        db.AuditEntries.Add(AuditFor.Membership(hubId, userId, userId, AuditActions.MembershipLeft, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}

internal static class AuditFor
{
    /// <summary>An entry about a membership: the member is named by id only, never by name or email.</summary>
    public static AuditEntry Membership(Guid hubId, Guid actorId, Guid memberId, string action, DateTimeOffset at, string? detail = null) => new()
    {
        HubId = hubId,
        ActorUserId = actorId,
        Action = action,
        EntityType = nameof(HubMembership),
        EntityId = memberId.ToString(),
        Detail = detail,
        At = at,
    };
}
