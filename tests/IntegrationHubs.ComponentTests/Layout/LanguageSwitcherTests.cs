using IntegrationHubs.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.ComponentTests.Layout;

public sealed class LanguageSwitcherTests() : AppComponentContext("ar")
{
    [Fact]
    public void Renders_EveryLanguageInItsOwnName_AndMarksTheCurrentOne()
    {
        var cut = Render<LanguageSwitcher>();

        var buttons = cut.FindAll("button[name=culture]");
        buttons.Select(b => b.GetAttribute("value")).ShouldBe(["de", "en", "ar", "uk"]);
        buttons.Select(b => b.TextContent.Trim()).ShouldBe(["Deutsch", "English", "العربية", "Українська"]);
        buttons.Single(b => b.GetAttribute("aria-current") == "true").GetAttribute("value").ShouldBe("ar");
        cut.Find("form").GetAttribute("action").ShouldBe("/culture");
    }

    [Fact]
    public void ReturnUrl_KeepsThePage_ButDropsAnExplicitCulture()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/hubs/leipzig-ost?culture=ar&tab=events");

        var cut = Render<LanguageSwitcher>();

        cut.Find("input[name=returnUrl]").GetAttribute("value").ShouldBe("/hubs/leipzig-ost?tab=events");
    }
}
