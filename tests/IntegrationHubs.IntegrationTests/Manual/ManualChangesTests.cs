using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Security;

namespace IntegrationHubs.IntegrationTests.Manual;

/// <summary>A hub's coordinators see what the Manual says now that it did not say when their hub was opened; their copies stay.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class ManualChangesTests(AppFixture fixture)
{
    private readonly ManualWorld _world = new(fixture.App);

    private static TemplateContent StrategyWithANewActivity()
    {
        var phases = DemoManual.Strategy.Phases.ToList();
        phases[0] = phases[0] with { Activities = [.. phases[0].Activities, new ManualText("Stadtteilspaziergang mit Kindern", "Neighbourhood walk with children")] };
        return DemoManual.Strategy with { Phases = phases };
    }

    [Fact]
    public async Task NewStrategyVersion_IsListedForTheHub_WhileItsChecklistStaysAsItWas()
    {
        await _world.BuildAsync();
        var slug = Arrange.Slug("gamma");
        await _world.OpenAsync(_world.Form(slug, Arrange.Email("cg")));
        var hub = (await _world.ResolveAsync(slug))!;
        var coordinator = await _world.Arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        (await _world.As<GetManualChanges, IReadOnlyList<GetManualChanges.KindChanges>>(coordinator, hub, h => h.HandleAsync())).ShouldBeEmpty();
        var itemsBefore = (await _world.As<GetSetup, GetSetup.View>(coordinator, hub, h => h.HandleAsync())).Items.Count;

        await _world.As<SaveTemplateVersion, Guid>(_world.Admin, null, h => h.HandleAsync(TemplateKind.Strategy, StrategyWithANewActivity(), "Ein Spaziergang mehr"));
        var changes = await _world.As<GetManualChanges, IReadOnlyList<GetManualChanges.KindChanges>>(coordinator, hub, h => h.HandleAsync());

        var strategy = changes.ShouldHaveSingleItem();
        strategy.Kind.ShouldBe(TemplateKind.Strategy);
        (strategy.HubVersion, strategy.LatestVersion).ShouldBe((1, 2));
        strategy.Changes.ShouldHaveSingleItem().Kind.ShouldBe(TemplateChangeKind.ActivityAdded);
        strategy.Notes.ShouldHaveSingleItem().Text.ShouldBe("Ein Spaziergang mehr");
        (await _world.As<GetSetup, GetSetup.View>(coordinator, hub, h => h.HandleAsync())).Items.Count.ShouldBe(itemsBefore);
    }

    [Fact]
    public async Task CoordinatorOfAnotherHub_OrAMember_CannotReadTheChanges()
    {
        await _world.BuildAsync();
        var a = Arrange.Slug("alpha");
        var b = Arrange.Slug("beta");
        await _world.OpenAsync(_world.Form(a, Arrange.Email("ca")));
        await _world.OpenAsync(_world.Form(b, Arrange.Email("cb")));
        var hubA = (await _world.ResolveAsync(a))!;
        var hubB = (await _world.ResolveAsync(b))!;
        var coordinatorB = await _world.Arrange.MemberAsync(hubB, "coordinator-b", HubRoles.Member | HubRoles.Coordinator);
        var memberA = await _world.Arrange.MemberAsync(hubA, "member-a");

        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetManualChanges, IReadOnlyList<GetManualChanges.KindChanges>>(coordinatorB, hubA, h => h.HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetManualChanges, IReadOnlyList<GetManualChanges.KindChanges>>(memberA, hubA, h => h.HandleAsync()));
    }
}
