namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The coordinators' events page (/hubs/{slug}/manage/events): the list, the new-event form with its weekly series.</summary>
public sealed class EventSeriesPage(IPage page) : AppPage(page)
{
    public ILocator Title => Page.Locator("main input[data-testid=event-title]");

    public ILocator Series => Page.Locator("main [data-testid=event-series]");

    public ILocator Plan => Page.Locator("main [data-testid=event-series-plan] li");

    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    public ILocator Events(string title) => Page.Locator("main [data-testid=managed-event]", new() { HasText = title });

    /// <summary>In the language named: a person's saved preference, which other journeys change, would win otherwise.</summary>
    public async Task<EventSeriesPage> GotoAsync(string slug, string culture)
    {
        await Page.RunAndWaitForWebSocketAsync(
            () => Page.GotoAsync($"/hubs/{slug}/manage/events?culture={culture}"),
            new() { Predicate = ws => ws.Url.Contains("/_blazor", StringComparison.Ordinal) });
        await Expect(Title).ToBeVisibleAsync();
        return this;
    }

    /// <summary>
    /// Ticks "repeat every week" until the series fields show: a click before the circuit took over does nothing (the
    /// checkbox toggles its own state in the circuit, so the prerendered box's look is no guide).
    /// </summary>
    public async Task RepeatWeeklyAsync(string repeatLabel)
    {
        var label = Page.Locator("main label", new() { HasText = repeatLabel }).First;
        for (var attempt = 0; ; attempt++)
        {
            await label.ClickAsync();
            try
            {
                await Expect(Series).ToBeVisibleAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 8)
            {
                // Not interactive yet: click again.
            }
        }
    }

    /// <summary>Writes a local date and times into the editable pickers (date, start, end — in that order on the form).</summary>
    public async Task WhenAsync(DateTime date, string start, string end)
    {
        var pickers = Page.Locator("main .mud-picker input");
        await FillAsync(pickers.Nth(0), date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await FillAsync(pickers.Nth(1), start);
        await FillAsync(pickers.Nth(2), end);
    }

    private static async Task FillAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }
}
