namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The cross-site dashboard at /dashboard: period picker, export links, the figures' tables and charts.</summary>
public sealed class DashboardPage(IPage page) : AppPage(page)
{
    public ILocator Cells(string state) => Page.Locator($"main td[data-state='{state}']");

    public ILocator PeriodShown => Page.Locator("main [data-testid=period-shown]");

    public async Task<DashboardPage> GotoAsync(string query = "")
    {
        await Page.RunAndWaitForWebSocketAsync(
            () => Page.GotoAsync($"/dashboard{query}"),
            new() { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal) });
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Picks a preset (by its German label) until the URL carries it — a click before the circuit took over is repeated.</summary>
    public async Task ChoosePresetAsync(string label, string urlPart)
    {
        var select = Page.Locator("main .mud-input-control", new() { HasText = "Zeitraum" }).First;
        for (var attempt = 0; ; attempt++)
        {
            await select.ClickAsync();
            try
            {
                await Page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).ClickAsync(new() { Timeout = 1_000 });
                await Page.WaitForURLAsync($"**{urlPart}**", new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 10)
            {
                // Not interactive yet, or the list was not open: try again.
            }
        }
    }

    /// <summary>Downloads the CSV export and returns its text.</summary>
    public async Task<(string FileName, string Text)> DownloadCsvAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("main a[data-testid=export-csv]").ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF'));
    }
}
