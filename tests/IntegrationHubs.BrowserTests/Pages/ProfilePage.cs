namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The member profile (/me/profile): Interactive Server, MudBlazor selects, switch and checkbox.</summary>
public sealed class ProfilePage(IPage page) : AppPage(page)
{
    public ILocator LanguageRows => Page.Locator("main .ih-language-row");

    /// <summary>Waits for the live connection: before it, the prerendered form does not react to clicks.</summary>
    public async Task<ProfilePage> WaitUntilInteractiveAsync(Func<Task> navigate)
    {
        await Page.RunAndWaitForWebSocketAsync(navigate, new() { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal) });
        await Page.WaitForURLAsync("**/me/profile**");
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
        await PickAsync(row.Locator(".mud-input-control").Nth(0), language);
        await PickAsync(row.Locator(".mud-input-control").Nth(1), level);
    }

    public async Task ShowInDirectoryAsync(string label) => await Page.GetByLabel(label).CheckAsync();

    public async Task ConsentAsync(string label) => await Page.GetByLabel(label).CheckAsync();

    public async Task SaveAsync(string saveButton) => await Page.GetByRole(AriaRole.Button, new() { Name = saveButton }).ClickAsync();

    private async Task PickAsync(ILocator select, string text)
    {
        await select.ClickAsync();
        await Page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = text, Exact = true }).ClickAsync();
        // The chosen value shows in the select's (read-only) input, not in its text.
        await Expect(select.Locator("input").First).ToHaveValueAsync(text);
    }
}
