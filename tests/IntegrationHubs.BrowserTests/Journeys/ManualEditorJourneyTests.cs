using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The network admin adds a space type to the spatial programme: a wrong capacity is shown at its field with everything
/// typed kept (also when another version is clicked by mistake), the fix saves the next version — checked with axe in
/// German, in Arabic and on a phone-sized screen.
/// </summary>
public sealed class ManualEditorJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Admin_AddsASpaceType_SeesABadCapacityAtItsField_FixesIt_AndSavesTheNextVersion()
    {
        var login = await new LoginPage(Page).GotoAsync();
        await login.SignInAsync("admin@example.org", DemoPassword);
        await AppPage.GotoInteractiveAsync(Page, "/admin/manual");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Handbuch-Vorlagen");

        // The newest version of the spatial programme: the first button under its heading.
        var newestSpatial = Page.Locator("ul.ih-manual-versions").First.Locator("button").First;
        var versionName = await newestSpatial.TextContentAsync();
        // One click on the live page: a repeated click loaded the version again and that second load, arriving late,
        // replaced the form with the entry added meanwhile.
        await newestSpatial.ClickAsync();
        await Expect(newestSpatial).ToHaveAttributeAsync("aria-current", "true");
        await Expect(Page.Locator("fieldset.ih-manual-spacetype").First).ToBeVisibleAsync();
        var entries = Page.Locator("fieldset.ih-manual-spacetype");
        var before = await entries.CountAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Raumart hinzufügen" }).ClickAsync();
        await Expect(entries).ToHaveCountAsync(before + 1);
        var added = entries.Nth(before);
        await added.Locator(".ih-manual-name-de input").FillAsync("Nähstube");
        await added.Locator(".ih-manual-name-en input").FillAsync("Sewing room");
        await added.Locator(".ih-manual-capacity input").FillAsync("0");
        await added.Locator(".ih-manual-capacity input").PressAsync("Tab");
        await Page.Locator("button.ih-manual-save").ClickAsync();

        await Expect(added.Locator(".ih-manual-capacity")).ToContainTextAsync("Die Kapazität liegt zwischen 1 und 2000 Personen.");
        await Expect(added.Locator(".ih-manual-name-de input")).ToHaveValueAsync("Nähstube");
        await Check.AccessibleAndCapturedAsync("de-manual-editor-refused");

        // The message below the save button links to the entry; following it keeps the page and what was typed.
        await Page.Locator(".ih-manual-check .ih-manual-flawed a", new() { HasText = "Raumart" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/manual#ih-manual-spacetypes-\\d+$"));
        await Expect(added.Locator(".ih-manual-name-de input")).ToHaveValueAsync("Nähstube");
        await Expect(added.Locator(".ih-manual-capacity input")).ToHaveValueAsync("0");

        // Picking another version now would lose the edit: the page asks first, and "keep editing" keeps it.
        await Page.Locator("ul.ih-manual-versions").Nth(1).Locator("button").First.ClickAsync();
        await Expect(Page.Locator(".ih-manual-discard")).ToContainTextAsync("Ihre Änderungen sind noch nicht gespeichert.");
        await Page.Locator("button.ih-manual-discard-no").ClickAsync();
        await Expect(Page.Locator(".ih-manual-discard")).ToHaveCountAsync(0);
        await Expect(added.Locator(".ih-manual-name-de input")).ToHaveValueAsync("Nähstube");

        await Page.SetViewportSizeAsync(390, 844);
        await Check.AccessibleAndCapturedAsync("de-manual-editor-phone");
        await Page.SetViewportSizeAsync(1280, 800);

        await added.Locator(".ih-manual-capacity input").FillAsync("8");
        await added.Locator(".ih-manual-capacity input").PressAsync("Tab");
        await Page.Locator("button.ih-manual-save").ClickAsync();

        // The saved version is now the one shown: its button is current and not the one we started from.
        var current = Page.Locator("ul.ih-manual-versions").First.Locator("button[aria-current=true]");
        await Expect(current).Not.ToHaveTextAsync(versionName ?? "");
        await Expect(Page.Locator("fieldset.ih-manual-spacetype")).ToHaveCountAsync(before + 1);
        await Expect(Page.Locator("main")).ToContainTextAsync("Nähstube: etwa 30 m², bis 8 Personen");

        await AppPage.GotoInteractiveAsync(Page, "/admin/manual?culture=ar");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Page.Locator("ul.ih-manual-versions").First.Locator("button").First.ClickAsync();
        await Expect(Page.Locator("fieldset.ih-manual-spacetype").First).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("ar-manual-editor");
    }
}
