using System.Globalization;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
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
            options.SetDefaultCulture(Cultures.Default)
                .AddSupportedCultures([.. Cultures.Supported])
                .AddSupportedUICultures([.. Cultures.Supported]);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // ?culture= beats the language-switcher cookie, which beats the signed-in person's choice,
            // which beats the browser's Accept-Language; German when none of them names a language we have.
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
        return services;
    }

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

            return Results.LocalRedirect(SafeLocalUrl(returnUrl));
        }).ExcludeFromDescription(); // the language switcher's form target, not part of the API
    }

    internal static void AppendCultureCookie(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            Cultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture))),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    internal static string SafeLocalUrl(string? url) =>
        string.IsNullOrEmpty(url) || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal)
            ? "/"
            : url;
}
