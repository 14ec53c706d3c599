using System.Security.Claims;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

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
public sealed class HubAuthorizer(IAuthorizationService authorization, AuthenticationStateProvider authentication, HubContext hubContext)
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

    public async Task<bool> IsNetworkAdminAsync() => (await GetUserAsync()).IsInRole(NetworkRoles.NetworkAdmin);
}
