using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class DemoEventsTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_GivesUpcomingEventsWithRsvpsAndAWaitlist_Once()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            // The held and closed ones are DemoAttendance's (DemoAttendanceTests), as is the one at the door within the hour;
            // the weekly series is DemoEventSeries'.
            var events = await db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
                .Where(e => e.SeriesId == null && e.Status != EventStatus.Closed && e.Start > DateTimeOffset.UtcNow.AddHours(1)).ToListAsync();
            var rsvps = await db.Rsvps.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            events.Count.ShouldBe(5);
            events.Select(e => e.HubId).Distinct().Count().ShouldBe(3);
            events.ShouldAllBe(e => e.Start > DateTimeOffset.UtcNow && e.Status == EventStatus.Published);
            events.Count(e => e.Visibility == EventVisibility.MembersOnly).ShouldBe(1);
            rsvps.Count(r => r.Status == RsvpStatus.Waitlisted).ShouldBeGreaterThan(0);
            foreach (var group in rsvps.Where(r => events.Any(e => e.Id == r.EventId)).GroupBy(r => r.EventId))
            {
                var capacity = events.Single(e => e.Id == group.Key).Capacity;
                group.Count(r => r.Status == RsvpStatus.Confirmed).ShouldBeLessThanOrEqualTo(capacity);
            }
        });
    }

    [Fact]
    public async Task Seeding_Twice_GivesOneWeeklyLanguageCafe_OneDateChanged_OneCalledOff()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            var series = await db.EventSeries.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().SingleAsync();
            var occurrences = await db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
                .Where(e => e.SeriesId == series.Id).OrderBy(e => e.Start).ToListAsync();
            series.Weekday.ShouldBe(DayOfWeek.Tuesday);
            occurrences.Count.ShouldBe(8);
            occurrences.Count(e => e.ChangedInSeries).ShouldBe(1);
            occurrences.Count(e => e.Status == EventStatus.Cancelled).ShouldBe(1);
            occurrences.ShouldAllBe(e => e.Start > DateTimeOffset.UtcNow);
        });
    }
}
