using System.Globalization;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Incubation;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Incubation;

[Collection(SecondAppCollection.Name)]
public sealed class CohortTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly IncubationWorld _world = new(fixture.App);

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        await _world.BuildAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<GetCohortBoard.Result> BoardAsync(Guid cohort) =>
        _world.As<GetCohortBoard, GetCohortBoard.Result>(_world.Carla, _world.A, h => h.HandleAsync(cohort));

    [Fact]
    public async Task CreateCohort_CopiesTheCurriculum_AndLaterCurriculumEditsDoNotChangeIt()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var cohort = await _world.CohortAsync(_world.A, _world.Carla);
        var curriculum = await _world.As<ListCurriculum, IReadOnlyList<ListCurriculum.Item>>(_world.Carla, _world.A, h => h.HandleAsync());

        IncubationWorld.Ok(await _world.As<ChangeCurriculum, InitiativeResult>(_world.Carla, _world.A,
            h => h.SaveAsync(curriculum[0].Id, new CurriculumModuleForm { Title = "Ganz neu", Milestone = "Neu" })));
        IncubationWorld.Ok(await _world.As<ChangeCurriculum, InitiativeResult>(_world.Carla, _world.A, h => h.MoveAsync(curriculum[2].Id, -1)));
        IncubationWorld.Ok(await _world.As<ChangeCurriculum, InitiativeResult>(_world.Carla, _world.A, h => h.RemoveAsync(curriculum[1].Id)));

        var board = await BoardAsync(cohort);
        board.Modules.Select(m => m.Title).ShouldBe(["Modul 1", "Modul 2", "Modul 3"]);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("uk");
        (await BoardAsync(cohort)).Modules.Select(m => m.Title).ShouldBe(["Module 1", "Module 2", "Module 3"]);
        var after = await _world.As<ListCurriculum, IReadOnlyList<ListCurriculum.Item>>(_world.Carla, _world.A, h => h.HandleAsync());
        after.Select(m => (m.Position, m.Text.Title)).ShouldBe([(0, "Ganz neu"), (1, "Modul 3")]);
    }

    [Fact]
    public async Task CreateCohort_SameFormSubmittedTwiceAtOnce_CreatesOneCohort()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var form = new CohortForm { Name = "Herbst", StartsOn = new DateTime(2026, 9, 1), EndsOn = new DateTime(2026, 12, 1), Capacity = 4 };
        Task<InitiativeResult> SendAsync() => _world.As<CreateCohort, InitiativeResult>(_world.Carla, _world.A, h => h.HandleAsync(form));

        var results = await Task.WhenAll(Task.Run(SendAsync), Task.Run(SendAsync));

        results.ShouldAllBe(r => r.Succeeded && r.Id == form.Id);
        (await _world.As<ListCohorts, IReadOnlyList<ListCohorts.Item>>(_world.Carla, _world.A, h => h.HandleAsync())).ShouldHaveSingleItem().Modules.ShouldBe(3);
    }

    [Fact]
    public async Task CreateCohort_WithoutCurriculum_IsRefusedWithTheReason()
    {
        var result = await _world.As<CreateCohort, InitiativeResult>(_world.Carla, _world.A, h => h.HandleAsync(
            new CohortForm { Name = "Leer", StartsOn = new DateTime(2026, 9, 1), EndsOn = new DateTime(2026, 10, 1), Capacity = 2 }));

        result.RefusalKey.ShouldBe("Cohort.NoCurriculum");
        Texts.Get(fixture.App, "en", result.RefusalKey!).ShouldBe("The hub has no curriculum yet. Add modules first.");
    }

    [Fact]
    public async Task CreateCohort_EndBeforeStart_IsAFieldError()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);

        var error = await Should.ThrowAsync<FluentValidation.ValidationException>(() => _world.As<CreateCohort, InitiativeResult>(_world.Carla, _world.A,
            h => h.HandleAsync(new CohortForm { Name = "Rückwärts", StartsOn = new DateTime(2026, 9, 1), EndsOn = new DateTime(2026, 8, 1), Capacity = 2 })));

        error.Errors.ShouldContain(e => e.PropertyName == nameof(CohortForm.EndsOn));
    }

    [Fact]
    public async Task Enrol_AcceptedInitiative_BecomesIncubating_InItsTimeline_WithAMilestonePerModule_AndAudited()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var cohort = await _world.CohortAsync(_world.A, _world.Carla);
        var initiative = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Repair Café");

        IncubationWorld.Ok(await _world.EnrolAsync(_world.A, _world.Dmytro, cohort, initiative));

        var seen = await _world.As<GetInitiative, GetInitiative.Result>(_world.Rana, _world.A, h => h.HandleAsync(initiative));
        seen.Status.ShouldBe(InitiativeStatus.Incubating);
        seen.Timeline[^1].ShouldBe(seen.Timeline[^1] with { From = InitiativeStatus.Accepted, To = InitiativeStatus.Incubating, By = "Dmytro Coordinator", Comment = "Herbst 2026" });
        (await _world.MilestonesAsync(initiative)).Count.ShouldBe(3);
        var board = await BoardAsync(cohort);
        board.Enrolled.ShouldBe(1);
        board.Rows.Single().Milestones.Values.ShouldAllBe(s => s == MilestoneStatus.NotStarted);
        board.Candidates.ShouldBeEmpty();
        var audit = await _world.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == AuditActions.InitiativeEnrolled).ToListAsync());
        audit.Single().ActorUserId.ShouldBe(_world.Dmytro.Id);
        audit.Single().HubId.ShouldBe(_world.A.Id);
    }

    [Fact]
    public async Task Enrol_FullCohort_IsRefused_AndTheInitiativeStaysAccepted()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var cohort = await _world.CohortAsync(_world.A, _world.Carla, capacity: 1);
        IncubationWorld.Ok(await _world.EnrolAsync(_world.A, _world.Carla, cohort, await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Erste")));
        var late = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Zweite");

        var result = await _world.EnrolAsync(_world.A, _world.Carla, cohort, late);

        result.RefusalKey.ShouldBe("Cohort.Full");
        Texts.German(fixture.App, result.RefusalKey!).ShouldBe("Die Kohorte ist voll: Alle Plätze sind belegt.");
        (await _world.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().SingleAsync(i => i.Id == late))).Status.ShouldBe(InitiativeStatus.Accepted);
        (await _world.MilestonesAsync(late)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Enrol_DeclinedInitiative_IsRefused()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var cohort = await _world.CohortAsync(_world.A, _world.Carla);
        var declined = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Abgelehnt", InitiativeStatus.Declined);

        var result = await _world.EnrolAsync(_world.A, _world.Carla, cohort, declined);

        result.RefusalKey.ShouldBe("Cohort.NotAccepted");
        Texts.Get(fixture.App, "ar", result.RefusalKey!).ShouldNotBeNullOrWhiteSpace();
        (await BoardAsync(cohort)).Enrolled.ShouldBe(0);
    }

    [Fact]
    public async Task Enrol_SeveralCoordinatorsTakeTheLastSeatAtOnce_ExactlyOneWins()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var cohort = await _world.CohortAsync(_world.A, _world.Carla, capacity: 1);
        var initiatives = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            initiatives.Add(await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, $"Bewerbung {i}"));
        }

        var results = await Task.WhenAll(initiatives.Select((id, i) => Task.Run(() => _world.EnrolAsync(_world.A, i % 2 == 0 ? _world.Carla : _world.Dmytro, cohort, id))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.RefusalKey == "Cohort.Full");
        var stored = await _world.ReadAsync(db => db.Cohorts.IgnoreQueryFilters().SingleAsync(c => c.Id == cohort));
        stored.EnrolledCount.ShouldBe(1);
        (await _world.ReadAsync(db => db.Enrolments.IgnoreQueryFilters().CountAsync(e => e.CohortId == cohort))).ShouldBe(1);
        (await _world.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().CountAsync(i => i.Status == InitiativeStatus.Incubating))).ShouldBe(1);
    }

    [Fact]
    public async Task Enrol_ByAPlainMemberOrMentor_IsNotFound()
    {
        await _world.CurriculumAsync(_world.A, _world.Carla);
        var cohort = await _world.CohortAsync(_world.A, _world.Carla);
        var initiative = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Repair Café");

        await Should.ThrowAsync<NotFoundException>(() => _world.EnrolAsync(_world.A, _world.Paul, cohort, initiative));
        await Should.ThrowAsync<NotFoundException>(() => _world.EnrolAsync(_world.A, _world.Mo, cohort, initiative));
    }

    [Fact]
    public async Task AssignMentor_OnlyAMentorOfThisHub_AndTheMentorThenSeesIt()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();

        var notAMentor = await _world.As<AssignMentor, InitiativeResult>(_world.Carla, _world.A, h => h.HandleAsync(new(initiative, _world.Paul.Id)));
        var otherHubsMentor = await _world.As<AssignMentor, InitiativeResult>(_world.Carla, _world.A, h => h.HandleAsync(new(initiative, _world.Bea.Id)));

        notAMentor.RefusalKey.ShouldBe("Cohort.NotAMentor");
        otherHubsMentor.RefusalKey.ShouldBe("Cohort.NotAMentor");
        var mine = await _world.As<ListMyMentoring, IReadOnlyList<ListMyMentoring.Item>>(_world.Mo, _world.A, h => h.HandleAsync());
        mine.Single().InitiativeId.ShouldBe(initiative);
        mine.Single().Modules.ShouldBe(3);
        var audit = await _world.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditActions.MentorAssigned));
        audit.ShouldBe(1);
    }
}
