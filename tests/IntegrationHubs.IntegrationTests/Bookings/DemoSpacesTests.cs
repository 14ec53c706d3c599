using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Bookings;

[Collection(SecondAppCollection.Name)]
public sealed class DemoSpacesTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_GivesEachHubItsSpatialProgramme_AndAWeekOfBookingsAroundNow_Once()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            var spaces = await db.Spaces.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            var bookings = await db.Bookings.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            var perHub = spaces.GroupBy(s => s.HubId).Select(g => g.Count()).ToList();
            perHub.Count.ShouldBe(3);
            perHub.ShouldAllBe(n => n >= 5 && n <= 7);
            spaces.ShouldAllBe(s => s.OpeningHours.Count > 0 && s.Policy.IsValid);
            bookings.Count.ShouldBeGreaterThan(15);
            bookings.ShouldAllBe(b => b.Start > DateTimeOffset.UtcNow.AddDays(-4) && b.Start < DateTimeOffset.UtcNow.AddDays(8));
            bookings.Count(b => b.Status == BookingStatus.Pending).ShouldBeGreaterThan(0);
            bookings.ShouldAllBe(b => b.Status != BookingStatus.Pending || b.Start > DateTimeOffset.UtcNow);
            spaces.Select(s => s.HubId).Distinct().Count().ShouldBe(bookings.Select(b => b.HubId).Distinct().Count());
        });
    }
}
