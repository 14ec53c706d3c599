using System.Data;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Members;

/// <summary>What a coordinator's action on a membership came to: done, or refused with a resource key to show.</summary>
public sealed record MemberActionResult(string? RefusalKey)
{
    public const string ChangedMeanwhileKey = "Error.ChangedMeanwhile";
    public const string MemberNotFoundKey = "Members.Error.NotFound";

    public static MemberActionResult Done { get; } = new((string?)null);

    public bool Succeeded => RefusalKey is null;
}

/// <summary>
/// The one way a coordinator's action changes a membership: authorize, load the membership of the
/// current hub, check it against the <paramref name="version"/> the coordinator saw, apply the domain
/// rule, write the audit entries, save — all in one serializable transaction, so two coordinators
/// demoting each other at once cannot leave a hub without a coordinator.
/// </summary>
public sealed class MembershipChanges(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    /// <summary>An audit line to write: which action, and the roles or state it concerned (never names or emails).</summary>
    public readonly record struct Audited(string Action, string Detail);

    /// <param name="change">Applies the domain rule, given the hub's number of active coordinators; returns what to audit.</param>
    public async Task<MemberActionResult> RunAsync(Guid userId, uint version, Func<HubMembership, int, IReadOnlyList<Audited>> change, CancellationToken ct)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var actorId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            return await db.InTransactionAsync(async transaction =>
            {
                var membership = await db.HubMemberships.SingleOrDefaultAsync(m => m.UserId == userId, ct);
                if (membership is null)
                {
                    return new MemberActionResult(MemberActionResult.MemberNotFoundKey);
                }

                // Compare with the version the coordinator saw, not the one just read: a change made since
                // the list was loaded is refused by the database (xmin) instead of silently overwritten.
                db.Entry(membership).Property(m => m.Version).OriginalValue = version;
                var coordinators = await db.HubMemberships.CountAsync(m => m.State == MembershipState.Active && (m.Roles & HubRoles.Coordinator) != 0, ct);
                var audited = change(membership, coordinators);

                var now = time.GetUtcNow();
                foreach (var (action, detail) in audited)
                {
                    db.AuditEntries.Add(new AuditEntry
                    {
                        HubId = hub.Id, ActorUserId = actorId, At = now, Action = action,
                        EntityType = nameof(HubMembership), EntityId = userId.ToString(), Detail = detail,
                    });
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return MemberActionResult.Done;
            }, ct, IsolationLevel.Serializable);
        }
        catch (DomainException refused)
        {
            return new MemberActionResult(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MemberActionResult(MemberActionResult.ChangedMeanwhileKey);
        }
        catch (Exception ex) when (IsSerializationFailure(ex))
        {
            return new MemberActionResult(MemberActionResult.ChangedMeanwhileKey);
        }
    }

    /// <summary>PostgreSQL refused one of two overlapping transactions; EF wraps that in one or two layers.</summary>
    private static bool IsSerializationFailure(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A coordinator lets in a person who asked to join.</summary>
public sealed class ApproveMembership(MembershipChanges changes)
{
    public sealed record Command(Guid UserId, uint Version);

    public Task<MemberActionResult> HandleAsync(Command command, CancellationToken ct = default) =>
        changes.RunAsync(command.UserId, command.Version, (membership, _) =>
        {
            membership.Approve();
            return [new(AuditActions.MembershipApproved, membership.State.ToString())];
        }, ct);
}

/// <summary>A coordinator gives or takes the mentor and coordinator roles; the hub keeps at least one coordinator.</summary>
public sealed class SetMemberRoles(MembershipChanges changes)
{
    /// <param name="Roles">The roles the person should hold afterwards; plain membership is always kept.</param>
    public sealed record Command(Guid UserId, uint Version, HubRoles Roles);

    public Task<MemberActionResult> HandleAsync(Command command, CancellationToken ct = default) =>
        changes.RunAsync(command.UserId, command.Version, (membership, coordinators) =>
        {
            var before = membership.Roles;
            membership.SetRoles(HubRoleChange.OnlyAssignable(command.Roles), coordinators);
            var change = HubRoleChange.Between(before, membership.Roles);
            var audited = new List<MembershipChanges.Audited>();
            if (change.Granted != HubRoles.None)
            {
                audited.Add(new(AuditActions.RolesGranted, change.Granted.ToString()));
            }

            if (change.Revoked != HubRoles.None)
            {
                audited.Add(new(AuditActions.RolesRevoked, change.Revoked.ToString()));
            }

            return audited;
        }, ct);
}

/// <summary>A coordinator switches a membership off; the hub keeps at least one coordinator.</summary>
public sealed class DeactivateMembership(MembershipChanges changes)
{
    public sealed record Command(Guid UserId, uint Version);

    public Task<MemberActionResult> HandleAsync(Command command, CancellationToken ct = default) =>
        changes.RunAsync(command.UserId, command.Version, (membership, coordinators) =>
        {
            membership.Deactivate(coordinators);
            return [new(AuditActions.MembershipDeactivated, membership.State.ToString())];
        }, ct);
}

/// <summary>A coordinator switches a deactivated membership on again.</summary>
public sealed class ReactivateMembership(MembershipChanges changes)
{
    public sealed record Command(Guid UserId, uint Version);

    public Task<MemberActionResult> HandleAsync(Command command, CancellationToken ct = default) =>
        changes.RunAsync(command.UserId, command.Version, (membership, _) =>
        {
            membership.Reactivate();
            return [new(AuditActions.MembershipReactivated, membership.State.ToString())];
        }, ct);
}
