namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The sign-up form (/Account/Register), a static server-rendered form.</summary>
public sealed class RegisterPage(IPage page) : AppPage(page)
{
    public ILocator DisplayName => Page.Locator("#display-name");

    public ILocator Email => Page.Locator("#email");

    public ILocator Password => Page.Locator("#password");

    public ILocator ConfirmPassword => Page.Locator("#confirm-password");

    public ILocator Submit => MainForm.Locator("button[type=submit]");

    /// <summary>The validation message shown under a field, by the field's id.</summary>
    public ILocator ErrorFor(string fieldId) => Page.Locator($"#{fieldId}-error");

    public async Task<RegisterPage> GotoAsync(string? culture = null)
    {
        await Page.GotoAsync(culture is null ? "/Account/Register" : $"/Account/Register?culture={culture}");
        return this;
    }

    public async Task FillAsync(string displayName, string email, string password, string? confirmPassword = null)
    {
        await DisplayName.FillAsync(displayName);
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(confirmPassword ?? password);
    }

    /// <summary>Fills and submits the form and waits for the "check your mail" page.</summary>
    public async Task<RegisterConfirmationPage> RegisterAsync(string displayName, string email, string password)
    {
        await FillAsync(displayName, email, password);
        await Submit.ClickAsync();
        await Page.WaitForURLAsync("**/Account/RegisterConfirmation?**");
        return new RegisterConfirmationPage(Page);
    }
}

/// <summary>After sign-up: "we sent you a mail".</summary>
public sealed class RegisterConfirmationPage(IPage page) : AppPage(page)
{
    public ILocator Body => Page.Locator("main .mud-paper");
}
