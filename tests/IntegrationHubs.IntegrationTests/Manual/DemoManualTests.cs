using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Manual;

[Collection(SecondAppCollection.Name)]
public sealed class DemoManualTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_GivesVersionOneOfEachPart_AndARevisedStrategy_Once()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            var versions = await db.TemplateVersions.AsNoTracking().ToListAsync();
            versions.Count.ShouldBe(4);
            versions.Where(v => v.Number == 1).Select(v => v.Kind).Order().ShouldBe([TemplateKind.SpatialProgramme, TemplateKind.Curriculum, TemplateKind.Strategy]);
            versions.ShouldAllBe(v => v.Content.FitsKind(v.Kind));
            var revised = versions.Single(v => v.Number == 2);
            revised.Kind.ShouldBe(TemplateKind.Strategy);
            var first = versions.Single(v => v.Kind == TemplateKind.Strategy && v.Number == 1);
            first.Content.Phases.Count.ShouldBe(5);
            TemplateChanges.Between(first.Content, revised.Content).ShouldHaveSingleItem().Kind.ShouldBe(TemplateChangeKind.ActivityAdded);
            versions.Single(v => v.Kind == TemplateKind.Curriculum).Content.Modules[0].Title.En.ShouldBe("Sharpen the idea");
            var items = await db.SetupItems.IgnoreQueryFilters([Web.Data.HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            items.Count.ShouldBe(15);
            items.Count(i => i.IsDone).ShouldBe(5);
            items.Select(i => i.HubId).Distinct().Count().ShouldBe(1);
        });
    }
}
