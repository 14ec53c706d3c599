using IntegrationHubs.Web.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace IntegrationHubs.Web.Components;

public static class UserInterfaceExtensions
{
    public static IServiceCollection AddUserInterface(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // MudBlazor's own labels (pager, breadcrumbs, steppers, pickers) from our resources, in the reader's language.
        services.AddTransient<MudLocalizer, AppMudLocalizer>();
        return services;
    }

    /// <summary>Public pages render as static HTML; pages marked InteractiveServer get a live circuit.</summary>
    public static void MapUserInterface(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}
