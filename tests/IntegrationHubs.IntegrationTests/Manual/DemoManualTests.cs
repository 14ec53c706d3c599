using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Manual;

[Collection(AppCollection.Name)]
public sealed class DemoManualTests(AppFixture fixture)
{
    [Fact]
    public async Task Seeding_Twice_GivesVersionOneOfEachPart_InGermanAndEnglish_Once()
    {
        await fixture.App.ResetDatabaseAsync();

        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            var versions = await db.TemplateVersions.AsNoTracking().ToListAsync();
            versions.Count.ShouldBe(3);
            versions.Select(v => v.Kind).Order().ShouldBe([TemplateKind.SpatialProgramme, TemplateKind.Curriculum, TemplateKind.Strategy]);
            versions.ShouldAllBe(v => v.Number == 1 && v.Content.FitsKind(v.Kind));
            versions.Single(v => v.Kind == TemplateKind.Strategy).Content.Phases.Count.ShouldBe(5);
            versions.Single(v => v.Kind == TemplateKind.Curriculum).Content.Modules[0].Title.En.ShouldBe("Sharpen the idea");
            var items = await db.SetupItems.IgnoreQueryFilters([Web.Data.HubsDbContext.TenantFilter]).AsNoTracking().ToListAsync();
            items.Count.ShouldBe(15);
            items.Count(i => i.IsDone).ShouldBe(5);
            items.Select(i => i.HubId).Distinct().Count().ShouldBe(1);
        });
    }
}
