namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>My profile (/me): Interactive Server with MudBlazor form fields.</summary>
public sealed class MePage(IPage page) : AppPage(page)
{
    /// <summary>The first MudBlazor text field of the profile form: the display name.</summary>
    public ILocator DisplayName => Page.Locator("main .mud-input-control input").First;

    public ILocator HubList => Page.Locator("main .mud-list");

    public async Task<MePage> GotoAsync()
    {
        await GotoInteractiveAsync(Page, "/me");
        return this;
    }
}
