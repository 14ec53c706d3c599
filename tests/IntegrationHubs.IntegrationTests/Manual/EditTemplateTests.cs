using FluentValidation;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Manual;

/// <summary>The admin's structured edit of a template, through the handler the page uses, on the real database.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class EditTemplateTests(AppFixture fixture)
{
    private readonly ManualWorld _world = new(fixture.App);

    private Task<IReadOnlyList<ListTemplateVersions.Item>> VersionsAsync() =>
        _world.As<ListTemplateVersions, IReadOnlyList<ListTemplateVersions.Item>>(_world.Admin, null, h => h.HandleAsync());

    private Task<Guid> SaveAsync(TemplateForm form) => _world.As<SaveTemplateVersion, Guid>(_world.Admin, null, h => h.HandleAsync(form));

    [Fact]
    public async Task AStructuredEdit_SavesTheNextVersion_WhileTheHubOpenedFromTheOldOneKeepsItsCopy()
    {
        // Arrange: a hub opened from version 1 of the spatial programme
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        await _world.OpenAsync(_world.Form(slug, Arrange.Email("c")));
        var hub = (await _world.ResolveAsync(slug))!;
        var spacesBefore = await _world.ReadAsync(hub, db => db.Spaces.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Name, s.Capacity, s.Policy }).ToListAsync());
        var form = TemplateForm.From(TemplateKind.SpatialProgramme, DemoManual.SpatialProgramme);
        form.SpaceTypes[0].Capacity = 55;
        form.SpaceTypes[1].RequiresApproval = false;
        (form.SpaceTypes[0], form.SpaceTypes[2]) = (form.SpaceTypes[2], form.SpaceTypes[0]);
        form.SpaceTypes.Add(new SpaceTypeForm { Type = SpaceType.Other, NameDe = "Nähstube", NameEn = "Sewing room", SizeSquareMetres = 20, Capacity = 6 });
        form.ChangeNote = "Nähstube, größeres Café";

        // Act
        var id = await SaveAsync(form);

        // Assert: version 2 holds the edit, version 1 is as it was
        var versions = (await VersionsAsync()).Where(v => v.Kind == TemplateKind.SpatialProgramme).ToList();
        versions.Select(v => v.Number).ShouldBe([2, 1]);
        var saved = versions[0];
        saved.Id.ShouldBe(id);
        saved.ChangeNote.ShouldBe("Nähstube, größeres Café");
        saved.Content.SpaceTypes.Select(t => t.Name.De).ShouldBe(["Gemeinschaftsküche", "Werkstatt", "Stadtteilcafé", "Co-Working", "Saal", "Beratungsraum", "Kinderecke", "Nähstube"]);
        saved.Content.SpaceTypes[2].Capacity.ShouldBe(55);
        saved.Content.SpaceTypes[1].RequiresApproval.ShouldBeFalse();
        versions[1].Content.SpaceTypes.ShouldBe(DemoManual.SpatialProgramme.SpaceTypes);

        // … and the hub's spaces and origin stay with version 1 (copy-on-create)
        var spacesAfter = await _world.ReadAsync(hub, db => db.Spaces.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Name, s.Capacity, s.Policy }).ToListAsync());
        spacesAfter.ShouldBe(spacesBefore);
        (await _world.ReadAsync(hub, db => db.HubManualOrigins.AsNoTracking().SingleAsync())).SpatialProgrammeVersionId.ShouldBe(_world.Spatial);

        // … while its coordinators are told what changed since
        var coordinator = await _world.Arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        var changes = (await _world.As<GetManualChanges, IReadOnlyList<GetManualChanges.KindChanges>>(coordinator, hub, h => h.HandleAsync())).ShouldHaveSingleItem();
        (changes.HubVersion, changes.LatestVersion).ShouldBe((1, 2));
        changes.Changes.ShouldContain(c => c.Kind == TemplateChangeKind.Added && c.Subject!.De == "Nähstube");
        changes.Changes.ShouldContain(c => c.Kind == TemplateChangeKind.Changed && c.Subject!.De == "Stadtteilcafé");
    }

    [Fact]
    public async Task AStrategyEdit_WithANewPhaseAndActivity_IsTheNextVersion_AndTheHubsChecklistStays()
    {
        // Arrange
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        await _world.OpenAsync(_world.Form(slug, Arrange.Email("c")));
        var hub = (await _world.ResolveAsync(slug))!;
        var itemsBefore = await _world.ReadAsync(hub, db => db.SetupItems.AsNoTracking().CountAsync());
        var form = TemplateForm.From(TemplateKind.Strategy, DemoManual.Strategy);
        form.Phases[0].Activities.Add(new ActivityForm { De = "Hoffest planen", En = "Plan a courtyard party" });
        form.Phases.Insert(0, new PhaseForm { TitleDe = "Vorbereiten", TitleEn = "Prepare", Weeks = 2, Activities = [new ActivityForm { De = "Schlüssel holen", En = "Collect the keys" }] });

        // Act
        await SaveAsync(form);

        // Assert
        var latest = (await VersionsAsync()).First(v => v.Kind == TemplateKind.Strategy);
        latest.Number.ShouldBe(2);
        latest.Content.Phases[0].Title.ShouldBe(new ManualText("Vorbereiten", "Prepare"));
        latest.Content.Phases[1].Activities[^1].ShouldBe(new ManualText("Hoffest planen", "Plan a courtyard party"));
        (await _world.ReadAsync(hub, db => db.SetupItems.AsNoTracking().CountAsync())).ShouldBe(itemsBefore);
    }

    [Fact]
    public async Task ABadValue_IsRefusedAtItsField_AndNoVersionIsSaved()
    {
        // Arrange
        await _world.BuildAsync();
        var form = TemplateForm.From(TemplateKind.Curriculum, DemoManual.Curriculum);
        form.Modules[3].MilestoneEn = " ";

        // Act
        var e = await Should.ThrowAsync<ValidationException>(() => SaveAsync(form));

        // Assert
        e.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Modules[3].MilestoneEn");
        (await VersionsAsync()).Count(v => v.Kind == TemplateKind.Curriculum).ShouldBe(1);
    }

    [Fact]
    public async Task ContentThatDoesNotFitItsKind_IsRefusedByTheDomain_EvenPastThePage()
    {
        // Arrange: a curriculum with one title twice, which the versions' comparison could not tell apart
        await _world.BuildAsync();
        var module = DemoManual.Curriculum.Modules[0];
        var content = DemoManual.Curriculum with { Modules = [module, module] };

        // Act + Assert
        var e = await Should.ThrowAsync<DomainException>(() =>
            _world.As<SaveTemplateVersion, Guid>(_world.Admin, null, h => h.HandleAsync(TemplateKind.Curriculum, content, null)));
        e.Code.ShouldBe("Manual.InvalidTemplate");
        (await VersionsAsync()).Count(v => v.Kind == TemplateKind.Curriculum).ShouldBe(1);
    }

    [Fact]
    public async Task OnlyNetworkAdmins_MaySaveAStructuredEdit_CoordinatorsAndMembersAreRefused()
    {
        // Arrange
        await _world.BuildAsync();
        var hub = await _world.Arrange.HubAsync("Ost Hub");
        var coordinator = await _world.Arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        var member = await _world.Arrange.MemberAsync(hub, "member");
        var form = TemplateForm.From(TemplateKind.Strategy, DemoManual.Strategy);
        form.Phases[0].TitleDe = "Meine Phase";

        foreach (var person in new[] { coordinator, member })
        {
            foreach (var where in new[] { null, hub })
            {
                // Act + Assert
                await Should.ThrowAsync<NotFoundException>(() => _world.As<SaveTemplateVersion, Guid>(person, where, h => h.HandleAsync(form)));
            }
        }

        (await VersionsAsync()).Count(v => v.Kind == TemplateKind.Strategy).ShouldBe(1);
    }

    [Fact]
    public async Task AdminsSavingAtOnce_GetOneVersionEach_OrARefusal_NeverTheSameNumberTwice()
    {
        // Arrange
        await _world.BuildAsync();
        var forms = Enumerable.Range(1, 4).Select(i =>
        {
            var form = TemplateForm.From(TemplateKind.Strategy, DemoManual.Strategy);
            form.ChangeNote = $"edit {i}";
            return form;
        }).ToList();

        // Act: whichever saves lose the race for a number are refused with a message, not an error
        var outcomes = await Task.WhenAll(forms.Select(async form =>
        {
            try
            {
                await SaveAsync(form);
                return "saved";
            }
            catch (DomainException e)
            {
                return e.Code;
            }
        }));

        // Assert
        outcomes.ShouldAllBe(o => o == "saved" || o == "Manual.VersionTaken");
        var numbers = (await VersionsAsync()).Where(v => v.Kind == TemplateKind.Strategy).Select(v => v.Number).Order().ToList();
        numbers.ShouldBe(Enumerable.Range(1, 1 + outcomes.Count(o => o == "saved")).ToList());
    }

    [Fact]
    public async Task SpacesOpenedByTheWizard_AreOpenOnWeekdays_SoTheyCanBeBookedAtOnce()
    {
        // Arrange + Act
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        await _world.OpenAsync(_world.Form(slug, Arrange.Email("c")));
        var hub = (await _world.ResolveAsync(slug))!;

        // Assert
        var hours = await _world.ReadAsync(hub, db => db.Spaces.AsNoTracking().Select(s => s.OpeningHours).ToListAsync());
        hours.Count.ShouldBe(3);
        hours.ShouldAllBe(h => h.Count == 5);
        hours[0].ShouldBe(OpenHub.DefaultOpeningHours);
        hours[0].ShouldNotContain(p => p.Day == DayOfWeek.Saturday || p.Day == DayOfWeek.Sunday);
    }
}
