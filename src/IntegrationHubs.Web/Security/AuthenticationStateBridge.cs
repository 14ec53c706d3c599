using Microsoft.AspNetCore.Components.Authorization;

namespace IntegrationHubs.Web.Security;

public static class AuthenticationStateBridge
{
    /// <summary>
    /// Hands the request's user to the AuthenticationStateProvider for non-Blazor endpoints (APIs,
    /// downloads), so handlers ask one place for the current person whatever called them.
    /// </summary>
    public static void UseAuthenticationStateForEndpoints(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (context.RequestServices.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            {
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
            }

            await next(context);
        });
}
