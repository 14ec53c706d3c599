using System.Globalization;

namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The coordinators' events page (/hubs/{slug}/manage/events): the list and the form for a new event.</summary>
public sealed class ManageEventsPage(IPage page) : AppPage(page)
{
    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    public ILocator Events => Page.Locator("main [data-testid=managed-event]");

    public async Task<ManageEventsPage> GotoAsync(string slug)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/manage/events");
        await Expect(Page.Locator("main [data-testid=event-save]")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Fills the form in German formats and creates the event in the space named <paramref name="space"/>.</summary>
    public async Task CreateAsync(string title, string space, int capacity, DateTime localStart, DateTime localEnd, string createdMessage)
    {
        await Page.Locator("main input[data-testid=event-title]").FillAsync(title);
        await PickOptionAsync(Page, EventSpaceSelect, space);
        await FillAndLeaveAsync("main input[data-testid=event-capacity]", capacity.ToString(CultureInfo.InvariantCulture));
        await FillAndLeaveAsync("main [data-testid=event-date] input, main input[data-testid=event-date]", localStart.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await FillAndLeaveAsync("main [data-testid=event-start] input, main input[data-testid=event-start]", localStart.ToString("HH:mm", CultureInfo.InvariantCulture));
        await FillAndLeaveAsync("main [data-testid=event-end] input, main input[data-testid=event-end]", localEnd.ToString("HH:mm", CultureInfo.InvariantCulture));
        await Page.Locator("main [data-testid=event-save]").ClickAsync();
        await Expect(Snackbar).ToContainTextAsync(createdMessage);
    }

    private async Task FillAndLeaveAsync(string selector, string value)
    {
        var field = Page.Locator(selector).First;
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }
}

/// <summary>An event's page (/events/{id}): the facts and the RSVP form (a static page that posts back).</summary>
public sealed class EventPage(IPage page) : AppPage(page)
{
    public ILocator Message => Page.Locator("main [role=status]");

    public ILocator RsvpSection => Page.Locator("main section").Last;

    public ILocator CheckInLink => Page.Locator("main a[data-testid=event-check-in]");

    public async Task<EventPage> GotoAsync(Guid id, string? culture = null)
    {
        await Page.GotoAsync(culture is null ? $"/events/{id}" : $"/events/{id}?culture={culture}");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public Task RsvpAsync() => Page.Locator("main button[name=RsvpAction][value=rsvp]").ClickAsync();

    public Task WithdrawAsync() => Page.Locator("main button[name=RsvpAction][value=withdraw]").ClickAsync();
}

/// <summary>The check-in at the door (/hubs/{slug}/events/{id}/check-in), as an organiser's phone shows it.</summary>
public sealed class CheckInPage(IPage page) : AppPage(page)
{
    public ILocator Rows => Page.Locator("main [data-testid=door-row]");

    public ILocator Search => Page.Locator("main input[data-testid=door-search]");

    public ILocator CheckedIn => Page.Locator("main [data-testid=tally-checked-in]");

    public ILocator Present => Page.Locator("main [data-testid=tally-present]");

    public ILocator DoorState => Page.Locator("main [data-testid=door-state]");

    public async Task<CheckInPage> GotoAsync(string slug, Guid id)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/events/{id}/check-in");
        await Expect(Page.Locator("main [data-testid=door-tally]")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Types a name and waits until the list shows only the rows that match.</summary>
    public async Task SearchAsync(string name, int expectedRows)
    {
        await Search.FillAsync(name);
        await Expect(Rows).ToHaveCountAsync(expectedRows);
    }

    /// <summary>Ticks the person; pressed once, then waited for, so a slow answer is never taken for a lost click and unticked again.</summary>
    public async Task TickAsync(string name)
    {
        var tick = Rows.Filter(new() { HasText = name }).Locator("button[data-testid=door-tick]");
        await tick.ClickAsync();
        await Expect(tick).ToHaveAttributeAsync("aria-pressed", "true");
    }

    /// <summary>One more walk-in of a group (Newcomer, Resident, Unknown), waiting for the count the database gives back.</summary>
    public async Task AddWalkInAsync(string group)
    {
        var counter = Page.Locator($"main [data-testid=walk-in-{group}]");
        var before = int.Parse(await counter.Locator("[data-testid=walk-in-count]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await counter.Locator("button[data-testid=walk-in-add]").ClickAsync();
        await Expect(counter.Locator("[data-testid=walk-in-count]")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task CloseAsync()
    {
        await Page.Locator("main button[data-testid=door-close]").ClickAsync();
        await Page.Locator("main button[data-testid=door-close-yes]").ClickAsync();
    }
}
