using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Community;

/// <summary>
/// A member asks another member of the hub for a language tandem. Nothing the page sends is trusted beyond the partner
/// and the language: membership, directory opt-in, the language pairing, open tandems and the daily limit are all
/// checked here again, and <see cref="Tandem.Request"/> reruns the matcher.
/// </summary>
public sealed class RequestTandem(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time, Me.TagVocabularyStore vocabularies)
{
    public sealed record Command(Guid PartnerId, string Language);

    public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        var vocabulary = await vocabularies.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InTransactionAsync(async transaction =>
        {

            // Two clicks (or two tabs) must not both pass the limit or both open a tandem for the same pair: requests by
            // this person, and requests between these two people, take their turn.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(userId)})", ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(userId, command.PartnerId)})", ct);

            var requester = await TandemPeople.MemberAsync(db, userId, mustShowInDirectory: false, vocabulary, ct);
            var partner = await TandemPeople.MemberAsync(db, command.PartnerId, mustShowInDirectory: true, vocabulary, ct);
            // The limit is per person, so it counts their requests in every hub, read by their own id.
            var since = now.AddDays(-1);
            var requestsInLastDay = await db.Tandems.IgnoreQueryFilters([HubsDbContext.TenantFilter])
                .CountAsync(t => t.RequesterId == userId && t.CreatedAt > since, ct);
            var open = await TandemPeople.HaveOpenTandemAsync(db, userId, command.PartnerId, ct);

            var tandem = Tandem.Request(requester, partner, command.Language, requestsInLastDay, open, now);
            db.Tandems.Add(tandem);
            db.AuditEntries.Add(TandemAudit.Entry(hub.Id, userId, tandem, AuditActions.TandemRequested, now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return tandem.Id;
        }, ct);
    }

    private static long LockKey(Guid id) => BitConverter.ToInt64(id.ToByteArray(), 0) ^ BitConverter.ToInt64(id.ToByteArray(), 8);

    /// <summary>The same key whoever of the two asks.</summary>
    private static long LockKey(Guid one, Guid other) => ~(LockKey(one) ^ LockKey(other));
}

/// <summary>The partner accepts or declines a request; nobody else can.</summary>
public sealed class AnswerTandem(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task HandleAsync(Guid tandemId, bool accept, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tandem = await db.Tandems.SingleOrDefaultAsync(t => t.Id == tandemId, ct) ?? throw new NotFoundException();

        if (accept)
        {
            tandem.Accept(userId, now);
        }
        else
        {
            tandem.Decline(userId, now);
        }

        db.AuditEntries.Add(TandemAudit.Entry(hub.Id, userId, tandem, accept ? AuditActions.TandemAccepted : AuditActions.TandemDeclined, now));
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Either side ends a tandem (or withdraws a request).</summary>
public sealed class EndTandem(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task HandleAsync(Guid tandemId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tandem = await db.Tandems.SingleOrDefaultAsync(t => t.Id == tandemId, ct) ?? throw new NotFoundException();

        tandem.End(userId);
        db.AuditEntries.Add(TandemAudit.Entry(hub.Id, userId, tandem, AuditActions.TandemEnded, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}

internal static class TandemAudit
{
    /// <summary>An entry about a tandem, by ids only: never a name or a language pairing that could single someone out.</summary>
    public static AuditEntry Entry(Guid hubId, Guid actorId, Tandem tandem, string action, DateTimeOffset at) => new()
    {
        HubId = hubId,
        ActorUserId = actorId,
        Action = action,
        EntityType = nameof(Tandem),
        EntityId = tandem.Id.ToString(),
        At = at,
    };
}
