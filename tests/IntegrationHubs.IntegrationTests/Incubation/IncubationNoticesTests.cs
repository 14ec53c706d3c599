using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Incubation;

[Collection(SecondAppCollection.Name)]
public sealed class IncubationNoticesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly IncubationWorld _world = new(fixture.App);

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        await _world.BuildAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<Notification>> NotificationsOfAsync(Guid userId, string kind) =>
        _world.ReadAsync(db => db.Notifications.IgnoreQueryFilters().AsNoTracking().Where(n => n.UserId == userId && n.Kind == kind).ToListAsync());

    [Fact]
    public async Task Enrolment_TellsTheTeamWhichCohort_AndAssignment_TellsTheMentor()
    {
        await _world.EnrolledWithMentorAsync("Nähwerkstatt");

        var team = await NotificationsOfAsync(_world.Rana.Id, NotificationKinds.InitiativeStatusChanged);
        team.ShouldContain(n => n.Parameters.SequenceEqual(new[] { "Nähwerkstatt", Notifier.ResourcePrefix + "Initiatives.Status.Incubating", "Herbst 2026" }));
        var mentor = (await NotificationsOfAsync(_world.Mo.Id, NotificationKinds.MentorAssigned)).ShouldHaveSingleItem();
        mentor.Parameters.ShouldBe(["Nähwerkstatt"]);
        mentor.Link.ShouldBe($"/hubs/{_world.A.Slug}/mentoring");
        mentor.HubId.ShouldBe(_world.A.Id);
        (await NotificationsOfAsync(_world.Carla.Id, NotificationKinds.MentorAssigned)).ShouldBeEmpty();
    }

    [Fact]
    public async Task MilestoneForReview_TellsTheMentor_AndTheVerdict_TellsTheTeamButNotTheMentor()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync();
        IncubationWorld.Ok(await _world.MoveAsync(_world.Rana, _world.A, initiative, 1, MilestoneStatus.InProgress));
        IncubationWorld.Ok(await _world.MoveAsync(_world.Rana, _world.A, initiative, 1, MilestoneStatus.ForReview));

        var ask = (await NotificationsOfAsync(_world.Mo.Id, NotificationKinds.MilestoneForReview)).ShouldHaveSingleItem();
        ask.Parameters.ShouldBe(["Repair Café", "2"]);

        IncubationWorld.Ok(await _world.MoveAsync(_world.Mo, _world.A, initiative, 1, MilestoneStatus.InProgress, "Bitte die Kosten ergänzen."));

        var verdict = (await NotificationsOfAsync(_world.Rana.Id, NotificationKinds.MilestoneReviewed)).ShouldHaveSingleItem();
        verdict.Parameters.ShouldBe(["Repair Café", "2", Notifier.ResourcePrefix + "Audit.MilestoneSentBack", "Bitte die Kosten ergänzen."]);
        (await NotificationsOfAsync(_world.Mo.Id, NotificationKinds.MilestoneReviewed)).ShouldBeEmpty();
    }
}
