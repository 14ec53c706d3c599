using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Members;

/// <summary>The current hub's audit log, newest first, for its coordinators (and network admins).</summary>
public sealed class ListHubAudit(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public const int MaxPageSize = 100;

    public sealed record Query(int Page = 0, int PageSize = 25);

    /// <param name="Actor">Display name of who did it; null once that account is deleted.</param>
    /// <param name="Subject">Display name of the person a membership entry is about, when the account still exists.</param>
    public sealed record Line(long Id, DateTimeOffset At, string? Actor, string Action, string EntityType, string EntityId, string? Subject, string? Detail);

    public sealed record Result(IReadOnlyList<Line> Items, int Total);

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var pageIndex = Math.Max(query.Page, 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // The tenant filter limits audit entries to this hub (network-level entries have no hub and stay out).
        var entries = db.AuditEntries.AsNoTracking();
        var total = await entries.CountAsync(ct);
        var page = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .Select(a => new { a.Id, a.At, a.ActorUserId, a.Action, a.EntityType, a.EntityId, a.Detail })
            .ToListAsync(ct);

        var subjects = page.Where(a => a.EntityType == nameof(HubMembership)).Select(a => Guid.TryParse(a.EntityId, out var id) ? id : Guid.Empty);
        var people = page.Where(a => a.ActorUserId is not null).Select(a => a.ActorUserId!.Value).Concat(subjects).Where(id => id != Guid.Empty).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var lines = page.Select(a => new Line(
                a.Id, a.At,
                a.ActorUserId is { } actor ? names.GetValueOrDefault(actor) : null,
                a.Action, a.EntityType, a.EntityId,
                a.EntityType == nameof(HubMembership) && Guid.TryParse(a.EntityId, out var subject) ? names.GetValueOrDefault(subject) : null,
                a.Detail))
            .ToList();
        return new Result(lines, total);
    }
}
