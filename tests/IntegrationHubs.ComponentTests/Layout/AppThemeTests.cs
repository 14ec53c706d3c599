using IntegrationHubs.Web.Components.Layout;
using MudBlazor;

namespace IntegrationHubs.ComponentTests.Layout;

public sealed class AppThemeTests() : AppComponentContext("uk")
{
    [Fact]
    public void Buttons_AreWrittenAsTheirTextIs_NotInCapitals()
    {
        var cut = Render<MudThemeProvider>(p => p.Add(t => t.Theme, AppTheme.Theme));

        // MudBlazor's default writes every button in capitals ("ЗБЕРЕГТИ ПРОФІЛЬ", "ANMELDUNG BESTÄTIGEN").
        var css = cut.Markup;
        css.ShouldContain("--mud-typography-button-text-transform: none");
        css.ShouldNotContain("--mud-typography-button-text-transform: uppercase");
    }
}
