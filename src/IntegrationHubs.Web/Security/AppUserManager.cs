using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationHubs.Web.Security;

/// <summary>
/// Identity's user manager, except that taking a network role away also renews the security stamp:
/// roles travel in the session cookie, so without it a removed admin would stay admin in every open
/// session until it is next refreshed. Hub roles are read from the database per request and need nothing.
/// </summary>
internal sealed class AppUserManager(
        IUserStore<ApplicationUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IPasswordHasher<ApplicationUser> passwordHasher,
        IEnumerable<IUserValidator<ApplicationUser>> userValidators,
        IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<ApplicationUser>> logger)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> RemoveFromRoleAsync(ApplicationUser user, string role)
    {
        var result = await base.RemoveFromRoleAsync(user, role);
        return result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
    }

    public override async Task<IdentityResult> RemoveFromRolesAsync(ApplicationUser user, IEnumerable<string> roles)
    {
        var result = await base.RemoveFromRolesAsync(user, roles);
        return result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
    }
}
