using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Initiatives;

[Collection(SecondAppCollection.Name)]
public sealed class InitiativeReviewTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MemberScenario _scenario = new(fixture.App);
    private Hub _hub = default!;
    private ApplicationUser _rana = default!;
    private ApplicationUser _carla = default!;
    private ApplicationUser _dmytro = default!;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _hub = await _scenario.HubAsync("ost");
        _rana = await _scenario.PersonAsync("Rana Farahani", "rana@example.org");
        _carla = await _scenario.PersonAsync("Carla Coordinator", "carla@example.org");
        _dmytro = await _scenario.PersonAsync("Dmytro Koval", "dmytro@example.org");
        await _scenario.MembershipAsync(_hub, _rana, HubRoles.Member);
        await _scenario.MembershipAsync(_hub, _carla, HubRoles.Member | HubRoles.Coordinator);
        await _scenario.MembershipAsync(_hub, _dmytro, HubRoles.Member | HubRoles.Coordinator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static InitiativeForm Kitchen() => new()
    {
        Title = "Nachbarschaftsküche", Summary = "Einmal im Monat kochen wir zusammen.", Category = InitiativeCategory.Social,
        Languages = ["de", "ar"], Needs = InitiativeNeeds.Space | InitiativeNeeds.Materials,
    };

    private Task<T> As<T, THandler>(ApplicationUser user, Func<THandler, Task<T>> action, Hub? hub = null)
        where THandler : notnull =>
        _scenario.AsAsync(user, hub ?? _hub, s => action(s.GetRequiredService<THandler>()));

    private async Task<Guid> DraftAsync(ApplicationUser by, InitiativeForm? form = null)
    {
        var result = await As<InitiativeResult, SaveInitiativeDraft>(by, h => h.HandleAsync(new(null, 0, form ?? Kitchen())));
        result.Succeeded.ShouldBeTrue(result.RefusalKey);
        return result.Id!.Value;
    }

    private Task<Initiative> LoadAsync(Guid id) =>
        _scenario.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id));

    private async Task<InitiativeResult> SubmitAsync(ApplicationUser by, Guid id) =>
        await As<InitiativeResult, SubmitInitiative>(by, async h => await h.HandleAsync(new(id, (await LoadAsync(id)).Version)));

    private async Task<InitiativeResult> ReviewAsync(ApplicationUser by, Guid id, InitiativeStatus to, string? comment) =>
        await As<InitiativeResult, ReviewInitiative>(by, async h => await h.HandleAsync(new(id, (await LoadAsync(id)).Version, to, comment)));

    private async Task<(int Transitions, int Audits)> RecordedAsync() => await _scenario.ReadAsync(async db =>
        (await db.InitiativeTransitions.IgnoreQueryFilters().CountAsync(),
         await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == nameof(Initiative))));

    [Fact]
    public async Task Proposal_DraftToAccepted_RecordsEveryStepWithWhoWhenAndComment()
    {
        var id = await DraftAsync(_rana);

        (await SubmitAsync(_rana, id)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_carla, id, InitiativeStatus.InReview, null)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_carla, id, InitiativeStatus.NeedsChanges, "Bitte einen Ort nennen.")).Succeeded.ShouldBeTrue();
        var edited = Kitchen();
        edited.Summary = "Einmal im Monat kochen wir zusammen, im Gemeinschaftsraum.";
        var save = await As<InitiativeResult, SaveInitiativeDraft>(_rana, async h => await h.HandleAsync(new(id, (await LoadAsync(id)).Version, edited)));
        save.Succeeded.ShouldBeTrue(save.RefusalKey);
        (await SubmitAsync(_rana, id)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_dmytro, id, InitiativeStatus.InReview, null)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_dmytro, id, InitiativeStatus.Accepted, "Willkommen!")).Succeeded.ShouldBeTrue();

        var seen = await As<GetInitiative.Result, GetInitiative>(_rana, h => h.HandleAsync(id));
        seen.Status.ShouldBe(InitiativeStatus.Accepted);
        seen.Summary.ShouldBe(edited.Summary);
        seen.Languages.ShouldBe(["de", "ar"]);
        seen.Needs.ShouldBe(InitiativeNeeds.Space | InitiativeNeeds.Materials);
        seen.Timeline.Select(s => (s.From, s.To, s.By, s.Comment)).ShouldBe(
        [
            (InitiativeStatus.Draft, InitiativeStatus.Submitted, "Rana Farahani", null),
            (InitiativeStatus.Submitted, InitiativeStatus.InReview, "Carla Coordinator", null),
            (InitiativeStatus.InReview, InitiativeStatus.NeedsChanges, "Carla Coordinator", "Bitte einen Ort nennen."),
            (InitiativeStatus.NeedsChanges, InitiativeStatus.Submitted, "Rana Farahani", null),
            (InitiativeStatus.Submitted, InitiativeStatus.InReview, "Dmytro Koval", null),
            (InitiativeStatus.InReview, InitiativeStatus.Accepted, "Dmytro Koval", "Willkommen!"),
        ]);
        seen.Timeline.Select(s => s.At).ShouldBeInOrder();
        seen.Timeline.ShouldAllBe(s => s.At > DateTimeOffset.UtcNow.AddMinutes(-5));
        (await LoadAsync(id)).SubmittedAt.ShouldBe(seen.Timeline[0].At);

        var audit = await _scenario.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        audit.Select(a => a.Action).ShouldBe(
        [
            AuditActions.InitiativeSubmitted, AuditActions.InitiativeReviewed, AuditActions.InitiativeReviewed,
            AuditActions.InitiativeSubmitted, AuditActions.InitiativeReviewed, AuditActions.InitiativeReviewed,
        ]);
        audit.ShouldAllBe(a => a.HubId == _hub.Id && a.EntityId == id.ToString());
        audit[^1].ActorUserId.ShouldBe(_dmytro.Id);
        audit[^1].Detail.ShouldBe("InReview → Accepted");
    }

    [Fact]
    public async Task Review_AStepNotAllowedFromTheCurrentStatus_IsRefusedWithTheReason_AndNothingSaved()
    {
        var id = await DraftAsync(_rana);
        (await SubmitAsync(_rana, id)).Succeeded.ShouldBeTrue();
        var before = await RecordedAsync();

        var result = await ReviewAsync(_carla, id, InitiativeStatus.Accepted, "Direkt angenommen");

        result.RefusalKey.ShouldBe("Initiative.TransitionNotAllowed");
        Texts.Get(fixture.App, "en", result.RefusalKey!).ShouldBe("This step is not possible from the initiative's current status.");
        (await LoadAsync(id)).Status.ShouldBe(InitiativeStatus.Submitted);
        (await RecordedAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Review_ByACoordinatorOnTheInitiativesTeam_IsRefused()
    {
        var id = await DraftAsync(_carla);
        (await SubmitAsync(_carla, id)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_dmytro, id, InitiativeStatus.InReview, null)).Succeeded.ShouldBeTrue();
        var before = await RecordedAsync();

        var result = await ReviewAsync(_carla, id, InitiativeStatus.Accepted, "Passt.");

        result.RefusalKey.ShouldBe("Initiative.OwnReview");
        (await LoadAsync(id)).Status.ShouldBe(InitiativeStatus.InReview);
        (await RecordedAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Review_ByAPlainMember_IsNotFound()
    {
        var other = await _scenario.PersonAsync("Ole Member", "ole@example.org");
        await _scenario.MembershipAsync(_hub, other, HubRoles.Member);
        var id = await DraftAsync(_rana);
        (await SubmitAsync(_rana, id)).Succeeded.ShouldBeTrue();

        await Should.ThrowAsync<NotFoundException>(() => ReviewAsync(other, id, InitiativeStatus.InReview, null));

        (await LoadAsync(id)).Status.ShouldBe(InitiativeStatus.Submitted);
    }

    [Fact]
    public async Task Decline_WithoutAReason_IsRefused_WithAReasonIsRecorded()
    {
        var id = await DraftAsync(_rana);
        (await SubmitAsync(_rana, id)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_carla, id, InitiativeStatus.InReview, null)).Succeeded.ShouldBeTrue();
        var before = await RecordedAsync();

        (await ReviewAsync(_carla, id, InitiativeStatus.Declined, "   ")).RefusalKey.ShouldBe("Initiative.DeclineReasonRequired");
        (await LoadAsync(id)).Status.ShouldBe(InitiativeStatus.InReview);
        (await RecordedAsync()).ShouldBe(before);

        (await ReviewAsync(_carla, id, InitiativeStatus.Declined, "Passt nicht zum Hub.")).Succeeded.ShouldBeTrue();
        var seen = await As<GetInitiative.Result, GetInitiative>(_rana, h => h.HandleAsync(id));
        seen.Timeline[^1].Comment.ShouldBe("Passt nicht zum Hub.");
    }

    [Fact]
    public async Task TwoCoordinatorsDecidingOnTheSameVersion_OneWins_TheOtherIsToldItChangedMeanwhile()
    {
        var id = await DraftAsync(_rana);
        (await SubmitAsync(_rana, id)).Succeeded.ShouldBeTrue();
        (await ReviewAsync(_carla, id, InitiativeStatus.InReview, null)).Succeeded.ShouldBeTrue();
        var seen = (await LoadAsync(id)).Version;

        var results = await Task.WhenAll(
            As<InitiativeResult, ReviewInitiative>(_carla, h => h.HandleAsync(new(id, seen, InitiativeStatus.Accepted, "Ja"))),
            As<InitiativeResult, ReviewInitiative>(_dmytro, h => h.HandleAsync(new(id, seen, InitiativeStatus.NeedsChanges, "Noch nicht"))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).RefusalKey.ShouldBe(InitiativeResult.ChangedMeanwhileKey);
        var winner = results[0].Succeeded ? InitiativeStatus.Accepted : InitiativeStatus.NeedsChanges;
        (await LoadAsync(id)).Status.ShouldBe(winner);
        var timeline = await As<GetInitiative.Result, GetInitiative>(_rana, h => h.HandleAsync(id));
        timeline.Timeline.Count.ShouldBe(3);
        timeline.Timeline[^1].To.ShouldBe(winner);

        // Decided later on the same old picture: still refused, not applied to the new status.
        var late = await As<InitiativeResult, ReviewInitiative>(_dmytro, h => h.HandleAsync(new(id, seen, InitiativeStatus.Declined, "Nein")));
        late.RefusalKey.ShouldBe(InitiativeResult.ChangedMeanwhileKey);
        (await LoadAsync(id)).Status.ShouldBe(winner);
    }

    [Fact]
    public async Task Draft_IsEditedOnlyByItsCreator_AndBadInputIsRefusedWithLocalizedReasons()
    {
        var id = await DraftAsync(_rana);
        var version = (await LoadAsync(id)).Version;

        await Should.ThrowAsync<NotFoundException>(() =>
            As<InitiativeResult, SaveInitiativeDraft>(_carla, h => h.HandleAsync(new(id, version, Kitchen()))));

        var bad = new InitiativeForm { Title = new string('x', Initiative.TitleMaxLength + 1), Summary = "", Languages = ["xx"] };
        var error = await Should.ThrowAsync<ValidationException>(() =>
            As<InitiativeResult, SaveInitiativeDraft>(_rana, h => h.HandleAsync(new(id, version, bad))));
        error.Errors.Select(e => e.PropertyName).ShouldBe(["Title", "Languages"], ignoreOrder: true);
        (await LoadAsync(id)).Title.ShouldBe("Nachbarschaftsküche");
    }

    [Fact]
    public async Task Drafts_AreVisibleOnlyToTheirCreator()
    {
        var draft = await DraftAsync(_rana);
        var submitted = await DraftAsync(_rana, new InitiativeForm { Title = "Sprachcafé", Category = InitiativeCategory.Culture });
        (await SubmitAsync(_rana, submitted)).Succeeded.ShouldBeTrue();

        var ranaSees = await As<IReadOnlyList<ListHubInitiatives.Item>, ListHubInitiatives>(_rana, h => h.HandleAsync(new()));
        var carlaSees = await As<IReadOnlyList<ListHubInitiatives.Item>, ListHubInitiatives>(_carla, h => h.HandleAsync(new()));
        var queue = await As<IReadOnlyList<ListHubInitiatives.Item>, ListHubInitiatives>(_carla, h => h.HandleAsync(new(InitiativeStatus.Submitted)));

        ranaSees.Select(i => i.Id).ShouldBe([submitted, draft], ignoreOrder: true);
        carlaSees.Select(i => i.Id).ShouldBe([submitted]);
        queue.Single().Title.ShouldBe("Sprachcafé");
        await Should.ThrowAsync<NotFoundException>(() => As<GetInitiative.Result, GetInitiative>(_carla, h => h.HandleAsync(draft)));
        await Should.ThrowAsync<NotFoundException>(() => ReviewAsync(_carla, draft, InitiativeStatus.InReview, null));
        (await As<GetInitiative.Result, GetInitiative>(_carla, h => h.HandleAsync(submitted))).Title.ShouldBe("Sprachcafé");
    }

    [Fact]
    public async Task NobodyOutsideTheHub_ReadsOrReviewsItsInitiatives()
    {
        var draft = await DraftAsync(_rana);
        var submitted = await DraftAsync(_rana, new InitiativeForm { Title = "Sprachcafé" });
        (await SubmitAsync(_rana, submitted)).Succeeded.ShouldBeTrue();
        var west = await _scenario.HubAsync("west");
        var wanda = await _scenario.PersonAsync("Wanda West", "wanda@example.org");
        await _scenario.MembershipAsync(west, wanda, HubRoles.Member | HubRoles.Coordinator);
        var version = (await LoadAsync(submitted)).Version;

        // A coordinator of another hub, in their own hub: A's initiatives do not exist there.
        foreach (var id in new[] { draft, submitted })
        {
            await Should.ThrowAsync<NotFoundException>(() => As<GetInitiative.Result, GetInitiative>(wanda, h => h.HandleAsync(id), west));
            await Should.ThrowAsync<NotFoundException>(() =>
                As<InitiativeResult, ReviewInitiative>(wanda, h => h.HandleAsync(new(id, version, InitiativeStatus.InReview, null)), west));
        }

        (await As<IReadOnlyList<ListHubInitiatives.Item>, ListHubInitiatives>(wanda, h => h.HandleAsync(new()), west)).ShouldBeEmpty();

        // Nor in hub A, where they are no member.
        await Should.ThrowAsync<NotFoundException>(() => As<GetInitiative.Result, GetInitiative>(wanda, h => h.HandleAsync(submitted)));
        await Should.ThrowAsync<NotFoundException>(() => As<IReadOnlyList<ListHubInitiatives.Item>, ListHubInitiatives>(wanda, h => h.HandleAsync(new())));
        await Should.ThrowAsync<NotFoundException>(() =>
            As<InitiativeResult, SaveInitiativeDraft>(wanda, h => h.HandleAsync(new(null, 0, Kitchen()))));
        (await LoadAsync(submitted)).Status.ShouldBe(InitiativeStatus.Submitted);
    }
}
