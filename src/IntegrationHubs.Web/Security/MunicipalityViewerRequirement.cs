using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Security;

/// <summary>
/// The person may see a municipality's aggregate figures: appointed for it (resource: its id) or for
/// any municipality (no resource); network admins see every municipality.
/// </summary>
public sealed class MunicipalityViewerRequirement : IAuthorizationRequirement;

internal sealed class MunicipalityViewerHandler(IDbContextFactory<HubsDbContext> dbFactory) : AuthorizationHandler<MunicipalityViewerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MunicipalityViewerRequirement requirement)
    {
        if (context.User.IsInRole(NetworkRoles.NetworkAdmin))
        {
            context.Succeed(requirement);
            return;
        }

        if (context.User.GetUserId() is not { } userId)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var appointed = context.Resource is Guid municipalityId
            ? await db.MunicipalityViewers.AnyAsync(v => v.UserId == userId && v.MunicipalityId == municipalityId)
            : await db.MunicipalityViewers.AnyAsync(v => v.UserId == userId);
        if (appointed)
        {
            context.Succeed(requirement);
        }
    }
}
