using System.Reflection;
using System.Text;
using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// Every page of the app on a small phone (360 × 740), in German (long compound words) and in Arabic (right to left), as a
/// visitor, a member and a coordinator: nothing makes the page scroll sideways. The pages are the app's own routes, read
/// from its components, so a new page is checked without anyone adding it here. Plus booking a slot on a phone in Arabic.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>
    /// Null when the page does not scroll sideways; otherwise the width it needs and the outermost elements that stick out
    /// of the viewport (an element inside its own scrolling container does not count: that container scrolls, not the page).
    /// </summary>
    private const string OverflowScript =
        """
        () => {
            const width = window.innerWidth;
            const needed = document.documentElement.scrollWidth;
            const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
            if (needed <= width) return null;
            const clipped = el => {
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if (o !== 'visible') return true;
                }
                return false;
            };
            const name = el => {
                let s = el.tagName.toLowerCase();
                if (el.id) s += '#' + el.id;
                for (const c of el.classList) s += '.' + c;
                const testid = el.getAttribute('data-testid');
                if (testid) s += `[data-testid=${testid}]`;
                return s;
            };
            const path = el => {
                const parts = [];
                for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e));
                return parts.join(' > ');
            };
            const out = [...document.querySelectorAll('body *')].filter(el => {
                const r = el.getBoundingClientRect();
                // A closed menu's list has a box but is not shown (content-visibility): not what scrolls the page.
                // The page scrolls towards its end only: right in LTR, left in RTL (a box parked far off the start does not count).
                return r.width > 1 && (rtl ? r.left < -0.5 : r.right > width + 0.5) && el.checkVisibility() && !clipped(el);
            });
            let outermost = out.filter(el => !out.includes(el.parentElement));
            if (outermost.length === 0) {
                // Nothing shown sticks out: name what does, hidden or inside a scroller, furthest first.
                const past = [...document.querySelectorAll('body *')].filter(el => {
                    const r = el.getBoundingClientRect();
                    return rtl ? r.left < -0.5 : r.right > width + 0.5;
                });
                outermost = past.filter(el => !past.includes(el.parentElement));
                // And the element whose removal ends the sideways scrolling, found by hiding subtrees (restored after).
                let node = document.body;
                for (let found = true; found;) {
                    found = false;
                    for (const child of node.children) {
                        const before = child.style.display;
                        child.style.display = 'none';
                        const fixed = document.documentElement.scrollWidth <= width;
                        child.style.display = before;
                        if (fixed) { node = child; found = true; break; }
                    }
                }
                if (node !== document.body) outermost.unshift(node);
            }
            return `scrollWidth ${needed} > innerWidth ${width}: ` + outermost.slice(0, 6).map(el => {
                const r = el.getBoundingClientRect();
                const flags = (el.checkVisibility() ? '' : ' (hidden)') + (clipped(el) ? ' (in a scroller)' : '');
                return `${path(el)}${flags} [${Math.round(r.left)}..${Math.round(r.right)}] "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
            }).join(' | ');
        }
        """;

    public static TheoryData<string, string> Visitors => new()
    {
        { "de", "-" },
        { "ar", "-" },
        { "de", "amal@example.org" },
        { "ar", "amal@example.org" },
        { "de", "coordinator.ost@example.org" },
        { "ar", "coordinator.ost@example.org" },
    };

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryPage_At360px_HasNoSidewaysScrolling(string culture, string account)
    {
        await Page.SetViewportSizeAsync(360, 740);
        if (account != "-")
        {
            var login = await new LoginPage(Page).GotoAsync(culture);
            await login.SignInAsync(account, DemoPassword);
        }

        var ids = await DemoIdsAsync();
        var (routes, skipped) = Routes(ids);
        Output.WriteLine($"{routes.Count} pages, skipped: {string.Join(", ", skipped)}");
        skipped.ShouldBeEmpty("every route parameter of the app should be fillable from the demo data");

        var failures = new StringBuilder();
        foreach (var (template, path) in routes)
        {
            await Page.GotoAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={culture}");
            try
            {
                await AppPage.WaitForSettledAsync(Page);
            }
            catch (TimeoutException)
            {
                Output.WriteLine($"{template}: did not settle; measured as it is");
            }

            Output.WriteLine($"{template}: {Page.Url} scrollWidth {await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")}");
            if (await Page.EvaluateAsync<string?>(OverflowScript) is { } overflow)
            {
                var shot = $"phone-{culture}-{(account == "-" ? "visitor" : account.Split('@')[0].Replace('.', '-'))}{template.Replace('/', '-').Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace(':', '-')}";
                await Check.CaptureAsync(shot);
                failures.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture, $"{template} ({Page.Url}): {overflow}");
            }
        }

        failures.ToString().ShouldBeEmpty($"pages scroll sideways at 360 px ({culture}, {account}):");
    }

    /// <summary>A member books on a phone in Arabic: one day at a time, the form after the slot, the success in view; then cancels and undoes it.</summary>
    [Fact]
    public async Task MemberBooksOnAPhoneInArabic_WithTheDayView_AndSeesTheSuccess()
    {
        await Page.SetViewportSizeAsync(390, 844);
        var (spaceId, _) = await TestSpaces.CreateAsync(Fixture.App, "leipzig-ost", "Telefonraum", SpaceType.CoWorking, 6,
            new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.FromHours(1), MaxDuration = TimeSpan.FromHours(3), HorizonDays = 30 },
            new TimeOnly(8, 0), new TimeOnly(22, 0));
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).Date).AddDays(3);

        var login = await new LoginPage(Page).GotoAsync("ar");
        await login.SignInAsync("amal@example.org", DemoPassword);
        var booking = await new PhoneBookingPage(Page).GotoAsync("leipzig-ost", spaceId, "ar");
        await booking.ShouldBeInAsync("ar", "rtl");

        // One day, not the week; the week's table is not shown on a phone.
        await Expect(booking.DayView).ToBeVisibleAsync();
        await Expect(booking.WeekTable).ToBeHiddenAsync();
        await Check.CaptureAsync("phone-ar-book-day");
        (await Page.EvaluateAsync<string?>(OverflowScript)).ShouldBeNull();

        // Three days on with the next-day button, then a free slot at 18:00.
        await booking.GoToDayAsync(day);
        await booking.PickAsync(day.ToDateTime(new TimeOnly(18, 0)));

        // The form comes after the slot in reading order.
        (await booking.FormFollowsDayViewAsync()).ShouldBeTrue("the booking form should come after the day's slots");
        await booking.Purpose.FillAsync("دروس خصوصية");
        await booking.Submit.ClickAsync();

        await Expect(booking.Success).ToBeVisibleAsync();
        await Expect(booking.Success).ToContainTextAsync("تم");
        await Expect(booking.Success).ToBeInViewportAsync();
        await Expect(booking.Success).ToBeFocusedAsync();
        await Check.AccessibleAndCapturedAsync("phone-ar-book-success");
        (await Page.EvaluateAsync<string?>(OverflowScript)).ShouldBeNull();

        (await StatusesAsync(spaceId)).ShouldBe([BookingStatus.Confirmed]);

        // Cancelled by mistake: "Undo" in the message puts it back while the slot is still free.
        await AppPage.GotoInteractiveAsync(Page, "/me/bookings?culture=ar");
        var mine = Page.Locator("main [data-testid=my-bookings] .mud-paper", new() { HasText = "دروس خصوصية" });
        await mine.Locator("[data-testid=cancel-booking]").ClickAsync();
        await mine.Locator("[data-testid=cancel-yes]").ClickAsync();
        var undo = Page.Locator(".mud-snackbar", new() { HasText = "تم الإلغاء." }).GetByRole(AriaRole.Button, new() { Name = "تراجع" });
        await Expect(undo).ToBeInViewportAsync();
        await Check.CaptureAsync("phone-ar-cancel-undo");
        (await StatusesAsync(spaceId)).ShouldBe([BookingStatus.Cancelled]);
        await undo.ClickAsync();
        await Expect(Page.Locator(".mud-snackbar", new() { HasText = "تم التراجع" })).ToBeVisibleAsync();
        (await StatusesAsync(spaceId)).ShouldBe([BookingStatus.Confirmed]);
    }

    private async Task<List<BookingStatus>> StatusesAsync(Guid spaceId)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await db.Bookings.IgnoreQueryFilters().Where(b => b.SpaceId == spaceId).Select(b => b.Status).ToListAsync();
    }

    /// <summary>The app's page routes (component route attributes), their parameters filled from the demo data.</summary>
    private static (List<(string Template, string Path)> Routes, List<string> Skipped) Routes(IReadOnlyDictionary<string, string> ids)
    {
        var templates = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var routes = new List<(string, string)>();
        var skipped = new List<string>();
        foreach (var template in templates)
        {
            var path = template;
            foreach (var (parameter, value) in ids)
            {
                if (template.StartsWith(parameter.Split('|')[0], StringComparison.Ordinal) || !parameter.Contains('|', StringComparison.Ordinal))
                {
                    path = path.Replace(parameter.Split('|')[^1], value, StringComparison.Ordinal);
                }
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                skipped.Add(template);
                continue;
            }

            routes.Add((template, path));
        }

        return (routes, skipped);
    }

    /// <summary>Values for route parameters: "prefix|{Parameter}" applies to templates starting with prefix only.</summary>
    private async Task<IReadOnlyDictionary<string, string>> DemoIdsAsync()
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var hubId = await db.Hubs.Where(h => h.Slug == "leipzig-ost").Select(h => h.Id).SingleAsync();
        var soon = await db.Events.IgnoreQueryFilters().Where(e => e.Title == "Sprachcafé – heute").OrderByDescending(e => e.Start).Select(e => e.Id).FirstAsync();
        var initiative = await db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .Where(i => i.HubId == hubId && i.Status != Domain.Initiatives.InitiativeStatus.Draft).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var cohort = await db.Cohorts.IgnoreQueryFilters([HubsDbContext.TenantFilter]).Where(c => c.HubId == hubId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return new Dictionary<string, string>
        {
            ["{Slug}"] = "leipzig-ost",
            ["/events/|{Id:guid}"] = soon.ToString(),
            ["/hubs/{Slug}/events/|{Id:guid}"] = soon.ToString(),
            ["/hubs/{Slug}/initiatives/|{Id:guid}"] = initiative.ToString(),
            ["/hubs/{Slug}/manage/cohorts/|{Id:guid}"] = cohort.ToString(),
            ["{Token}"] = "not-a-real-token",
        };
    }
}

