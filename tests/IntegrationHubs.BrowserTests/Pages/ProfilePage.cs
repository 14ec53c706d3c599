namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The member profile (/me/profile): Interactive Server, MudBlazor selects, switch and checkbox.</summary>
public sealed class ProfilePage(IPage page) : AppPage(page)
{
    public ILocator LanguageRows => Page.Locator("main .ih-language-row");

    /// <summary>Goes there by <paramref name="navigate"/> and waits until the live form is loaded: before it, the prerendered form does not react to clicks.</summary>
    public async Task<ProfilePage> WaitUntilInteractiveAsync(Func<Task> navigate)
    {
        await navigate();
        await Page.WaitForURLAsync("**/me/profile**");
        await WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("main .mud-paper").First).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Adds a language row and picks the language and level by their shown names.</summary>
    public async Task AddLanguageAsync(string addButton, string language, string level)
    {
        var before = await LanguageRows.CountAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = addButton }).ClickAsync();
        await Expect(LanguageRows).ToHaveCountAsync(before + 1);
        var row = LanguageRows.Nth(before);
        await PickOptionAsync(Page, row.Locator(".mud-input-control").Nth(0), language);
        await PickOptionAsync(Page, row.Locator(".mud-input-control").Nth(1), level);
    }

    public async Task ShowInDirectoryAsync(string label) => await Page.GetByLabel(label).CheckAsync();

    public async Task ConsentAsync(string label) => await Page.GetByLabel(label).CheckAsync();

    public async Task SaveAsync(string saveButton) => await Page.GetByRole(AriaRole.Button, new() { Name = saveButton }).ClickAsync();
}
