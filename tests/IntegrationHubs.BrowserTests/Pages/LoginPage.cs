namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The sign-in form (/Account/Login).</summary>
public sealed class LoginPage(IPage page) : AppPage(page)
{
    public ILocator Email => Page.Locator("#email");

    public ILocator Password => Page.Locator("#password");

    public ILocator Submit => MainForm.Locator("button[type=submit]");

    public async Task<LoginPage> GotoAsync(string? culture = null)
    {
        await Page.GotoAsync(culture is null ? "/Account/Login" : $"/Account/Login?culture={culture}");
        return this;
    }

    /// <summary>Signs in and waits until the app has left the sign-in page (by default to the home page).</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase));
    }
}
