using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Hubs;

/// <summary>What the navigation shows a signed-in person: their hubs and roles, across hubs.</summary>
public sealed class GetMyNavigation(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record MyHub(string Slug, string Name, bool CanManage);

    public sealed record Result(bool SignedIn, string DisplayName, bool IsNetworkAdmin, bool IsMunicipalityViewer, IReadOnlyList<MyHub> Hubs, int UnreadNotifications = 0)
    {
        public static readonly Result Anonymous = new(false, "", false, false, []);
    }

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var user = await authorizer.GetUserAsync();
        if (user.GetUserId() is not { } userId)
        {
            return Result.Anonymous;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var isAdmin = user.IsInRole(NetworkRoles.NetworkAdmin);
        // Across hubs on purpose: a network admin sees every hub; anyone else their own memberships, by their own id.
        var hubs = isAdmin
            ? await db.Hubs.AsNoTracking().OrderBy(h => h.Name).Select(h => new { h.Slug, h.Name, Roles = HubRoles.Coordinator }).ToListAsync(ct)
            : await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
                .Where(m => m.UserId == userId && m.State == MembershipState.Active)
                .Join(db.Hubs, m => m.HubId, h => h.Id, (m, h) => new { h.Slug, h.Name, m.Roles })
                .OrderBy(x => x.Name)
                .ToListAsync(ct);
        var isViewer = await db.MunicipalityViewers.AnyAsync(v => v.UserId == userId, ct);
        // From the database, not the cookie: a name changed at /me shows at once.
        var displayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        // Across hubs on purpose: the badge counts the person's own unread notifications, by their own id.
        var unread = await db.Notifications.IgnoreQueryFilters([HubsDbContext.TenantFilter]).CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

        return new Result(
            true,
            displayName ?? "",
            isAdmin,
            isViewer,
            [.. hubs.Select(h => new MyHub(h.Slug, h.Name, HubAccessRules.Allows(h.Roles, MembershipState.Active, HubPermission.Manage)))],
            unread);
    }
}
