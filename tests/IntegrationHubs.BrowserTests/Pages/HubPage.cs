namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>A hub's public page (/hubs/{slug}), static HTML.</summary>
public sealed class HubPage(IPage page) : AppPage(page)
{
    public ILocator SectionHeadings => Page.Locator("main h2");

    public ILocator ManageButton => Page.Locator("main a[href$='/manage']");

    public async Task<HubPage> GotoAsync(string slug)
    {
        await Page.GotoAsync($"/hubs/{slug}");
        return this;
    }
}
