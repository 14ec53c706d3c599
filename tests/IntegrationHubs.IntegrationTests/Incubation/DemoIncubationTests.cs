using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Incubation;

[Collection(SecondAppCollection.Name)]
public sealed class DemoIncubationTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_GivesEveryStatus_ARunningCohortWithTheDemoMentor_AndLaunchedInitiatives_Once()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            var all = new[] { HubsDbContext.TenantFilter };
            var initiatives = await db.Initiatives.IgnoreQueryFilters(all).ToListAsync();
            // Every incubation demo initiative once; the discussion demo adds its own few in Leipzig-Ost.
            initiatives.Where(i => DemoIncubation.Initiatives.Any(d => d.Title == i.Title)).Count().ShouldBe(DemoIncubation.Initiatives.Length);
            initiatives.Select(i => i.Status).Distinct().Order().ShouldBe(Enum.GetValues<InitiativeStatus>());
            initiatives.GroupBy(i => i.HubId).Count().ShouldBe(3);
            (await db.CurriculumModules.IgnoreQueryFilters(all).CountAsync()).ShouldBe(3 * DemoIncubation.Curriculum.Length);

            var mentor = await db.Users.SingleAsync(u => u.Email == DemoData.Mentor.Email);
            var running = await db.Cohorts.IgnoreQueryFilters(all).SingleAsync(c => c.Name == "Herbst 2026");
            var enrolments = await db.Enrolments.IgnoreQueryFilters(all).Where(e => e.CohortId == running.Id).ToListAsync();
            enrolments.Count.ShouldBe(running.EnrolledCount);
            enrolments.ShouldContain(e => e.MentorUserId == mentor.Id);
            var milestones = await db.Milestones.IgnoreQueryFilters(all).Where(m => m.CohortId == running.Id).ToListAsync();
            milestones.ShouldContain(m => m.Status == MilestoneStatus.SignedOff);
            milestones.ShouldContain(m => m.Status == MilestoneStatus.ForReview);
            milestones.ShouldContain(m => m.Status == MilestoneStatus.NotStarted);
            (await db.HubMemberships.IgnoreQueryFilters(all).SingleAsync(m => m.UserId == mentor.Id)).Roles.HasFlag(Domain.Members.HubRoles.Mentor).ShouldBeTrue();
            initiatives.Count(i => i.Status == InitiativeStatus.Launched).ShouldBeGreaterThanOrEqualTo(3);
        });
    }
}
