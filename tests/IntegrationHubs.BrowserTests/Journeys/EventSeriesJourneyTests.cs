using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>A coordinator creates a weekly language café in a space, checks the dates, creates them, and calls one off.</summary>
public sealed class EventSeriesJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task CoordinatorCreatesAWeeklySeriesInASpace_AndCancelsOneDate()
    {
        // A space of its own, open daily 08–22, approval needed.
        var (spaceId, spaceName) = await TestSpaces.CreateAsync(Fixture.App, "leipzig-ost", "Reihenraum", SpaceType.CoWorking, 20,
            new BookingPolicy { RequiresApproval = true, MinLeadTime = TimeSpan.FromHours(1), MaxDuration = TimeSpan.FromHours(3), HorizonDays = 60 },
            new TimeOnly(8, 0), new TimeOnly(22, 0));
        var title = $"Sprachcafé {Guid.NewGuid():N}"[..18];
        var first = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).Date.AddDays(3);

        await new LoginPage(Page).GotoAsync("de");
        await new LoginPage(Page).SignInAsync("coordinator.ost@example.org", DemoPassword);
        var manage = await new EventSeriesPage(Page).GotoAsync("leipzig-ost", "de");
        await manage.RepeatWeeklyAsync("Jede Woche wiederholen");
        await manage.Title.FillAsync(title);
        await manage.InSpaceAsync(spaceName);
        await manage.WhenAsync(first, "18:00", "20:00");
        await Page.Locator("main input[data-testid=event-repeat-count]").FillAsync("3");
        await Page.Locator("main [data-testid=event-series-check]").ClickAsync();

        await Expect(manage.Plan).ToHaveCountAsync(3);
        await Expect(manage.Plan.First).ToContainTextAsync("möglich");
        await Check.AccessibleAndCapturedAsync("de-manage-events-series-plan");
        await Page.Locator("main [data-testid=event-series-create]").ClickAsync();
        await Expect(manage.Snackbar).ToContainTextAsync("3 Termine angelegt");
        await Expect(manage.Events(title)).ToHaveCountAsync(3);
        await Expect(manage.Events(title).First).ToContainTextAsync("jeden");

        await manage.Events(title).Nth(1).GetByRole(AriaRole.Button, new() { Name = "Absagen", Exact = true }).ClickAsync();
        await Expect(manage.Events(title).Nth(1)).ToContainTextAsync("Abgesagt");

        // The next date opens in the edit form, which asks whether the change is for this date or all following.
        await manage.Events(title).Nth(2).Locator("button", new() { HasText = "Bearbeiten" }).ClickAsync();
        await Expect(Page.Locator("main [data-testid=event-edit]")).ToContainTextAsync("Diesen und alle folgenden Termine");

        // The "called off" snackbar fades while axe reads colours: half-faded text is not what anyone reads. Let it go first.
        await Expect(Page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Check.AccessibleAndCapturedAsync("de-manage-events-edit-occurrence");

        var events = await EventsInAsync(spaceId);
        events.Select(e => e.Status).ShouldBe([EventStatus.Published, EventStatus.Cancelled, EventStatus.Published]);
        events.Select(e => e.SeriesId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
    }

    private async Task<List<Event>> EventsInAsync(Guid spaceId)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().Where(e => e.SpaceId == spaceId).OrderBy(e => e.Start).ToListAsync();
    }
}
