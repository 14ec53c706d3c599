using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// A member books a slot in Arabic on the right-to-left calendar, the coordinator approves it, and a second member
/// who had picked the same slot meanwhile is told it is taken and offered other times.
/// </summary>
public sealed class BookingJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly System.Globalization.CultureInfo German = System.Globalization.CultureInfo.GetCultureInfo("de");

    [Fact]
    public async Task MemberBooksInArabic_CoordinatorApproves_SecondMemberIsToldItIsTaken_AndOfferedAlternatives()
    {
        // A space of its own, open daily 08–22, approval needed.
        var (spaceId, spaceName) = await TestSpaces.CreateAsync(Fixture.App, "leipzig-ost", "Lernraum", SpaceType.CoWorking, 8,
            new BookingPolicy { RequiresApproval = true, MinLeadTime = TimeSpan.FromHours(1), MaxDuration = TimeSpan.FromHours(3), HorizonDays = 30 },
            new TimeOnly(8, 0), new TimeOnly(22, 0));
        var slot = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).Date.AddDays(2).AddHours(18);

        // Peter opens the calendar first and picks the same slot, but has not booked yet.
        await using var peterContext = await Fixture.NewContextAsync("de-DE");
        var peterPage = await peterContext.NewPageAsync();
        await new LoginPage(peterPage).GotoAsync();
        await new LoginPage(peterPage).SignInAsync("peter@example.org", DemoPassword);
        var peter = await new BookSpacePage(peterPage).GotoAsync("leipzig-ost", spaceId, "de");
        await peter.PickAsync(slot, "Weiter");

        // Amal books in Arabic.
        var login = await new LoginPage(Page).GotoAsync("ar");
        await login.SignInAsync("amal@example.org", DemoPassword);
        var amal = await new BookSpacePage(Page).GotoAsync("leipzig-ost", spaceId, "ar");
        await amal.ShouldBeInAsync("ar", "rtl");
        await Expect(amal.Calendar).ToContainTextAsync(spaceName);
        await amal.PickAsync(slot, "التالي");
        await amal.BookAsync("مقهى اللغة");
        await Expect(amal.Snackbar).ToContainTextAsync("تم الطلب");
        await Expect(Page.Locator("main td.ih-cal-mine").First).ToContainTextAsync("مقهى اللغة");
        await Check.AccessibleAndCapturedAsync("ar-book-space");

        // The coordinator approves it.
        await using var coordinatorContext = await Fixture.NewContextAsync("de-DE");
        var coordinatorPage = await coordinatorContext.NewPageAsync();
        await new LoginPage(coordinatorPage).GotoAsync();
        await new LoginPage(coordinatorPage).SignInAsync("coordinator.ost@example.org", DemoPassword);
        var manage = await new ManageBookingsPage(coordinatorPage).GotoAsync("leipzig-ost");
        await Expect(manage.Queue).ToContainTextAsync("مقهى اللغة");
        // The request shows when it starts, in the coordinator's German (the old custom format wrote "A" there).
        var request = manage.Queue.Locator(".mud-paper", new() { HasText = "مقهى اللغة" });
        await Expect(request).ToContainTextAsync(DisplayTime.DayAndDate(slot, German) + " " + DisplayTime.Time(slot, German) + DisplayTime.RangeDash);
        await new PageCheck(coordinatorPage, Output).AccessibleAndCapturedAsync("de-manage-bookings");
        await manage.ApproveAsync("مقهى اللغة", "Bestätigen");
        await Expect(manage.Snackbar).ToContainTextAsync("Bestätigt");
        (await StatusOfAsync(spaceId)).ShouldBe([BookingStatus.Confirmed]);

        // Peter now tries the slot he picked: taken, with other times offered.
        await peter.BookAsync("Repair Café");
        await Expect(peter.Refusal).ToContainTextAsync("schon gebucht");
        await Expect(peter.Alternatives.First).ToBeVisibleAsync();
        (await peter.Alternatives.CountAsync()).ShouldBeGreaterThan(0);
        await new PageCheck(peterPage, Output).AccessibleAndCapturedAsync("de-book-space-taken");
        (await StatusOfAsync(spaceId)).ShouldBe([BookingStatus.Confirmed]);
    }

    private async Task<List<BookingStatus>> StatusOfAsync(Guid spaceId)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await db.Bookings.IgnoreQueryFilters().Where(b => b.SpaceId == spaceId).Select(b => b.Status).ToListAsync();
    }
}
