using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>What a change to an initiative came to: done (with the initiative's id), or refused with a resource key to show.</summary>
public sealed record InitiativeResult(Guid? Id, string? RefusalKey)
{
    public const string ChangedMeanwhileKey = "Error.ChangedMeanwhile";

    public static InitiativeResult Done(Guid id) => new(id, null);

    public static InitiativeResult Refused(string key) => new(null, key);

    public bool Succeeded => RefusalKey is null;
}

/// <summary>
/// The one way an initiative changes status: authorize, load it in the current hub, compare with the
/// version the person saw, apply the domain rule, record the transition and the audit entry, save.
/// </summary>
public sealed class InitiativeSteps(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, Notifier notifier, TimeProvider time)
{
    public async Task<InitiativeResult> MoveAsync(Guid id, uint version, InitiativeStatus to, string? comment, HubPermission permission, string auditAction, CancellationToken ct)
    {
        var hub = await authorizer.RequireAsync(permission);
        var userId = await authorizer.RequireUserIdAsync();
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null || !initiative.IsVisibleTo(userId))
        {
            throw new NotFoundException();
        }

        // A step decided on an older picture of the initiative is refused, not applied to the new one.
        if (initiative.Version != version)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }

        // And should it change between this read and the write, the database refuses the write (xmin).
        db.Entry(initiative).Property(i => i.Version).OriginalValue = version;
        try
        {
            var from = initiative.Status;
            var transition = initiative.MoveTo(to, new InitiativeActor(userId, initiative.IsTeam(userId), isCoordinator), comment, time.GetUtcNow());
            db.InitiativeTransitions.Add(transition);
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = userId, At = transition.At, Action = auditAction,
                EntityType = nameof(Initiative), EntityId = id.ToString(), Detail = $"{from} → {to}",
            });
            await db.SaveChangesAsync(ct);

            // The team hears of every step someone else took, with the coordinator's comment.
            await notifier.NotifyAsync(InitiativeTeam.Members(initiative).Where(member => member != userId), NotificationKinds.InitiativeStatusChanged,
                InitiativeAccess.Link(hub, id), [initiative.Title, Notifier.ResourcePrefix + $"Initiatives.Status.{to}", transition.Comment ?? ""], ct);
            return InitiativeResult.Done(id);
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

/// <summary>The team sends its draft, or its changed proposal, to the coordinators.</summary>
public sealed class SubmitInitiative(InitiativeSteps steps)
{
    public sealed record Command(Guid Id, uint Version, string? Comment = null);

    public Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default) =>
        steps.MoveAsync(command.Id, command.Version, InitiativeStatus.Submitted, command.Comment, HubPermission.ViewMemberArea, AuditActions.InitiativeSubmitted, ct);
}

/// <summary>A coordinator takes an initiative into review or decides on it, with a comment (a reason when declining).</summary>
public sealed class ReviewInitiative(InitiativeSteps steps)
{
    /// <param name="Version">The version of the initiative the coordinator looked at when deciding.</param>
    public sealed record Command(Guid Id, uint Version, InitiativeStatus To, string? Comment);

    public Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default) =>
        steps.MoveAsync(command.Id, command.Version, command.To, command.Comment, HubPermission.Manage, AuditActions.InitiativeReviewed, ct);
}
