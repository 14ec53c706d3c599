namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The network home (/): hero and the list of hubs.</summary>
public sealed class HomePage(IPage page) : AppPage(page)
{
    public ILocator HubCards => Page.Locator("main .ih-card");

    public async Task<HomePage> GotoAsync(string? culture = null)
    {
        await Page.GotoAsync(culture is null ? "/" : $"/?culture={culture}");
        return this;
    }

    public async Task<RegisterPage> SignUpAsync()
    {
        await AppBar.SignUpLink.ClickAsync();
        await Page.WaitForURLAsync("**/Account/Register");
        return new RegisterPage(Page);
    }
}
