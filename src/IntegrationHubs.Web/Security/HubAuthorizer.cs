using System.Security.Claims;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Security;

/// <summary>Thrown by handlers when the hub or record does not exist for this person; pages show 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException() : base("Not found.")
    {
    }

    public NotFoundException(string message) : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// The authorization check every handler makes before it reads or changes a hub's data. It uses the
/// same policy handler as the pages, so hiding a button is never the only guard.
/// </summary>
public sealed class HubAuthorizer(
    IAuthorizationService authorization, AuthenticationStateProvider authentication, HubContext hubContext, IDbContextFactory<HubsDbContext> dbFactory)
{
    public async Task<ClaimsPrincipal> GetUserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<Guid> RequireUserIdAsync() =>
        (await GetUserAsync()).GetUserId() ?? throw new NotFoundException();

    public async Task<bool> HasAsync(HubPermission permission)
    {
        if (hubContext.HubId is not { } hubId)
        {
            return false;
        }

        var result = await authorization.AuthorizeAsync(await GetUserAsync(), hubId, new HubPermissionRequirement(permission));
        return result.Succeeded;
    }

    /// <summary>Refuses with <see cref="NotFoundException"/>: a hub you have no part in looks like no hub at all.</summary>
    public async Task<ResolvedHub> RequireAsync(HubPermission permission)
    {
        if (hubContext.Hub is not { } hub || !await HasAsync(permission))
        {
            throw new NotFoundException();
        }

        return hub;
    }

    /// <summary>
    /// The person's standing in the current hub, read with one query: for screens that decide several
    /// things from it at once. Read per call, never cached, so a revoked role takes effect at once.
    /// </summary>
    public async Task<HubAccess> GetAccessAsync(CancellationToken ct = default)
    {
        var user = await GetUserAsync();
        if (user.GetUserId() is not { } userId || hubContext.HubId is not { } hubId)
        {
            return HubAccess.Anonymous;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var membership = await db.HubMemberships.AsNoTracking().SingleOrDefaultAsync(m => m.HubId == hubId && m.UserId == userId, ct);
        return new HubAccess(userId, user.IsInRole(NetworkRoles.NetworkAdmin), membership);
    }

    public async Task<bool> IsNetworkAdminAsync() => (await GetUserAsync()).IsInRole(NetworkRoles.NetworkAdmin);
}

/// <summary>Who the person is in one hub: decided by the same rule as <see cref="HubPermissionHandler"/>.</summary>
public sealed record HubAccess(Guid? UserId, bool IsNetworkAdmin, HubMembership? Membership)
{
    public static readonly HubAccess Anonymous = new(null, false, null);

    public bool Allows(HubPermission permission) =>
        UserId is not null && (IsNetworkAdmin || Membership?.Allows(permission) == true);
}
