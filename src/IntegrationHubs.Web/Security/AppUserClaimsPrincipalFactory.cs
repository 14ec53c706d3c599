using System.Security.Claims;
using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationHubs.Web.Security;

/// <summary>Adds the display name and preferred UI language to the sign-in cookie.</summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<Microsoft.AspNetCore.Identity.IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, Microsoft.AspNetCore.Identity.IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.PreferredCulture is { } culture)
        {
            identity.AddClaim(new Claim(AppClaims.PreferredCulture, culture));
        }

        return identity;
    }
}
