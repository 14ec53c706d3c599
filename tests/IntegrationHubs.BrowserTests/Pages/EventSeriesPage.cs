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
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/manage/events?culture={culture}");
        await Expect(Title).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Ticks "repeat every week" and waits for the series fields.</summary>
    public async Task RepeatWeeklyAsync(string repeatLabel)
    {
        await Page.Locator("main label", new() { HasText = repeatLabel }).First.ClickAsync();
        await Expect(Series).ToBeVisibleAsync();
    }

    /// <summary>Picks the space the event is held in, by its name.</summary>
    public Task InSpaceAsync(string name) => PickOptionAsync(Page, EventSpaceSelect, name);

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
