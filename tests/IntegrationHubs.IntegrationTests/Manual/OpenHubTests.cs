using FluentValidation;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Manual;

[Collection(SecondAppCollection.Name)]
public sealed class OpenHubTests(AppFixture fixture)
{
    private readonly ManualWorld _world = new(fixture.App);

    private static void ShouldBeRefusedAt(ValidationException e, string field) =>
        e.Errors.ShouldContain(f => f.PropertyName == field && !string.IsNullOrWhiteSpace(f.ErrorMessage));

    [Fact]
    public async Task OpenHub_FromTemplates_CreatesAPlanningHubWithSpacesCurriculumChecklistAndCoordinatorInvitation()
    {
        // Arrange
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        var email = Arrange.Email("first-coordinator");

        // Act
        var result = await _world.OpenAsync(_world.Form(slug, email));

        // Assert
        var hub = await _world.ResolveAsync(slug);
        hub.ShouldNotBeNull();
        hub.Status.ShouldBe(HubStatus.Planning);
        (result.Spaces, result.Modules, result.SetupItems).ShouldBe((3, 8, 15));
        var (spaces, modules, items, invitations, origin) = await _world.ReadAsync(hub, async db => (
            await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(), await db.CurriculumModules.AsNoTracking().OrderBy(m => m.Position).ToListAsync(),
            await db.SetupItems.AsNoTracking().ToListAsync(), await db.HubInvitations.AsNoTracking().ToListAsync(), await db.HubManualOrigins.SingleAsync()));
        spaces.Select(s => s.Name).ShouldBe(["Stadtteilcafé", "Werkstatt 1", "Werkstatt 2"]);
        spaces.Single(s => s.Type == SpaceType.Cafe).Policy.RequiresApproval.ShouldBeFalse();
        spaces.ShouldAllBe(s => s.HubId == hub.Id);
        modules[0].Text.TitleEn.ShouldBe("Sharpen the idea");
        items.ShouldAllBe(i => !i.IsDone);
        invitations.ShouldHaveSingleItem().Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
        invitations[0].Email.ShouldBe(email);
        (origin.SpatialProgrammeVersionId, origin.CurriculumVersionId, origin.StrategyVersionId).ShouldBe((_world.Spatial, _world.Curriculum, _world.Strategy));
        Mails.CountTo(fixture.App.MailFolder, email).ShouldBe(1);
    }

    [Fact]
    public async Task OpenHub_ThenEditingEveryTemplate_ChangesNothingInTheHub()
    {
        // Arrange
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        await _world.OpenAsync(_world.Form(slug, Arrange.Email("c")));
        var hub = (await _world.ResolveAsync(slug))!;
        Task<(List<string>, List<string>, List<string>)> SnapshotAsync() => _world.ReadAsync(hub, async db => (
            await db.Spaces.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name + s.Capacity).ToListAsync(),
            await db.CurriculumModules.AsNoTracking().OrderBy(m => m.Position).Select(m => m.Text.Title + m.Text.Goals).ToListAsync(),
            await db.SetupItems.AsNoTracking().OrderBy(i => i.PhaseNumber).ThenBy(i => i.Position).Select(i => i.Text.De).ToListAsync()));
        var before = await SnapshotAsync();

        // Act: a new version of each part, every text and number changed
        var spatial = DemoManual.SpatialProgramme;
        await _world.As<SaveTemplateVersion>(_world.Admin, null, h => h.HandleAsync(TemplateKind.SpatialProgramme,
            spatial with { SpaceTypes = [.. spatial.SpaceTypes.Select(t => t with { Name = new(t.Name.De + " neu", t.Name.En + " new"), Capacity = 3 })] }, "renamed"));
        var curriculum = DemoManual.Curriculum;
        await _world.As<SaveTemplateVersion>(_world.Admin, null, h => h.HandleAsync(TemplateKind.Curriculum,
            curriculum with { Modules = [curriculum.Modules[0] with { Title = new("Nur eins", "Only one") }] }, "shorter"));
        var strategy = DemoManual.Strategy;
        await _world.As<SaveTemplateVersion>(_world.Admin, null, h => h.HandleAsync(TemplateKind.Strategy,
            strategy with { Phases = [strategy.Phases[0] with { Activities = [new("Anders", "Different")] }] }, "one phase"));

