namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The cross-site dashboard at /dashboard: period picker, export links, the figures' tables and charts.</summary>
public sealed class DashboardPage(IPage page) : AppPage(page)
{
    public ILocator Cells(string state) => Page.Locator($"main td[data-state='{state}']");

    public ILocator PeriodShown => Page.Locator("main [data-testid=period-shown]");

    public async Task<DashboardPage> GotoAsync(string query = "")
    {
        await GotoInteractiveAsync(Page, $"/dashboard{query}");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Picks a preset (by its German label) and waits until the page has loaded the period at its new address.</summary>
    public async Task ChoosePresetAsync(string label, string urlPart)
    {
        await Page.Locator("main .mud-input-control", new() { HasText = "Zeitraum" }).First.ClickAsync();
        await Page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync($"**{urlPart}**");
        await WaitForInteractiveAsync(Page);
    }

    /// <summary>Downloads the CSV export and returns its text.</summary>
    public async Task<(string FileName, string Text)> DownloadCsvAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("main a[data-testid=export-csv]").ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF'));
    }
}
