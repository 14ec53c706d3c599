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
        // Every interactive page is a root of its own: the layout's MudRTLProvider cascades nothing into it, so MudBlazor's
        // components there (select menus, pickers) placed their popovers left to right in Arabic, away from their field.
        // A root-level cascading value reaches every root; the circuit's culture is the one its connection was opened in.
        services.AddCascadingValue("RightToLeft", _ => Cultures.IsRightToLeft(System.Globalization.CultureInfo.CurrentUICulture));
        // MudBlazor's own labels (pager, breadcrumbs, steppers, pickers) from our resources, in the reader's language.
        services.AddTransient<MudLocalizer, AppMudLocalizer>();
        return services;
    }

    /// <summary>Public pages render as static HTML; pages marked InteractiveServer get a live circuit.</summary>
    public static void MapUserInterface(this WebApplication app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
}
