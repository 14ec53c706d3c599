using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHubs.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/Account/Logout", async ([FromServices] SignInManager<ApplicationUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(IntegrationHubs.Web.Operations.RequestValues.LocalUrl(returnUrl));
        }).ExcludeFromDescription(); // a form's target, not part of the API
    }
}
