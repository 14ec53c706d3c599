namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>A hub's coordinator overview (/hubs/{slug}/manage): Interactive Server with MudBlazor.</summary>
public sealed class ManagePage(IPage page) : AppPage(page)
{
    public ILocator StatTiles => Page.Locator("main .ih-stat");

    public ILocator Breadcrumbs => Page.Locator("main .mud-breadcrumbs");

    public ILocator StatusChip => Page.Locator("main .mud-chip");

    /// <summary>Opens the page and waits until its circuit has loaded and rendered it, not only the prerendered HTML.</summary>
    public async Task<ManagePage> GotoAsync(string slug)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/manage");
        return this;
    }
}

/// <summary>The app's "page not found" page.</summary>
public sealed class NotFoundPage(IPage page) : AppPage(page)
{
    public ILocator HomeButton => Page.Locator("main a[href='/']");
}
