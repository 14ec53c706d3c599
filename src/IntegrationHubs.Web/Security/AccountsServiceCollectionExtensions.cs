using System.Threading.RateLimiting;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account;
using IntegrationHubs.Web.Features.Account.Email;
using IntegrationHubs.Web.Features.Account.Passwords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace IntegrationHubs.Web.Security;

public static class AccountsServiceCollectionExtensions
{
    public const string AccountRateLimitPolicy = "account";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<SignInFailures>();
        services.AddSingleton<KnownBrowsers>();
        services.AddSingleton<PendingActions>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = ".IntegrationHubs.Session";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = AccountLimits.PasswordMinLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = AccountLimits.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = AccountLimits.LockoutDuration;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<HubsDbContext>()
            .AddUserManager<AppUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        // After AddSignInManager, so this one replaces Identity's 30-minute stamp check.
        services.AddScoped<ISecurityStampValidator, EveryRequestSecurityStampValidator>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.NetworkAdmin, p => p.RequireRole(NetworkRoles.NetworkAdmin))
            .AddPolicy(Policies.MunicipalityViewer, p => p.RequireAuthenticatedUser().AddRequirements(new MunicipalityViewerRequirement()))
            .AddPolicy(Policies.HubMember, p => p.RequireAuthenticatedUser().AddRequirements(new HubPermissionRequirement(HubPermission.ViewMemberArea)))
            .AddPolicy(Policies.HubCoordinator, p => p.RequireAuthenticatedUser().AddRequirements(new HubPermissionRequirement(HubPermission.Manage)));
        services.AddScoped<IAuthorizationHandler, HubPermissionHandler>();
        services.AddScoped<IAuthorizationHandler, MunicipalityViewerHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, HiddenHubAuthorizationResultHandler>();
        services.AddScoped<HubAuthorizer>();

        services.AddEmail(configuration, environment);

        // Sign-in, sign-up and reset forms are limited per client address; lockout covers one account.
        var permitsPerMinute = configuration.GetValue("RateLimits:AccountPostsPerMinute", 20);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsAccountPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("none"));
        });
        return services;
    }

    private static bool IsAccountPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase);

    public static void UseAccountRateLimits(this WebApplication app) => app.UseRateLimiter();
}
