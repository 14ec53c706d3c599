using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Incubation;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;

namespace IntegrationHubs.IntegrationTests.Incubation;

/// <summary>Nobody outside hub A reads or changes A's curriculum, cohorts, board or milestones.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class IncubationTenancyTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly IncubationWorld _world = new(fixture.App);

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        await _world.BuildAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CoordinatorOfHubB_SeesNoneOfHubAsCohortsBoardOrCurriculum()
    {
        var (cohort, initiative) = await _world.EnrolledWithMentorAsync();

        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetCohortBoard, GetCohortBoard.Result>(_world.Bea, _world.B, h => h.HandleAsync(cohort)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetCohortBoard, GetCohortBoard.Result>(_world.Bea, _world.A, h => h.HandleAsync(cohort)));
        (await _world.As<ListCohorts, IReadOnlyList<ListCohorts.Item>>(_world.Bea, _world.B, h => h.HandleAsync())).ShouldBeEmpty();
        (await _world.As<ListCurriculum, IReadOnlyList<ListCurriculum.Item>>(_world.Bea, _world.B, h => h.HandleAsync())).ShouldBeEmpty();
        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetInitiativeProgress, GetInitiativeProgress.Result?>(_world.Bea, _world.B, h => h.HandleAsync(initiative)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ListCohorts, IReadOnlyList<ListCohorts.Item>>(_world.Bea, _world.A, h => h.HandleAsync()));
    }

    [Fact]
    public async Task CoordinatorOfHubB_CannotChangeHubAsCohortsOrCurriculum()
    {
        var (cohort, initiative) = await _world.EnrolledWithMentorAsync();
        var accepted = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Wartet");
        var module = (await _world.As<ListCurriculum, IReadOnlyList<ListCurriculum.Item>>(_world.Carla, _world.A, h => h.HandleAsync()))[0];

        await Should.ThrowAsync<NotFoundException>(() => _world.EnrolAsync(_world.B, _world.Bea, cohort, accepted));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<AssignMentor, InitiativeResult>(_world.Bea, _world.B, h => h.HandleAsync(new(initiative, _world.Bea.Id))));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ChangeCurriculum, InitiativeResult>(_world.Bea, _world.B, h => h.RemoveAsync(module.Id)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ChangeCurriculum, InitiativeResult>(_world.Bea, _world.A, h => h.RemoveAsync(module.Id)));
        (await _world.As<ListCurriculum, IReadOnlyList<ListCurriculum.Item>>(_world.Carla, _world.A, h => h.HandleAsync())).Count.ShouldBe(3);
    }

    [Fact]
    public async Task PlainMembersAndMentors_DoNotReachTheCoordinatorsHandlers()
    {
        var (cohort, _) = await _world.EnrolledWithMentorAsync();

        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetCohortBoard, GetCohortBoard.Result>(_world.Paul, _world.A, h => h.HandleAsync(cohort)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetCohortBoard, GetCohortBoard.Result>(_world.Mo, _world.A, h => h.HandleAsync(cohort)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ListMyMentoring, IReadOnlyList<ListMyMentoring.Item>>(_world.Paul, _world.A, h => h.HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<CreateCohort, InitiativeResult>(_world.Mo, _world.A,
            h => h.HandleAsync(new CohortForm { Name = "X", StartsOn = DateTime.Today, EndsOn = DateTime.Today, Capacity = 1 })));
    }

    [Fact]
    public async Task PlainMember_DoesNotSeeAnIncubatingInitiativesMilestones()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();

        (await _world.As<GetInitiativeProgress, GetInitiativeProgress.Result?>(_world.Paul, _world.A, h => h.HandleAsync(initiative))).ShouldBeNull();
        await Should.ThrowAsync<NotFoundException>(() => _world.MoveAsync(_world.Paul, _world.A, initiative, 0, MilestoneStatus.InProgress));
    }
}
