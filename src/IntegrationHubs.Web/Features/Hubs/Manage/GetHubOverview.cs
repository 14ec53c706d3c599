using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Hubs.Manage;

/// <summary>The coordinator's first screen: who is in the hub by role, how many tandems run, and what happened lately. Counts only, no names.</summary>
public sealed class GetHubOverview(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record AuditLine(DateTimeOffset At, string Action, string EntityType, string? Actor);

    public sealed record Result(string Name, string Slug, Domain.Hubs.HubStatus Status, int ActiveMembers, int Mentors, int Coordinators, int Invited, int ActiveTandems, IReadOnlyList<AuditLine> RecentActivity);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // The tenant filter scopes both queries to this hub; no hub id is repeated here.
        var memberships = await db.HubMemberships.AsNoTracking()
            .GroupBy(m => 1)
            .Select(g => new
            {
                Active = g.Count(m => m.State == MembershipState.Active),
                Mentors = g.Count(m => m.State == MembershipState.Active && (m.Roles & HubRoles.Mentor) != 0),
                Coordinators = g.Count(m => m.State == MembershipState.Active && (m.Roles & HubRoles.Coordinator) != 0),
                Invited = g.Count(m => m.State == MembershipState.Invited),
            })
            .SingleOrDefaultAsync(ct);
        var activeTandems = await db.Tandems.CountAsync(t => t.State == TandemState.Active, ct);
        // Tandems are the members' own business: coordinators see how many are active, not who asked whom.
        var recent = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType != nameof(Tandem))
            .OrderByDescending(a => a.At)
            .Take(10)
            .Select(a => new AuditLine(a.At, a.Action, a.EntityType, db.Users.Where(u => u.Id == a.ActorUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

        // On the hub's clock, as the audit log shows them: never the server's.
        recent = [.. recent.Select(line => line with { At = Clocks.On(line.At, hub.TimeZone) })];
        return new Result(hub.Name, hub.Slug, hub.Status, memberships?.Active ?? 0, memberships?.Mentors ?? 0, memberships?.Coordinators ?? 0, memberships?.Invited ?? 0, activeTandems, recent);
    }
}
