using System.Reflection;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Admin;

/// <summary>The whole network's audit log, newest first, for network admins: every hub's entries and the network-level ones.</summary>
public sealed class ListNetworkAudit(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public const int MaxPageSize = 100;

    /// <summary>Every audited action's stable name, for the action filter.</summary>
    public static readonly IReadOnlyList<string> Actions =
    [
        .. typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    /// <summary>Which entries to show by place: all, the network-level ones only, or one hub's.</summary>
    public enum Scope
    {
        All,
        Network,
        Hub,
    }

    /// <param name="HubId">The hub shown when <paramref name="Scope"/> is <see cref="Scope.Hub"/>.</param>
    /// <param name="Action">One of <see cref="AuditActions"/>; null for every action.</param>
    public sealed record Query(int Page = 0, int PageSize = 25, Scope Scope = Scope.All, Guid? HubId = null, string? Action = null);

    /// <param name="HubName">Null for a network-level entry.</param>
    /// <param name="Actor">Display name of who did it; null once that account is deleted.</param>
    public sealed record Line(long Id, DateTimeOffset At, Guid? HubId, string? HubName, string? Actor, string Action, string EntityType);

    public sealed record Result(IReadOnlyList<Line> Items, int Total);

    public sealed record HubOption(Guid Id, string Name);

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var pageIndex = Math.Max(query.Page, 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Across hubs on purpose: the network admin's log holds every hub's entries and the
        // network-level ones, which the tenant filter would hide outside a hub.
        var entries = db.AuditEntries.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking();
        entries = query.Scope switch
        {
            Scope.Network => entries.Where(a => a.HubId == null),
            Scope.Hub => entries.Where(a => a.HubId == query.HubId),
            _ => entries,
        };
        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }

        var total = await entries.CountAsync(ct);
        var page = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .Select(a => new { a.Id, a.At, a.HubId, a.ActorUserId, a.Action, a.EntityType })
            .ToListAsync(ct);

        var hubIds = page.Where(a => a.HubId is not null).Select(a => a.HubId!.Value).Distinct().ToList();
        var hubs = await db.Hubs.AsNoTracking().Where(h => hubIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Name, ct);
        var actorIds = page.Where(a => a.ActorUserId is not null).Select(a => a.ActorUserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var lines = page.Select(a => new Line(
                a.Id, a.At, a.HubId,
                a.HubId is { } hubId ? hubs.GetValueOrDefault(hubId) : null,
                a.ActorUserId is { } actor ? names.GetValueOrDefault(actor) : null,
                a.Action, a.EntityType))
            .ToList();
        return new Result(lines, total);
    }

    /// <summary>The hubs to filter by, by name.</summary>
    public async Task<IReadOnlyList<HubOption>> HubsAsync(CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Hubs.AsNoTracking().OrderBy(h => h.Name).Select(h => new HubOption(h.Id, h.Name)).ToListAsync(ct);
    }
}