/// <summary>The booking page as a phone shows it: the day view (one day, previous/next day, a date field), then the form.</summary>
public sealed class PhoneBookingPage(IPage page) : AppPage(page)
{
    public ILocator DayView => Page.Locator("main [data-testid=day-view]");

    public ILocator WeekTable => Page.Locator("main table.ih-calendar");

    public ILocator Purpose => Page.Locator("main input[data-testid=booking-purpose]");

    public ILocator Submit => Page.Locator("main [data-testid=booking-submit]");

    public ILocator Success => Page.Locator("main [data-testid=booking-success]");

    public async Task<PhoneBookingPage> GotoAsync(string slug, Guid spaceId, string culture)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/spaces?space={spaceId}&culture={culture}");
        await Expect(DayView).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Steps the day view forward with its next-day button until it shows <paramref name="day"/>.</summary>
    public async Task GoToDayAsync(DateOnly day)
    {
        var wanted = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 14 && await DayView.GetAttributeAsync("data-day") != wanted; i++)
        {
            var before = await DayView.GetAttributeAsync("data-day");
            await DayView.Locator("[data-testid=next-day]").ClickAsync();
            await Expect(DayView).Not.ToHaveAttributeAsync("data-day", before ?? "");
        }

        await Expect(DayView).ToHaveAttributeAsync("data-day", wanted);
    }

    public async Task PickAsync(DateTime localStart)
    {
        var slot = $"{localStart:yyyy-MM-dd}T{localStart:HH\\:mm}";
        await DayView.Locator($"button[data-slot='{slot}']").ClickAsync();
        await Expect(Page.Locator($"main [data-testid=booking-form][data-picked='{slot}']")).ToHaveCountAsync(1);
    }

    /// <summary>Whether the form comes after the day view in the document (and so for a screen reader and the tab order).</summary>
    public Task<bool> FormFollowsDayViewAsync() =>
        Page.EvaluateAsync<bool>(
            """
            () => {
                const day = document.querySelector('main [data-testid=day-view]');
                const form = document.querySelector('main [data-testid=booking-form]');
                return !!(day.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
            }
            """);
}
