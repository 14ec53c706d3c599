using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The app restarts while a member is typing her proposal, in Arabic: the reconnect dialog says so in her language, the
/// reload it offers brings back what she typed (and says so), and saving drops the copy kept for the reload (decision 0034).
/// This class owns its app (own database, a fixed port): it stops it and starts another on the same address under the
/// open page. The browser is the collection's; the accessibility sweep's collection runs one test at a time.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class DraftsAcrossRestartTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const string DemoPassword = "Hubs-Demo-2026";
    private readonly int _port = HubsAppFactory.FreePort();
    private string _connectionString = "";
    private HubsAppFactory? _app;
    private IBrowserContext? _context;

    public async Task InitializeAsync()
    {
        var server = await SharedPostgresServer.AcquireAsync();
        _connectionString = await server.CreateDatabaseAsync("ih_drafts");
        _app = Start(seedDemoData: true);
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _app.ServerAddress.ToString(),
            Locale = "ar",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        _context.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        _context.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
    }

    private HubsAppFactory Start(bool seedDemoData)
    {
        var app = new HubsAppFactory(_connectionString, seedDemoData, kestrel: true, port: _port);
        app.Start();
        return app;
    }

    [Fact]
    public async Task Proposal_TypedInArabic_ComesBackAfterTheAppRestarts_AndSavingDropsTheCopy()
    {
        var page = await _context!.NewPageAsync();
        var check = new PageCheck(page, output);
        const string Title = "مقهى الحيّ للغات";
        const string Summary = "نلتقي كل خميس لنتحدث العربية والألمانية ونطبخ معًا.";

        await new LoginPage(page).GotoAsync("ar");
        await new LoginPage(page).SignInAsync("amal@example.org", DemoPassword);
        var proposal = await new InitiativePage(page).GotoNewAsync("leipzig-ost");
        var main = page.Locator("main");
        await proposal.Title.FillAsync(Title);
        await main.GetByLabel("ما موضوعها؟").FillAsync(Summary);
        // The copy is written a moment after typing.
        await page.WaitForFunctionAsync(
            "text => (sessionStorage.getItem('ih-draft:' + location.pathname + location.search) || '').includes(text)", Summary);

        // The app goes away: the dialog says so in Arabic ("the connection was lost, reconnecting").
        await _app!.DisposeAsync();
        var dialog = page.Locator("#components-reconnect-modal");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("p").Filter(new() { Visible = true })).ToContainTextAsync(new System.Text.RegularExpressions.Regex("انقطع الاتصال|تعذّرت استعادة الاتصال"));

        // Another app on the same address: it does not know the page's circuit, so the dialog asks for a reload.
        _app = Start(seedDemoData: false);
        var rejected = dialog.Locator(".ih-reconnect-rejected");
        var retry = dialog.Locator("[data-ih-reconnect]");
        // Blazor retries by itself with growing pauses; once it has given up, its retry button tries again at once.
        await Expect(rejected.Or(retry.Filter(new() { Visible = true }))).ToBeVisibleAsync();
        if (await retry.IsVisibleAsync())
        {
            await retry.ClickAsync();
        }

        await Expect(rejected).ToBeVisibleAsync();
        await Expect(rejected).ToContainTextAsync("أُعيد تشغيل التطبيق");
        await check.CaptureAsync("ar-reconnect-rejected-after-restart");
        await dialog.Locator("[data-ih-reload]").Filter(new() { Visible = true }).ClickAsync();

        // The reloaded page has what she typed, and says so.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await AppPage.WaitForInteractiveAsync(page);
        await Expect(proposal.Title).ToHaveValueAsync(Title);
        await Expect(main.GetByLabel("ما موضوعها؟")).ToHaveValueAsync(Summary);
        var notice = page.Locator("#ih-draft-notice .ih-draft-notice-box");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("أعدنا ما كتبته");
        await check.AccessibleAndCapturedAsync("ar-proposal-restored-after-restart");

        // The circuit has the restored text, not only the page: "next" saves the draft with it.
        await main.GetByRole(AriaRole.Button, new() { Name = "التالي" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/initiatives/[0-9a-f-]{36}\\?step=details$"));
        await AppPage.WaitForInteractiveAsync(page);
        (await SavedSummaryAsync(Title)).ShouldBe(Summary);
        var drafts = await page.EvaluateAsync<string[]>("() => Object.keys(sessionStorage).filter(k => k.startsWith('ih-draft:'))");
        drafts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Booking_ReloadedHalfway_GetsBackTheSpaceTheSlotAndThePurpose_AndBookingDropsTheCopy()
    {
        // Arrange: two spaces; the page opens on the first
        var policy = new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.FromHours(1), MaxDuration = TimeSpan.FromHours(3), HorizonDays = 30 };
        var (first, _) = await TestSpaces.CreateAsync(_app!, "leipzig-ost", "Werkstatt", SpaceType.Workshop, 6, policy, new TimeOnly(8, 0), new TimeOnly(22, 0));
        var (second, secondName) = await TestSpaces.CreateAsync(_app!, "leipzig-ost", "Küche", SpaceType.Kitchen, 6, policy, new TimeOnly(8, 0), new TimeOnly(22, 0));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var slot = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, berlin).Date.AddDays(3).AddHours(15);
        const string Purpose = "تدريب على الطبخ";
        var page = await _context!.NewPageAsync();
        var check = new PageCheck(page, output);
        await new LoginPage(page).GotoAsync("ar");
        await new LoginPage(page).SignInAsync("amal@example.org", DemoPassword);
        var booking = await new BookSpacePage(page).GotoAsync("leipzig-ost", first, "ar");
        var spaceSelect = page.Locator("main .mud-input-control:has([data-testid=booking-space]), main .mud-input-control[data-testid=booking-space]").First;

        // Act: another space (a select), a slot (the date and time pickers), a purpose; then the page reloads
        await AppPage.PickOptionAsync(page, spaceSelect, secondName);
        await booking.PickAsync(slot, "التالي");
        await booking.Purpose.FillAsync(Purpose);
        await page.WaitForFunctionAsync(
            "text => (sessionStorage.getItem('ih-draft:' + location.pathname + location.search) || '').includes(text)", Purpose);
        await page.ReloadAsync();
        await AppPage.WaitForInteractiveAsync(page);

        // Assert: all of it is back, in the circuit too: the booking has the restored space, slot and purpose
        await Expect(page.Locator("#ih-draft-notice .ih-draft-notice-box")).ToBeVisibleAsync();
        await Expect(spaceSelect.Locator("input").First).ToHaveValueAsync(secondName);
        await Expect(booking.Purpose).ToHaveValueAsync(Purpose);
        await Expect(page.Locator("main [data-testid=booking-form] input").Nth(1)).Not.ToHaveValueAsync("");
        await check.CaptureAsync("ar-booking-restored-after-reload");
        await booking.Submit.ClickAsync();
        await Expect(booking.Snackbar.Filter(new() { HasText = "تم الحجز!" })).ToHaveCountAsync(1);
        var booked = await _app!.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            return await db.Bookings.IgnoreQueryFilters().Where(b => b.Purpose == Purpose).Select(b => new { b.SpaceId, b.Start }).ToListAsync();
        });
        booked.Select(b => (b.SpaceId, TimeZoneInfo.ConvertTime(b.Start, berlin).DateTime)).ShouldBe([(second, slot)]);
        await page.WaitForFunctionAsync("() => !Object.keys(sessionStorage).some(k => k.startsWith('ih-draft:'))");
        await Expect(booking.Purpose).ToHaveValueAsync("");
    }

    private async Task<string?> SavedSummaryAsync(string title) =>
        await _app!.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            return await db.Initiatives.IgnoreQueryFilters().Where(i => i.Title == title).Select(i => i.Summary).SingleOrDefaultAsync();
        });

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await SharedPostgresServer.ReleaseAsync();
    }
}
