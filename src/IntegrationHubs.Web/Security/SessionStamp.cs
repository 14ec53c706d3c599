using System.Security.Claims;
using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrationHubs.Web.Security;

/// <summary>
/// Whether a session still belongs to a living account with the stamp it was issued under. Deleting the
/// account, resetting or changing the password and removing a network role change or remove the stamp,
/// so every other session ends at its next request. One primary-key read of one column: cheap enough to
/// do on every request (see docs/decisions/0024-sessions-and-sign-in-throttle.md).
/// </summary>
internal static class SessionStamp
{
    public static async Task<bool> IsCurrentAsync(HubsDbContext db, ClaimsPrincipal principal, string stampClaimType, CancellationToken ct = default)
    {
        if (principal.GetUserId() is not { } userId)
        {
            return false;
        }

        var stamp = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(ct);
        return stamp is not null && stamp == principal.FindFirstValue(stampClaimType);
    }
}

/// <summary>
/// Identity's validator re-reads the stamp only every 30 minutes; this one reads it on every request and
/// ends the session at once when it no longer matches. Identity's own (costlier) refresh of the claims
/// still runs at its interval, so a newly granted role shows without signing in again.
/// </summary>
internal sealed class EveryRequestSecurityStampValidator(
        IOptions<SecurityStampValidatorOptions> options,
        SignInManager<ApplicationUser> signInManager,
        ILoggerFactory logger,
        IDbContextFactory<HubsDbContext> dbFactory,
        IOptions<IdentityOptions> identityOptions)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        bool current;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(context.HttpContext.RequestAborted);
            current = context.Principal is { } principal
                && await SessionStamp.IsCurrentAsync(db, principal, identityOptions.Value.ClaimsIdentity.SecurityStampClaimType, context.HttpContext.RequestAborted);
        }
        catch (Exception) when (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The error page after a failure (often: the database is down, so this read fails too). It shows the person
            // nothing of theirs, so it renders as for a visitor rather than failing itself; the session stays as it is.
            context.RejectPrincipal();
            return;
        }

        if (!current)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        await base.ValidateAsync(context);
    }
}
