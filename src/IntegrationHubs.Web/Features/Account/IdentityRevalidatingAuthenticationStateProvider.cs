using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;

namespace IntegrationHubs.Web.Features.Account;

/// <summary>
/// Re-checks the security stamp of a connected circuit every 30 seconds, so a deleted account, a reset
/// password or a removed role also ends the open circuits soon (HTTP requests check it on every request).
/// One primary-key read per circuit and interval; <see cref="SessionEndedReload"/> then takes the page to
/// sign-in.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IDbContextFactory<HubsDbContext> dbFactory,
        IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await SessionStamp.IsCurrentAsync(db, authenticationState.User, options.Value.ClaimsIdentity.SecurityStampClaimType, cancellationToken);
    }
}
