namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>What every page of the app has: the document element, the app bar and one h1 in the main landmark.</summary>
public abstract class AppPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Html => Page.Locator("html");

    public ILocator Heading => Page.Locator("main h1");

    public AppBar AppBar => new(Page);

    /// <summary>The form of the page's content (not the app bar's sign-out or language forms).</summary>
    protected ILocator MainForm => Page.Locator("main form");

    /// <summary>
    /// Waits until the page's circuit has loaded and rendered it at the address now shown (the app keeps that address in
    /// <c>window.ihInteractiveAt</c>, which an enhanced navigation's merge of the document cannot wipe as it can an
    /// attribute): what is clicked, typed or ticked on the prerendered page, or while it still loads, is lost. Every journey
    /// waits for this once, instead of clicking again and again until something reacts.
    /// </summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForFunctionAsync(
            "() => window.ihInteractiveAt === location.pathname + location.search",
            null,
            new() { PollingInterval = 50 });

    /// <summary>
    /// Waits until the page shown is settled for reading: a static page at once, an interactive page (its prerendered
    /// HTML holds a server component's marker) once its circuit has loaded and rendered it.
    /// </summary>
    public static Task WaitForSettledAsync(IPage page) =>
        page.WaitForFunctionAsync(
            """
            () => !document.documentElement.outerHTML.includes('Blazor:{"type":"server"')
                || window.ihInteractiveAt === location.pathname + location.search
            """,
            null,
            new() { PollingInterval = 100 });

    /// <summary>Opens an interactive page at <paramref name="path"/> and waits until its circuit has loaded and rendered it.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    /// <summary>Opens the MudSelect <paramref name="select"/>, picks <paramref name="option"/> and waits until the field shows it.</summary>
    public static async Task PickOptionAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        // The chosen value shows in the select's (read-only) input, not in its text.
        await Expect(select.Locator("input").First).ToHaveValueAsync(option);
    }

    /// <summary>The space select of the event form on the coordinators' events page.</summary>
    protected ILocator EventSpaceSelect =>
        Page.Locator("main .mud-input-control:has([data-testid=event-space]), main .mud-input-control[data-testid=event-space]").First;

    /// <summary>Asserts the document's language and direction, e.g. ("ar", "rtl").</summary>
    public async Task ShouldBeInAsync(string language, string direction)
    {
        await Expect(Html).ToHaveAttributeAsync("lang", language);
        await Expect(Html).ToHaveAttributeAsync("dir", direction);
    }
}

/// <summary>The app bar: brand, navigation, hub switcher, language switcher and account menu.</summary>
public sealed class AppBar(IPage page)
{
    public ILocator Root => page.Locator("header.ih-appbar");

    public ILocator SignInLink => Root.Locator("a.ih-appbar-link");

    public ILocator SignUpLink => Root.Locator("a.ih-appbar-button");

    /// <summary>The account menu's summary, which shows the signed-in person's display name.</summary>
    public ILocator AccountMenu => Root.Locator("details.ih-menu-account > summary");

    public ILocator LanguageMenu => Root.Locator("details.ih-menu-language > summary");

    /// <summary>Opens the language menu and picks a language by its own name (e.g. "Українська"); the page reloads.</summary>
    public async Task SwitchLanguageAsync(string nativeName)
    {
        await LanguageMenu.ClickAsync();
        // Signed in, a form posts the choice to /culture; a visitor follows a link with ?culture=. Either reloads the page.
        var choice = Root.Locator(".ih-menu-language .ih-menu-list :is(button, a)", new() { HasText = nativeName });
        await Expect(choice).ToBeVisibleAsync();
        var before = await page.Locator("html").GetAttributeAsync("lang");
        await choice.ClickAsync();
        // Wait for the reloaded document.
        await page.WaitForFunctionAsync("lang => document.documentElement.lang !== lang", before);
    }
}
