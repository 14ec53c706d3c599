namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>Where the link in the confirmation mail leads (/Account/ConfirmEmail?userId=…&amp;code=…).</summary>
public sealed class ConfirmEmailPage(IPage page) : AppPage(page)
{
    public ILocator Success => Page.Locator("main .mud-alert-filled-success, main .mud-alert-text-success");

    public ILocator SignInButton => Page.Locator("main a.ih-button[href^='/Account/Login']");

    public async Task<ConfirmEmailPage> GotoAsync(string link)
    {
        await Page.GotoAsync(link);
        return this;
    }

    public async Task<LoginPage> ContinueToSignInAsync()
    {
        await SignInButton.ClickAsync();
        await Page.WaitForURLAsync("**/Account/Login**");
        return new LoginPage(Page);
    }
}
