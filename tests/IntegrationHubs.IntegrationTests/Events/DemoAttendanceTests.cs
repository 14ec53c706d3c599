using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class DemoAttendanceTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_GivesEveryHubClosedEventsMixedUnmixedAndSmall_AndOstAnEventAtTheDoorWithinTheHour_Once()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            var now = DateTimeOffset.UtcNow;
            var hubs = await db.Hubs.AsNoTracking().ToDictionaryAsync(h => h.Id, h => h.Slug);
            var events = await db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            var rsvps = await db.Rsvps.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            var closed = events.Where(e => e.Status == EventStatus.Closed).ToList();

            closed.ShouldAllBe(e => e.End < now && e.Start > now.AddDays(-125) && e.ClosedAt == e.End);
            foreach (var hub in hubs.Values)
            {
                var held = closed.Where(e => hubs[e.HubId] == hub).Select(e => e.Attended).ToList();
                held.ShouldContain(a => IsMixed(a), $"{hub}: a mixed event");
                held.ShouldContain(a => a.Total >= 5 && !IsMixed(a), $"{hub}: an unmixed event");
                held.ShouldContain(a => a.Total < 5, $"{hub}: a small event");
            }

            // What was counted at the close is what the ticks say, for every closed event.
            foreach (var ev in closed)
            {
                rsvps.Count(r => r.EventId == ev.Id && r.CheckedInAt != null).ShouldBe(ev.CheckedIn.Total);
            }

            var soon = events.Where(e => hubs[e.HubId] == "leipzig-ost" && e.Status == EventStatus.Published && e.Start > now && e.Start <= now.AddHours(1))
                .ShouldHaveSingleItem();
            soon.IsDoorOpen(now).ShouldBeTrue();
            rsvps.Count(r => r.EventId == soon.Id && r.Status == RsvpStatus.Confirmed).ShouldBe(soon.Capacity);
            rsvps.Count(r => r.EventId == soon.Id && r.Status == RsvpStatus.Waitlisted).ShouldBeGreaterThan(0);
        });
    }

    /// <summary>The mixing rule of the dashboards: at least five people, newcomers and residents each a quarter of those whose background is known.</summary>
    private static bool IsMixed(Attendance a) =>
        a.Total >= 5 && a.Newcomers * 4 >= a.Newcomers + a.Residents && a.Residents * 4 >= a.Newcomers + a.Residents;
}
