using IntegrationHubs.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.ComponentTests.Layout;

public sealed class LanguageSwitcherTests() : AppComponentContext("ar")
{
    [Fact]
    public void SignedIn_PostsTheChoice_EveryLanguageInItsOwnName_AndMarksTheCurrentOne()
    {
        AddAuthorization().SetAuthorized("Amal");

        var cut = Render<LanguageSwitcher>();

        var buttons = cut.FindAll("button[name=culture]");
        buttons.Select(b => b.GetAttribute("value")).ShouldBe(["de", "en", "ar", "uk"]);
        buttons.Select(b => b.TextContent.Trim()).ShouldBe(["Deutsch", "English", "العربية", "Українська"]);
        buttons.Single(b => b.GetAttribute("aria-current") == "true").GetAttribute("value").ShouldBe("ar");
        cut.Find("form").GetAttribute("action").ShouldBe("/culture");
    }

    [Fact]
    public void SignedIn_ReturnUrl_KeepsThePage_ButDropsAnExplicitCulture()
    {
        AddAuthorization().SetAuthorized("Amal");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/hubs/leipzig-ost?culture=ar&tab=events");

        var cut = Render<LanguageSwitcher>();

        cut.Find("input[name=returnUrl]").GetAttribute("value").ShouldBe("/hubs/leipzig-ost?tab=events");
    }

    [Fact]
    public void Visitor_GetsLinksToThisPageInEachLanguage_WithoutAForm()
    {
        AddAuthorization();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/hubs/leipzig-ost?culture=ar&tab=events");

        var cut = Render<LanguageSwitcher>();

        cut.FindAll("form").ShouldBeEmpty();
        var links = cut.FindAll("a[hreflang]");
        links.Select(a => a.GetAttribute("href")).ShouldBe([
            "/hubs/leipzig-ost?tab=events&culture=de", "/hubs/leipzig-ost?tab=events&culture=en",
            "/hubs/leipzig-ost?tab=events&culture=ar", "/hubs/leipzig-ost?tab=events&culture=uk"]);
        links.Single(a => a.GetAttribute("aria-current") == "true").GetAttribute("hreflang").ShouldBe("ar");
    }
}
