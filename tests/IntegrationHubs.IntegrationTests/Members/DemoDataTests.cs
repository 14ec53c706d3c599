using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Members;

[Collection(AppCollection.Name)]
public sealed class DemoDataTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_AddsTheDemoMembersOnce_WithProfilesAndStates()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            (await db.Users.CountAsync()).ShouldBe(DemoData.Accounts.Count + DemoData.Members.Count);
            // The demo members, plus the profiles the community seeder gives four of the demo accounts.
            (await db.MemberProfiles.CountAsync()).ShouldBe(DemoData.Members.Count + DemoCommunity.Profiles.Length);
            (await db.MemberLanguages.CountAsync()).ShouldBeGreaterThan(DemoData.Members.Count * 2);
            var memberships = db.HubMemberships.IgnoreQueryFilters([Web.Data.HubsDbContext.TenantFilter]);
            var ost = await db.Hubs.SingleAsync(h => h.Slug == "leipzig-ost");
            (await memberships.CountAsync(m => m.HubId == ost.Id && m.State == MembershipState.Requested)).ShouldBe(2);
            (await memberships.CountAsync(m => m.State == MembershipState.Deactivated)).ShouldBe(1);
            var perHub = await memberships.GroupBy(m => m.HubId).Select(g => g.Count()).ToListAsync();
            perHub.Count.ShouldBe(3);
            perHub.ShouldAllBe(n => n >= 10);
        });
    }
}
