using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The database goes away while a member is in the middle of booking, in Arabic: the page says so in her language, keeps
/// what she typed and stays usable, and once the database is back the same click books. Then, on her phone, cancelling the
/// booking asks once before it lets the time go. Beside the accessibility sweep,
/// whose collection runs one test at a time: only this collection's app loses its database, the journeys go on.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class DatabaseOutageJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task Booking_WhileTheDatabaseIsDown_SaysSoInArabic_KeepsTheInput_BooksOnceItIsBack_AndCancellingAsksFirst()
    {
        var (spaceId, _) = await TestSpaces.CreateAsync(Fixture.App, "leipzig-ost", "Werkstatt", SpaceType.Workshop, 6,
            new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.FromHours(1), MaxDuration = TimeSpan.FromHours(3), HorizonDays = 30 },
            new TimeOnly(8, 0), new TimeOnly(22, 0));
        var slot = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).Date.AddDays(2).AddHours(17);
        const string Purpose = "ورشة إصلاح الدراجات";

        var login = await new LoginPage(Page).GotoAsync("ar");
        await login.SignInAsync("amal@example.org", DemoPassword);
        var booking = await new BookSpacePage(Page).GotoAsync("leipzig-ost", spaceId, "ar");
        await booking.PickAsync(slot, "التالي");
        await booking.Purpose.FillAsync(Purpose);

        await DatabaseOutage.BeginAsync(Fixture.App.ConnectionString);
        try
        {
            await booking.Submit.ClickAsync();
            // "That did not work just now. What you entered is still there": a message, not a greyed-out page.
            await Expect(booking.Snackbar).ToContainTextAsync("لم ينجح ذلك الآن");
            await Expect(booking.Purpose).ToHaveValueAsync(Purpose);
            await Expect(Page.Locator("#components-reconnect-modal, #blazor-error-ui").Filter(new() { Visible = true })).ToHaveCountAsync(0);
            await Check.CaptureAsync("ar-book-space-database-down");
        }
        finally
        {
            await DatabaseOutage.EndAsync(Fixture.App.ConnectionString);
        }

        // The same page, the same click, now with the database back.
        await booking.Submit.ClickAsync();
        // The message of the failed try may still show beside the new one.
        await Expect(booking.Snackbar.Filter(new() { HasText = "تم الحجز!" })).ToHaveCountAsync(1);
        (await BookingsInAsync(spaceId)).ShouldBe([(BookingStatus.Confirmed, Purpose)]);

        // On her phone: "cancel" asks first; "keep" keeps it, "yes" cancels it.
        await Page.SetViewportSizeAsync(390, 844);
        await AppPage.GotoInteractiveAsync(Page, "/me/bookings");
        var mine = Page.Locator("main [data-testid=my-bookings] .mud-paper", new() { HasText = Purpose });
        await mine.Locator("[data-testid=cancel-booking]").ClickAsync();
        await Expect(mine.Locator("[data-testid=cancel-confirm]")).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("ar-my-bookings-cancel-confirm");
        await mine.Locator("[data-testid=cancel-keep]").ClickAsync();
        await Expect(mine.Locator("[data-testid=cancel-confirm]")).ToHaveCountAsync(0);
        (await BookingsInAsync(spaceId)).ShouldBe([(BookingStatus.Confirmed, Purpose)]);
        await mine.Locator("[data-testid=cancel-booking]").ClickAsync();
        await mine.Locator("[data-testid=cancel-yes]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Filter(new() { HasText = "تم الإلغاء." })).ToHaveCountAsync(1);
        (await BookingsInAsync(spaceId)).ShouldBe([(BookingStatus.Cancelled, Purpose)]);
    }

    private async Task<List<(BookingStatus, string)>> BookingsInAsync(Guid spaceId)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var rows = await db.Bookings.IgnoreQueryFilters().Where(b => b.SpaceId == spaceId).Select(b => new { b.Status, b.Purpose }).ToListAsync();
        return [.. rows.Select(r => (r.Status, r.Purpose))];
    }
}