        // Assert
        var after = await SnapshotAsync();
        after.Item1.ShouldBe(before.Item1);
        after.Item2.ShouldBe(before.Item2);
        after.Item3.ShouldBe(before.Item3);
        var versions = await _world.As<ListTemplateVersions, IReadOnlyList<ListTemplateVersions.Item>>(_world.Admin, null, h => h.HandleAsync());
        versions.Count.ShouldBe(6);
        versions.Where(v => v.Number == 1).ShouldAllBe(v => v.ChangeNote == null);
    }

    [Fact]
    public async Task OpenHub_SlugTaken_IsRefusedAtTheField_AndNothingIsCreated()
    {
        // Arrange
        await _world.BuildAsync();
        var taken = await _world.Arrange.HubAsync("Taken Hub");
        var before = await _world.CountsAsync();

        // Act
        var e = await Should.ThrowAsync<ValidationException>(() => _world.OpenAsync(_world.Form(taken.Slug, Arrange.Email("c"))));

        // Assert
        ShouldBeRefusedAt(e, nameof(OpenHubForm.Slug));
        (await _world.CountsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Halle Neustadt")]
    [InlineData("halle_neu")]
    [InlineData("hä")]
    [InlineData("admin")]
    [InlineData("-halle")]
    public async Task OpenHub_SlugNotUrlSafe_IsRefusedAtTheField(string slug)
    {
        await _world.BuildAsync();
        var before = await _world.CountsAsync();

        var e = await Should.ThrowAsync<ValidationException>(() => _world.OpenAsync(_world.Form(slug, Arrange.Email("c"))));

        ShouldBeRefusedAt(e, nameof(OpenHubForm.Slug));
        (await _world.CountsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Europe/Atlantis")]
    [InlineData("")]
    public async Task OpenHub_UnknownTimeZone_IsRefusedAtTheField(string zone)
    {
        await _world.BuildAsync();
        var form = _world.Form(Arrange.Slug("halle"), Arrange.Email("c"));
        form.TimeZone = zone;

        var e = await Should.ThrowAsync<ValidationException>(() => _world.OpenAsync(form));

        ShouldBeRefusedAt(e, nameof(OpenHubForm.TimeZone));
        form.TimeZone.ShouldBe(zone);
    }

    [Fact]
    public async Task OpenHub_NoSpaceTypes_IsRefusedAtTheField()
    {
        await _world.BuildAsync();
        var form = _world.Form(Arrange.Slug("halle"), Arrange.Email("c"));
        form.SpaceCounts = new() { [0] = 0, [1] = 0 };

        var e = await Should.ThrowAsync<ValidationException>(() => _world.OpenAsync(form));

        ShouldBeRefusedAt(e, nameof(OpenHubForm.SpaceCounts));
    }

    [Fact]
    public async Task OpenHub_TemplateVersionDeletedWhileTheWizardUsesIt_IsRefusedAtTheField_AndNothingIsCreated()
    {
        // Arrange: the admin picked the strategy; meanwhile someone deletes that version
        await _world.BuildAsync();
        var form = _world.Form(Arrange.Slug("halle"), Arrange.Email("c"));
        await _world.As<DeleteTemplateVersion>(_world.Admin, null, h => h.HandleAsync(_world.Strategy));
        var before = await _world.CountsAsync();

        // Act
        var e = await Should.ThrowAsync<ValidationException>(() => _world.OpenAsync(form));

        // Assert: not even the new municipality is there
        ShouldBeRefusedAt(e, nameof(OpenHubForm.StrategyVersionId));
        (await _world.CountsAsync()).ShouldBe(before);
        (await _world.ResolveAsync(form.Slug!)).ShouldBeNull();
    }

    [Fact]
    public async Task DeleteTemplateVersion_AHubWasOpenedFrom_IsRefused()
    {
        await _world.BuildAsync();
        await _world.OpenAsync(_world.Form(Arrange.Slug("halle"), Arrange.Email("c")));

        var e = await Should.ThrowAsync<Domain.Common.DomainException>(() => _world.As<DeleteTemplateVersion>(_world.Admin, null, h => h.HandleAsync(_world.Strategy)));

        e.Code.ShouldBe("Manual.VersionInUse");
    }

    [Fact]
    public async Task OpenHub_SlugAskedForBeforeItExisted_IsFoundAtOnceAfterwards()
    {
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        (await _world.ResolveAsync(slug)).ShouldBeNull();

        await _world.OpenAsync(_world.Form(slug, Arrange.Email("c")));

        (await _world.ResolveAsync(slug)).ShouldNotBeNull();
    }

    [Fact]
    public async Task ManualAndWizardHandlers_RefuseCoordinatorsAndViewers_WithNotFound()
    {
        // Arrange
        await _world.BuildAsync();
        var hub = await _world.Arrange.HubAsync("Ost Hub");
        var coordinator = await _world.Arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        var member = await _world.Arrange.MemberAsync(hub, "member");
        var before = await _world.CountsAsync();

        foreach (var person in new[] { coordinator, member })
        {
            foreach (var where in new[] { null, hub })
            {
                // Act + Assert
                await Should.ThrowAsync<NotFoundException>(() => _world.As<OpenHub, OpenHub.Result>(person, where,
                    h => h.HandleAsync(_world.Form(Arrange.Slug("halle"), Arrange.Email("c")), ManualWorld.BaseUri)));
                await Should.ThrowAsync<NotFoundException>(() => _world.As<SaveTemplateVersion, Guid>(person, where,
                    h => h.HandleAsync(TemplateKind.Strategy, DemoManual.Strategy, "mine")));
                await Should.ThrowAsync<NotFoundException>(() => _world.As<ListTemplateVersions, IReadOnlyList<ListTemplateVersions.Item>>(person, where, h => h.HandleAsync()));
                await Should.ThrowAsync<NotFoundException>(() => _world.As<DeleteTemplateVersion>(person, where, h => h.HandleAsync(_world.Strategy)));
            }
        }

        (await _world.CountsAsync()).ShouldBe(before);
        (await _world.As<ListTemplateVersions, IReadOnlyList<ListTemplateVersions.Item>>(_world.Admin, null, h => h.HandleAsync())).Count.ShouldBe(3);
    }
}
