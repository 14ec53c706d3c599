using System.Globalization;
using System.Security.Claims;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Operations;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHubs.Web.Localization;

public static class LocalizationExtensions
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.Formatting(Cultures.Default));
            options.SupportedCultures = [.. Cultures.Supported.Select(Cultures.Formatting)];
            options.SupportedUICultures = [.. Cultures.Supported.Select(Cultures.Formatting)];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // ?culture= beats the language-switcher cookie, which beats the signed-in person's choice,
            // which beats the browser's Accept-Language; German when none of them names a language we have.
            // The account's choice is known only once sign-in is read: see UseAccountLanguage.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Cultures.QueryKey, UIQueryStringKey = Cultures.QueryKey },
                new CookieRequestCultureProvider { CookieName = Cultures.CookieName },
                new CustomRequestCultureProvider(context =>
                {
                    var preferred = context.User.FindFirst(AppClaims.PreferredCulture)?.Value;
                    return Task.FromResult(Cultures.IsSupported(preferred) ? new ProviderCultureResult(preferred) : null);
                }),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        // Signing in on a device writes the account's language into the culture cookie, so the person's stored choice
        // wins over one left on the device from before (by them as a visitor, or by someone else on a shared computer)
        // and the interactive circuit that follows speaks it too. A ?culture= on the sign-in request itself still wins.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var signedIn = cookie.Events.OnSignedIn;
            cookie.Events.OnSignedIn = async context =>
            {
                await signedIn(context);
                RememberAccountLanguage(context.HttpContext, context.Principal);
            };
        });
        return services;
    }

    /// <summary>
    /// The language for everyone, as far as it is known before sign-in is read (?culture=, the cookie, Accept-Language):
    /// the visitor cache that follows keys its copies by it. <see cref="UseAccountLanguage"/> completes it for the signed-in.
    /// </summary>
    public static void UseAppLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        // A ?culture= link also sets the cookie, so the interactive circuit that follows speaks the same language.
        app.Use(async (context, next) =>
        {
            var requested = context.Request.Query[Cultures.QueryKey].ToString();
            if (Cultures.IsSupported(requested) && context.Request.Cookies[Cultures.CookieName] is var cookie
                && cookie != CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(requested)))
            {
                AppendCultureCookie(context, requested);
            }

            await next(context);
        });
    }

    /// <summary>
    /// After authentication: the same choice again with the signed-in person's account language in its place (below
    /// ?culture= and the cookie, above Accept-Language), for pages and for the circuit's connection alike. Visitors,
    /// who have no account language, keep what <see cref="UseAppLocalization"/> chose and cost nothing more.
    /// </summary>
    public static void UseAccountLanguage(this WebApplication app) =>
        app.UseWhen(context => context.User.Identity?.IsAuthenticated == true, signedIn => signedIn.UseRequestLocalization());

    public static void MapLocalizationEndpoints(this WebApplication app)
    {
        // The language switcher posts here: remember the choice in a cookie (and on the account), then go back.
        app.MapPost("/culture", async ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context, UserManager<ApplicationUser> users) =>
        {
            if (!Cultures.IsSupported(culture))
            {
                culture = Cultures.Default;
            }

            AppendCultureCookie(context, culture);
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
            {
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
            }

            return Results.LocalRedirect(RequestValues.LocalUrl(returnUrl));
        }).ExcludeFromDescription(); // the language switcher's form target, not part of the API
    }

    private static void RememberAccountLanguage(HttpContext context, ClaimsPrincipal? principal)
    {
        var preferred = principal?.FindFirst(AppClaims.PreferredCulture)?.Value;
        if (Cultures.IsSupported(preferred) && !Cultures.IsSupported(context.Request.Query[Cultures.QueryKey].ToString())
            && context.Request.Cookies[Cultures.CookieName] != CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(preferred!)))
        {
            AppendCultureCookie(context, preferred!);
        }
    }

    internal static void AppendCultureCookie(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            Cultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture))),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
