using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Security;

/// <summary>The person holds a role in the hub that allows <see cref="Permission"/>.</summary>
public sealed class HubPermissionRequirement(HubPermission permission) : IAuthorizationRequirement
{
    public HubPermission Permission { get; } = permission;
}

/// <summary>
/// Decides hub permissions for pages (resource: the request or the route) and for handlers (resource:
/// a hub id). Network admins hold every hub permission.
/// </summary>
internal sealed class HubPermissionHandler(HubResolver resolver, IDbContextFactory<HubsDbContext> dbFactory)
    : AuthorizationHandler<HubPermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, HubPermissionRequirement requirement)
    {
        if (context.User.GetUserId() is not { } userId)
        {
            return;
        }

        if (context.User.IsInRole(NetworkRoles.NetworkAdmin))
        {
            context.Succeed(requirement);
            return;
        }

        var hubId = context.Resource switch
        {
            Guid id => id,
            HttpContext http => (await resolver.FindAsync(http.GetRouteValue("slug") as string))?.Id,
            Microsoft.AspNetCore.Components.RouteData route => (await resolver.FindAsync(SlugOf(route)))?.Id,
            _ => null,
        };
        if (hubId is null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var membership = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(m => m.HubId == hubId && m.UserId == userId);
        if (new HubAccess(userId, IsNetworkAdmin: false, membership).Allows(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>
    /// The page's {Slug}: a component's route values keep the template's spelling and, unlike
    /// HttpContext's, are not looked up case-insensitively.
    /// </summary>
    private static string? SlugOf(Microsoft.AspNetCore.Components.RouteData route) =>
        route.RouteValues.FirstOrDefault(value => string.Equals(value.Key, "slug", StringComparison.OrdinalIgnoreCase)).Value as string;
}
