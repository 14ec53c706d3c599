namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>A hub's booking page (/hubs/{slug}/spaces): the week calendar and the booking form.</summary>
public sealed class BookSpacePage(IPage page) : AppPage(page)
{
    public ILocator Calendar => Page.Locator("main table.ih-calendar");

    public ILocator Purpose => Page.Locator("main input[data-testid=booking-purpose]");

    public ILocator Submit => Page.Locator("main [data-testid=booking-submit]");

    public ILocator Refusal => Page.Locator("main [data-testid=booking-refusal]");

    public ILocator Alternatives => Page.Locator("main [data-testid=booking-alternatives] button");

    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    /// <summary>Opens the page for one space and waits for the circuit, so clicks reach the interactive page.</summary>
    public async Task<BookSpacePage> GotoAsync(string slug, Guid spaceId, string culture)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/spaces?space={spaceId}&culture={culture}");
        await Expect(Calendar).ToBeVisibleAsync();
        return this;
    }

    /// <summary>
    /// Picks the free half hour starting at <paramref name="localStart"/>, paging the calendar forward a week if needed,
    /// and waits until the form shows it.
    /// </summary>
    public async Task PickAsync(DateTime localStart, string nextLabel)
    {
        var slot = $"{localStart:yyyy-MM-dd}T{localStart:HH\\:mm}";
        var cell = Page.Locator($"main button.ih-cal-free[data-slot='{slot}']");
        var form = Page.Locator($"main [data-testid=booking-form][data-picked='{slot}']");

        // Page forward by the days the calendar says it shows, never by whether the cell is there yet.
        for (var shown = await ShownDaysAsync(); DateOnly.FromDateTime(localStart) >= shown.From.AddDays(shown.Days); shown = await ShownDaysAsync())
        {
            var before = shown.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await Page.Locator("main button", new() { HasText = nextLabel }).First.ClickAsync();
            await Expect(Calendar).Not.ToHaveAttributeAsync("data-from", before);
        }

        await cell.ClickAsync();
        await Expect(form).ToHaveCountAsync(1);
    }

    private async Task<(DateOnly From, int Days)> ShownDaysAsync() =>
        (DateOnly.ParseExact(await Calendar.GetAttributeAsync("data-from") ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
         int.Parse(await Calendar.GetAttributeAsync("data-days") ?? "7", System.Globalization.CultureInfo.InvariantCulture));

    public async Task BookAsync(string purpose)
    {
        await Purpose.FillAsync(purpose);
        await Submit.ClickAsync();
    }
}

/// <summary>The coordinators' bookings page (/hubs/{slug}/manage/bookings): approval queue and space calendar.</summary>
public sealed class ManageBookingsPage(IPage page) : AppPage(page)
{
    public ILocator Queue => Page.Locator("main [data-testid=approval-queue]");

    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    public async Task<ManageBookingsPage> GotoAsync(string slug)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/manage/bookings");
        return this;
    }

    /// <summary>Approves the waiting booking whose purpose is <paramref name="purpose"/>.</summary>
    public async Task ApproveAsync(string purpose, string approveLabel)
    {
        var item = Queue.Locator(".mud-paper", new() { HasText = purpose });
        await item.Locator("button", new() { HasText = approveLabel }).ClickAsync();
    }
}
