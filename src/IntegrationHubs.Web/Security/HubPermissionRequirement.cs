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
            // Matched whatever the case: pages declare the parameter as {Slug}.
            Microsoft.AspNetCore.Components.RouteData route => (await resolver.FindAsync(
                route.RouteValues.FirstOrDefault(v => string.Equals(v.Key, "slug", StringComparison.OrdinalIgnoreCase)).Value as string))?.Id,
            _ => null,
        };
        if (hubId is null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var membership = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(m => m.HubId == hubId && m.UserId == userId);
        if (membership?.Allows(requirement.Permission) == true)
        {
            context.Succeed(requirement);
        }
    }
}
