using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Incubation;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Incubation;

[Collection(SecondAppCollection.Name)]
public sealed class MilestoneTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly IncubationWorld _world = new(fixture.App);

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        await _world.BuildAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task ReadyForReviewAsync(Guid initiative, int index)
    {
        IncubationWorld.Ok(await _world.MoveAsync(_world.Rana, _world.A, initiative, index, MilestoneStatus.InProgress, "Wir haben angefangen."));
        IncubationWorld.Ok(await _world.MoveAsync(_world.Rana, _world.A, initiative, index, MilestoneStatus.ForReview));
    }

    [Fact]
    public async Task Team_RecordsProgress_AssignedMentor_SignsOff_WithWhoAndWhen()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);

        IncubationWorld.Ok(await _world.MoveAsync(_world.Mo, _world.A, initiative, 0, MilestoneStatus.SignedOff, "Gut gemacht."));

        var progress = await _world.As<GetInitiativeProgress, GetInitiativeProgress.Result?>(_world.Rana, _world.A, h => h.HandleAsync(initiative));
        progress!.Milestones[0].Status.ShouldBe(MilestoneStatus.SignedOff);
        progress.Milestones[0].SignedOffBy.ShouldBe("Mo Mentor");
        progress.Milestones[0].TeamNote.ShouldBe("Wir haben angefangen.");
        progress.Milestones[0].Feedback.ShouldBe("Gut gemacht.");
        progress.Milestones[1].NextSteps.ShouldBe([MilestoneStatus.InProgress]);
        progress.Done.ShouldBe(1);
        progress.Mentor.ShouldBe("Mo Mentor");
        var audit = await _world.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == AuditActions.MilestoneSignedOff).ToListAsync());
        audit.Single().ActorUserId.ShouldBe(_world.Mo.Id);
    }

    [Fact]
    public async Task Mentor_SendsBackWithANote_TheTeamSeesTheFeedback()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);

        var withoutNote = await _world.MoveAsync(_world.Mo, _world.A, initiative, 0, MilestoneStatus.InProgress);
        IncubationWorld.Ok(await _world.MoveAsync(_world.Mo, _world.A, initiative, 0, MilestoneStatus.InProgress, "Bitte die Kosten ergänzen."));

        withoutNote.RefusalKey.ShouldBe("Milestone.SendBackNoteRequired");
        var milestone = (await _world.MilestonesAsync(initiative))[0];
        milestone.Status.ShouldBe(MilestoneStatus.InProgress);
        milestone.Feedback.ShouldBe("Bitte die Kosten ergänzen.");
    }

    [Fact]
    public async Task Coordinator_MayAlsoSignOff()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 1);

        IncubationWorld.Ok(await _world.MoveAsync(_world.Dmytro, _world.A, initiative, 1, MilestoneStatus.SignedOff));

        (await _world.MilestonesAsync(initiative))[1].SignedOffByUserId.ShouldBe(_world.Dmytro.Id);
    }

    [Fact]
    public async Task Team_CannotSignOffItsOwnMilestone()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);

        var result = await _world.MoveAsync(_world.Rana, _world.A, initiative, 0, MilestoneStatus.SignedOff);

        result.RefusalKey.ShouldBe("Milestone.MentorOnly");
        (await _world.MilestonesAsync(initiative))[0].Status.ShouldBe(MilestoneStatus.ForReview);
    }

    [Fact]
    public async Task MentorNotAssigned_CannotSeeOrSignOff()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);

        await Should.ThrowAsync<NotFoundException>(() => _world.MoveAsync(_world.Otto, _world.A, initiative, 0, MilestoneStatus.SignedOff));
        (await _world.As<GetInitiativeProgress, GetInitiativeProgress.Result?>(_world.Otto, _world.A, h => h.HandleAsync(initiative))).ShouldBeNull();
        (await _world.As<ListMyMentoring, IReadOnlyList<ListMyMentoring.Item>>(_world.Otto, _world.A, h => h.HandleAsync())).ShouldBeEmpty();
        (await _world.MilestonesAsync(initiative))[0].Status.ShouldBe(MilestoneStatus.ForReview);
    }

    [Fact]
    public async Task MentorWhoLostTheRole_CannotSignOffAnyMore()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);
        await _world.ReadAsync(async db =>
        {
            return await db.HubMemberships.IgnoreQueryFilters().Where(m => m.UserId == _world.Mo.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Roles, Domain.Members.HubRoles.Member));
        });

        await Should.ThrowAsync<NotFoundException>(() => _world.MoveAsync(_world.Mo, _world.A, initiative, 0, MilestoneStatus.SignedOff));
    }

    [Fact]
    public async Task MentorOfAnotherHub_CannotSignOff_NeitherFromTheirHubNorFromThisOne()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);

        await Should.ThrowAsync<NotFoundException>(() => _world.MoveAsync(_world.Bea, _world.B, initiative, 0, MilestoneStatus.SignedOff));
        await Should.ThrowAsync<NotFoundException>(() => _world.MoveAsync(_world.Bea, _world.A, initiative, 0, MilestoneStatus.SignedOff));
        (await _world.MilestonesAsync(initiative))[0].Status.ShouldBe(MilestoneStatus.ForReview);
    }

    [Fact]
    public async Task Milestone_DecidedOnAnOlderVersion_IsRefused()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        await ReadyForReviewAsync(initiative, 0);
        var stale = (await _world.MilestonesAsync(initiative))[0];
        IncubationWorld.Ok(await _world.MoveAsync(_world.Mo, _world.A, initiative, 0, MilestoneStatus.InProgress, "Noch nicht."));

        var result = await _world.As<MoveMilestone, InitiativeResult>(_world.Carla, _world.A, h => h.HandleAsync(new(stale.Id, stale.Version, MilestoneStatus.SignedOff, null)));

        result.RefusalKey.ShouldBe(InitiativeResult.ChangedMeanwhileKey);
        (await _world.MilestonesAsync(initiative))[0].Status.ShouldBe(MilestoneStatus.InProgress);
    }

    [Fact]
    public async Task Launch_ShowsTheInitiativePublicly_AndFreezesItsMilestones()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        var other = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Noch in Prüfung", InitiativeStatus.NeedsChanges);

        IncubationWorld.Ok(await _world.LaunchAsync(_world.A, _world.Carla, initiative));

        var showcase = await fixture.App.WithScopeAsync(async services =>
        {
            services.GetRequiredService<Web.Tenancy.HubContext>().Enter(_world.A);
            return await services.GetRequiredService<ListLaunchedInitiatives>().HandleAsync();
        });
        showcase!.Initiatives.Select(i => i.Id).ShouldBe([initiative]);
        showcase.Initiatives[0].LaunchedAt.ShouldNotBeNull();
        showcase.Initiatives.ShouldNotContain(i => i.Id == other);
        (await _world.MoveAsync(_world.Rana, _world.A, initiative, 0, MilestoneStatus.InProgress)).RefusalKey.ShouldBe("Milestone.NotIncubating");

        // Launched is public: a plain member and an unassigned mentor may now read its progress.
        (await _world.As<GetInitiativeProgress, GetInitiativeProgress.Result?>(_world.Otto, _world.A, h => h.HandleAsync(initiative)))!.Milestones.ShouldAllBe(m => m.NextSteps.Count == 0);
        (await _world.As<GetInitiativeProgress, GetInitiativeProgress.Result?>(_world.Paul, _world.A, h => h.HandleAsync(initiative))).ShouldNotBeNull();
    }
}
