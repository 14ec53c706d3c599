using IntegrationHubs.Web.Security;

namespace IntegrationHubs.Web.Features.Admin;

internal static class AdminGuard
{
    /// <summary>
    /// Refuses anyone but a network admin with <see cref="NotFoundException"/>, as hub handlers do:
    /// the page's policy is not the only guard. Returns the admin's user id for the audit log.
    /// </summary>
    public static async Task<Guid> RequireNetworkAdminAsync(this HubAuthorizer authorizer)
    {
        if (!await authorizer.IsNetworkAdminAsync())
        {
            throw new NotFoundException();
        }

        return await authorizer.RequireUserIdAsync();
    }
}
