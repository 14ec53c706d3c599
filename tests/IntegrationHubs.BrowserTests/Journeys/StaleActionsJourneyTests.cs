using System.Text.RegularExpressions;
using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// What the first day at a hub brought to light (issue 14, items 11 and 12), in a real browser: a mentor's "sign off" that
/// went stale meanwhile says so and leaves the page working; two phones at the door count every tap and agree without a
/// reload, and the phone that keeps tapping after the other closed is told the door is closed. Each test has an app of its
/// own (<see cref="OwnApp"/>): it reassigns a mentor or closes a door of the demo data, which the shared journeys use.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class StaleActionsJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const string DemoPassword = "Hubs-Demo-2026";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private OwnApp _own = default!;

    public async Task InitializeAsync() => _own = await OwnApp.StartAsync("ih_stale");

    public async Task DisposeAsync() => await _own.DisposeAsync();

    private async Task<IPage> SignedInAsync(string email, int width = 1280, int height = 800)
    {
        var context = await _own.NewContextAsync(fixture.Browser, width: width, height: height);
        var page = await context.NewPageAsync();
        await new LoginPage(page).GotoAsync("de");
        await new LoginPage(page).SignInAsync(email, DemoPassword);
        return page;
    }

    /// <summary>What the browser's console says, to show there was no circuit failure and no stack trace.</summary>
    private static List<string> Listen(IPage page)
    {
        var said = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (said)
                {
                    said.Add($"{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (said)
            {
                said.Add($"pageerror: {error}");
            }
        };
        return said;
    }

    [Fact]
    public async Task MentorReassignedMeanwhile_SignOffSaysSo_AndThePageKeepsWorking()
    {
        // Arrange: the demo mentor has a milestone waiting for sign-off; he opens it
        var (initiativeId, title) = await WaitingForMentorAsync("mentor@example.org");
        var mentor = await SignedInAsync("mentor@example.org");
        var console = Listen(mentor);
        var pages = await new IncubationPages(mentor).OpenAsync("/hubs/leipzig-ost/mentoring?culture=de");
        await pages.Main.GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync();
        var waiting = pages.Main.Locator("li.ih-module").Filter(new() { Has = mentor.GetByRole(AriaRole.Button, new() { Name = "Abnehmen", Exact = true }) }).First;
        var signOff = waiting.GetByRole(AriaRole.Button, new() { Name = "Abnehmen", Exact = true });
        await Expect(signOff).ToBeVisibleAsync();

        // Meanwhile the coordinator gives the initiative to another mentor
        await ReassignAsync(initiativeId, "yusuf.demir@example.org");
        var before = await MilestoneStatusesAsync(initiativeId);

        // Act: the button is still there; he clicks it, and once more
        await signOff.ClickAsync();
        var refusal = mentor.Locator(".mud-snackbar").Filter(new() { HasTextRegex = new Regex("nicht mehr|Nur die zugewiesene Mentor") });
        await Expect(refusal).ToHaveCountAsync(1);
        await new PageCheck(mentor, output).CaptureAsync("de-mentoring-stale-sign-off");
        // The same message is not shown twice at once (MudBlazor): the second click is made once the first has gone.
        await Expect(refusal).ToHaveCountAsync(0);
        await signOff.ClickAsync();

        // Assert: a second answer came, so the circuit lives; no error bar, no reconnect dialog, nothing in the console
        await Expect(refusal).ToHaveCountAsync(1);
        await Expect(mentor.Locator("#blazor-error-ui, #components-reconnect-modal").Filter(new() { Visible = true })).ToHaveCountAsync(0);
        (await MilestoneStatusesAsync(initiativeId)).ShouldBe(before);
        lock (console)
        {
            output.WriteLine(string.Join(Environment.NewLine, console));
            console.Where(line => line.Contains("circuit", StringComparison.OrdinalIgnoreCase)
                || line.Contains("Exception", StringComparison.Ordinal) || line.Contains("   at ", StringComparison.Ordinal)
                || line.StartsWith("pageerror", StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task TwoPhonesAtTheDoor_CountEveryTap_AgreeWithoutReload_AndTheOneTappingOnIsToldTheDoorClosed()
    {
        // Arrange: an event in half an hour (its door is open); two organisers' phones on its check-in
        var eventId = await EventAtTheDoorAsync();
        var first = await SignedInAsync("coordinator.ost@example.org", 390, 844);
        var second = await SignedInAsync("coordinator.ost@example.org", 390, 844);
        var firstConsole = Listen(first);
        var secondConsole = Listen(second);
        var doorA = await new CheckInPage(first).GotoAsync("leipzig-ost", eventId);
        var doorB = await new CheckInPage(second).GotoAsync("leipzig-ost", eventId);
        var countA = first.Locator("main [data-testid=walk-in-Newcomer] [data-testid=walk-in-count]");
        var countB = second.Locator("main [data-testid=walk-in-Newcomer] [data-testid=walk-in-count]");
        var addA = first.Locator("main [data-testid=walk-in-Newcomer] button[data-testid=walk-in-add]");
        var addB = second.Locator("main [data-testid=walk-in-Newcomer] button[data-testid=walk-in-add]");

        // Act: both phones tap "+" fifteen times, as fast as they can, at the same time
        await Task.WhenAll(TapAsync(addA, 15), TapAsync(addB, 15));

        // Assert: every tap counted, and both phones show it within a few seconds, without a reload
        var fewSeconds = new LocatorAssertionsToHaveTextOptions { Timeout = 10_000 };
        await Expect(countA).ToHaveTextAsync("30", fewSeconds);
        await Expect(countB).ToHaveTextAsync("30", fewSeconds);
        (await EventAsync(eventId)).WalkIns.Newcomers.ShouldBe(30);
        await new PageCheck(second, output).CaptureAsync("de-door-two-phones-30");

        // Act: the second phone keeps tapping while the first closes the door
        await second.EvaluateAsync(
            """
            () => { window.ihTaps = 0; window.ihTapping = setInterval(() => {
                const add = document.querySelector('main [data-testid=walk-in-Newcomer] button[data-testid=walk-in-add]');
                if (add) { add.click(); window.ihTaps++; } else { clearInterval(window.ihTapping); }
            }, 15); }
            """);
        await doorA.CloseAsync();

        // Assert: the second phone is told, in its own words, that the door is closed — not that it is not yet open
        await Expect(doorB.DoorState).ToContainTextAsync("abgeschlossen", new() { Timeout = 10_000 });
        await Expect(addB).ToHaveCountAsync(0);
        var message = second.Locator("main [data-testid=door-message]");
        await Expect(message).ToContainTextAsync("bereits abgeschlossen");
        await Expect(message).Not.ToContainTextAsync("noch nicht offen");
        await new PageCheck(second, output).CaptureAsync("de-door-closed-by-the-other-phone");
        var closed = await EventAsync(eventId);
        closed.Status.ShouldBe(EventStatus.Closed);
        var final = closed.WalkIns.Newcomers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Expect(countA).ToHaveTextAsync(final);
        await Expect(countB).ToHaveTextAsync(final);
        output.WriteLine($"taps after the first 30: {await second.EvaluateAsync<int>("() => window.ihTaps")}, counted before the close: {closed.WalkIns.Newcomers - 30}");
        foreach (var said in new[] { firstConsole, secondConsole })
        {
            lock (said)
            {
                said.Where(line => line.Contains("circuit", StringComparison.OrdinalIgnoreCase) || line.StartsWith("pageerror", StringComparison.Ordinal)).ShouldBeEmpty();
            }
        }
    }

    /// <summary>Taps as fast as the phone lets a finger: each click is sent as soon as the last one was delivered.</summary>
    private static async Task TapAsync(ILocator button, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await button.ClickAsync(new() { Delay = 0 });
        }
    }

    private async Task<(Guid InitiativeId, string Title)> WaitingForMentorAsync(string email) =>
        await _own.App.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            var mentorId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var initiativeId = await db.Milestones.IgnoreQueryFilters()
                .Where(m => m.Status == MilestoneStatus.ForReview
                    && db.Enrolments.IgnoreQueryFilters().Any(e => e.InitiativeId == m.InitiativeId && e.MentorUserId == mentorId))
                .Select(m => m.InitiativeId).FirstAsync();
            var title = await db.Initiatives.IgnoreQueryFilters().Where(i => i.Id == initiativeId).Select(i => i.Title).SingleAsync();
            return (initiativeId, title);
        });

    /// <summary>What the coordinator's board does, straight in the database: the enrolment gets another mentor.</summary>
    private Task ReassignAsync(Guid initiativeId, string email) =>
        _own.App.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            var other = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            (await db.Enrolments.IgnoreQueryFilters().Where(e => e.InitiativeId == initiativeId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.MentorUserId, other))).ShouldBe(1);
        });

    private Task<List<MilestoneStatus>> MilestoneStatusesAsync(Guid initiativeId) =>
        _own.App.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            return await db.Milestones.IgnoreQueryFilters().Where(m => m.InitiativeId == initiativeId).OrderBy(m => m.Id).Select(m => m.Status).ToListAsync();
        });

    /// <summary>An event of the demo hub in half an hour, created by the coordinator on the events page (its door is open).</summary>
    private async Task<Guid> EventAtTheDoorAsync()
    {
        var (_, space) = await TestSpaces.CreateAsync(_own.App, "leipzig-ost", "Saal", SpaceType.EventHall, 40,
            new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, MaxDuration = TimeSpan.FromHours(4), HorizonDays = 30 },
            TimeOnly.MinValue, TimeOnly.MinValue);
        var title = $"Tür {Guid.NewGuid():N}"[..12];
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(30), Berlin).DateTime;
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute / 5 * 5, 0);
        var end = start.Date == start.AddHours(1).Date ? start.AddHours(1) : start.Date.AddHours(23).AddMinutes(59);
        var coordinator = await SignedInAsync("coordinator.ost@example.org");
        var manage = await new ManageEventsPage(coordinator).GotoAsync("leipzig-ost");
        await manage.CreateAsync(title, space, 40, start, end, "angelegt");
        return await _own.App.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            return await db.Events.IgnoreQueryFilters().Where(e => e.Title == title).Select(e => e.Id).SingleAsync();
        });
    }

    private Task<Event> EventAsync(Guid id) =>
        _own.App.WithScopeAsync(async scope =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(scope);
            return await db.Events.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id);
        });
}
