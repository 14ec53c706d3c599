using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// A coordinator creates an event for two in a space, starting in half an hour; two members get the seats, a third the waitlist;
/// one withdraws and the third moves up; at the door, on a phone, the coordinator finds and ticks a person, counts walk-ins and closes.
/// </summary>
public sealed class EventCheckInJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private readonly List<IBrowserContext> _members = [];

    /// <summary>The members' own browser contexts, closed when the journey ends.</summary>
    private async Task CloseMembersAsync()
    {
        foreach (var context in _members)
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task TwoSeats_AWaitlistThatMovesUp_AndTheDoorOnAPhone()
    {
        try
        {
            await JourneyAsync();
        }
        finally
        {
            await CloseMembersAsync();
        }
    }

    private async Task JourneyAsync()
    {
        // A hall of its own, open all day, no approval, no lead time.
        var (_, space) = await TestSpaces.CreateAsync(Fixture.App, "leipzig-ost", "Saal", SpaceType.EventHall, 40,
            new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, MaxDuration = TimeSpan.FromHours(4), HorizonDays = 30 },
            TimeOnly.MinValue, TimeOnly.MinValue);
        var title = $"Tür-Test {Guid.NewGuid():N}"[..17];
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(30), Berlin).DateTime;
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute / 5 * 5, 0);
        var end = start.Date == start.AddHours(1).Date ? start.AddHours(1) : start.Date.AddHours(23).AddMinutes(59);

        // The coordinator creates the event: two places, in the space, in half an hour.
        await new LoginPage(Page).GotoAsync();
        await new LoginPage(Page).SignInAsync("coordinator.ost@example.org", DemoPassword);
        var manage = await new ManageEventsPage(Page).GotoAsync("leipzig-ost");
        await manage.CreateAsync(title, space, 2, start, end, "angelegt");
        var eventId = await EventIdAsync(title);
        await Expect(manage.Events.Filter(new() { HasText = title }).Locator("[data-testid=event-check-in]")).ToBeVisibleAsync();

        // Peter and Hanna get the seats, Samira the waitlist.
        var peter = await MemberAsync("peter@example.org", eventId);
        await peter.RsvpAsync();
        await Expect(peter.Message).ToContainTextAsync("Platz ist sicher");
        var hanna = await MemberAsync("hanna.becker@example.org", eventId);
        await hanna.RsvpAsync();
        await Expect(hanna.Message).ToContainTextAsync("Platz ist sicher");
        var samira = await MemberAsync("samira.haidari@example.org", eventId);
        await samira.RsvpAsync();
        await Expect(samira.Message).ToContainTextAsync("Warteliste (Platz 1)");
        await new PageCheck(samira.Page, Output).AccessibleAndCapturedAsync("de-event-waitlisted");

        // Hanna withdraws: Samira moves up and sees it on the event page.
        await hanna.WithdrawAsync();
        await Expect(hanna.Message).ToContainTextAsync("zurückgezogen");
        await samira.GotoAsync(eventId);
        await Expect(samira.RsvpSection).ToContainTextAsync("Sie sind angemeldet.");

        // At the door, on a phone: the coordinator finds Peter by name, ticks him, counts three walk-ins and closes.
        await Page.SetViewportSizeAsync(390, 844);
        var eventPage = await new EventPage(Page).GotoAsync(eventId);
        await Expect(eventPage.CheckInLink).ToBeVisibleAsync();
        var door = await new CheckInPage(Page).GotoAsync("leipzig-ost", eventId);
        await Expect(door.Rows).ToHaveCountAsync(2);
        await door.SearchAsync("Pet", 1);
        await door.TickAsync("Peter Schmidt");
        await Expect(door.CheckedIn).ToHaveTextAsync("1");
        await door.AddWalkInAsync("Newcomer");
        await door.AddWalkInAsync("Newcomer");
        await door.AddWalkInAsync("Resident");
        await Expect(door.Present).ToHaveTextAsync("4");
        await Check.AccessibleAndCapturedAsync("de-check-in-phone");
        await door.CloseAsync();
        await Expect(door.DoorState).ToContainTextAsync("endgültig");
        await Expect(door.Present).ToHaveTextAsync("4");
        await Check.AccessibleAndCapturedAsync("de-check-in-closed");

        var closed = await EventAsync(eventId);
        closed.Status.ShouldBe(EventStatus.Closed);
        closed.WalkIns.ShouldBe(new Attendance(2, 1, 0));
        closed.CheckedIn.Total.ShouldBe(1);
    }

    /// <summary>A member signs in, in a context of their own, and opens the event's page.</summary>
    private async Task<EventPage> MemberAsync(string email, Guid eventId)
    {
        var context = await Fixture.NewContextAsync("de-DE");
        _members.Add(context);
        var page = await context.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, DemoPassword);
        return await new EventPage(page).GotoAsync(eventId);
    }

    private async Task<Guid> EventIdAsync(string title) => (await EventByAsync(e => e.Title == title)).Id;

    private Task<Event> EventAsync(Guid id) => EventByAsync(e => e.Id == id);

    private async Task<Event> EventByAsync(System.Linq.Expressions.Expression<Func<Event, bool>> which)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await db.Events.IgnoreQueryFilters().AsNoTracking().SingleAsync(which);
    }
}
