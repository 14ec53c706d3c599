namespace IntegrationHubs.Web.Security;

/// <summary>
/// The headers every response carries (pages, API, static files, errors, 404) and HTTPS outside Development.
/// See docs/decisions/0023-one-public-address.md.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this server (blazor.web.js, MudBlazor.min.js, the Swagger UI at /api), no inline script.
    /// Inline styles are allowed: MudBlazor writes style attributes and Blazor's reconnect dialog inserts a style element.
    /// connect-src 'self' covers Blazor Server's WebSocket to the same host. Nothing may frame the app, change its base
    /// or post its forms elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Same-origin only: reset, confirm and invitation links carry secrets in the address.</summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>The app uses none of these devices or APIs.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>No Server header (Kestrel names itself otherwise); HSTS for a year outside Development.</summary>
    public static void AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = false;
        });
    }

    /// <summary>First in the pipeline, so the headers are on every answer, including those of the error and 404 pages.</summary>
    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Set when the answer starts: the exception handler clears headers before it writes the error page.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
    }
}
