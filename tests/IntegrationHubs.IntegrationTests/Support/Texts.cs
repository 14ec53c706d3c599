using System.Globalization;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>
/// The app's own resource strings in a given language, so assertions follow copy edits in the .resx
/// files while still proving which language the page was rendered in.
/// </summary>
public static class Texts
{
    public static string Get(HubsAppFactory app, string culture, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var text = app.Services.GetRequiredService<IStringLocalizer<Strings>>()[key, arguments];
            text.ResourceNotFound.ShouldBeFalse($"no resource {key}");
            return text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string German(HubsAppFactory app, string key, params object[] arguments) => Get(app, "de", key, arguments);
}
