using FluentValidation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Initiatives;

[Collection(SecondAppCollection.Name)]
public sealed class InitiativeDiscussionTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly InitiativeCommunityScenario _s = new(fixture.App);

    public Task InitializeAsync() => _s.ArrangeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<InitiativeResult> ToggleAsync(Web.Data.ApplicationUser by, Guid id, SupportKind kind, Domain.Hubs.Hub? hub = null) =>
        _s.As<InitiativeResult, ToggleInitiativeSupport>(by, h => h.HandleAsync(new(id, kind)), hub);

    [Fact]
    public async Task Comment_ByAMember_AndTheTeamsAnswer_AreShownInOrder_TheTeamsMarked()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);

        (await _s.CommentAsync(_s.Peter, id, "Gibt es Kinderbetreuung?")).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Olena, id, "Ja, im Nebenraum.")).Succeeded.ShouldBeTrue();

        var seen = await _s.CommunityAsync(_s.Carla, id);
        seen.Comments.Select(c => (c.Author, c.ByTeam, c.Body)).ShouldBe([("Peter Schmidt", false, "Gibt es Kinderbetreuung?"), ("Olena Kovalenko", true, "Ja, im Nebenraum.")]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Comment_SameFormSentTwice_IsPostedAndToldOnce(bool atOnce)
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        var form = new CommentForm { Body = "Gibt es Kinderbetreuung?" };
        Task<InitiativeResult> SendAsync() =>
            _s.As<InitiativeResult, AddInitiativeComment>(_s.Peter, h => h.HandleAsync(new(id, form)));

        var results = atOnce ? await Task.WhenAll(Task.Run(SendAsync), Task.Run(SendAsync)) : [await SendAsync(), await SendAsync()];

        results.ShouldAllBe(r => r.Succeeded);
        (await _s.CommunityAsync(_s.Carla, id)).Comments.ShouldHaveSingleItem().Id.ShouldBe(form.Id);
    }

    [Fact]
    public async Task Comment_NotifiesTheTeam_ButNotTheCommenter()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);
        var before = await NotificationsAsync(NotificationKinds.InitiativeComment);

        (await _s.CommentAsync(_s.Olena, id, "Wir suchen noch Helfende.")).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Peter, id, "Ich helfe gern.")).Succeeded.ShouldBeTrue();

        before.ShouldBeEmpty();
        var notes = await NotificationsAsync(NotificationKinds.InitiativeComment);
        notes.Select(n => $"{n.UserId}:{n.Parameters[0]}").Order().ShouldBe(
            new[] { $"{_s.Rana.Id}:Olena Kovalenko", $"{_s.Rana.Id}:Peter Schmidt", $"{_s.Olena.Id}:Peter Schmidt" }.Order());
    }

    [Fact]
    public async Task Comment_DoesNotNotifyATeamMemberWhoLeftTheHub()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);
        await _s.As<bool, Web.Features.Members.LeaveHub>(_s.Olena, async h => { await h.HandleAsync(); return true; });

        (await _s.CommentAsync(_s.Peter, id, "Wann geht es los?")).Succeeded.ShouldBeTrue();

        var notes = await NotificationsAsync(NotificationKinds.InitiativeComment);
        notes.Select(n => n.UserId).ShouldBe([_s.Rana.Id]);
    }

    [Fact]
    public async Task Comment_OnADraft_IsRefused_AndDraftsShowNoDiscussion()
    {
        var id = await _s.DraftAsync(_s.Rana);

        var result = await _s.CommentAsync(_s.Rana, id, "Notiz");

        result.RefusalKey.ShouldBe("InitiativeComment.NotOnDrafts");
        (await _s.CommunityAsync(_s.Rana, id)).CanComment.ShouldBeFalse();
        (await _s.People.ReadAsync(db => db.InitiativeComments.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Comment_EmptyOrTooLong_IsRefusedWithALocalizedMessage_NothingSaved()
    {
        var id = await _s.SubmittedAsync(_s.Rana);

        var empty = await Should.ThrowAsync<ValidationException>(() => _s.CommentAsync(_s.Peter, id, "   "));
        var tooLong = await Should.ThrowAsync<ValidationException>(() => _s.CommentAsync(_s.Peter, id, new string('x', InitiativeComment.BodyMaxLength + 1)));

        empty.Errors.ShouldContain(e => e.PropertyName == nameof(CommentForm.Body) && e.ErrorMessage == Texts.German(fixture.App, "InitiativeComment.Empty"));
        tooLong.Errors.ShouldContain(e => e.PropertyName == nameof(CommentForm.Body) && e.ErrorMessage == Texts.German(fixture.App, "InitiativeComment.TooLong"));
        (await _s.People.ReadAsync(db => db.InitiativeComments.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Delete_OwnCommentOnly()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        (await _s.CommentAsync(_s.Peter, id, "Tolle Idee")).Succeeded.ShouldBeTrue();
        var commentId = (await _s.CommunityAsync(_s.Peter, id)).Comments.Single().Id;

        var byOther = await _s.As<InitiativeResult, DeleteInitiativeComment>(_s.Rana, h => h.HandleAsync(commentId));
        byOther.RefusalKey.ShouldBe("InitiativeComment.OwnOnly");
        (await _s.As<InitiativeResult, DeleteInitiativeComment>(_s.Peter, h => h.HandleAsync(commentId))).Succeeded.ShouldBeTrue();

        (await _s.CommunityAsync(_s.Peter, id)).Comments.ShouldBeEmpty();
    }

    [Fact]
    public async Task Hide_ByACoordinator_HidesFromMembers_CoordinatorsStillSeeItMarked_MembersCannotHide()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        (await _s.CommentAsync(_s.Peter, id, "Kauft bei mir ein!")).Succeeded.ShouldBeTrue();
        var commentId = (await _s.CommunityAsync(_s.Peter, id)).Comments.Single().Id;

        await Should.ThrowAsync<NotFoundException>(() => _s.As<InitiativeResult, HideInitiativeComment>(_s.Rana, h => h.HandleAsync(commentId)));
        (await _s.As<InitiativeResult, HideInitiativeComment>(_s.Carla, h => h.HandleAsync(commentId))).Succeeded.ShouldBeTrue();

        (await _s.CommunityAsync(_s.Peter, id)).Comments.ShouldBeEmpty();
        (await _s.CommunityAsync(_s.Rana, id)).Comments.ShouldBeEmpty();
        (await _s.CommunityAsync(_s.Carla, id)).Comments.ShouldHaveSingleItem().IsHidden.ShouldBeTrue();
    }

    [Fact]
    public async Task Support_Toggles_OnePerPersonAndKind_TheTeamSeesNames_OthersCounts()
    {
        var id = await _s.SubmittedAsync(_s.Rana);

        (await ToggleAsync(_s.Peter, id, SupportKind.Support)).Succeeded.ShouldBeTrue();
        (await ToggleAsync(_s.Peter, id, SupportKind.WouldJoin)).Succeeded.ShouldBeTrue();
        (await ToggleAsync(_s.Olena, id, SupportKind.Support)).Succeeded.ShouldBeTrue();
        (await ToggleAsync(_s.Olena, id, SupportKind.Support)).Succeeded.ShouldBeTrue();

        var team = await _s.CommunityAsync(_s.Rana, id);
        var peter = await _s.CommunityAsync(_s.Peter, id);
        (team.Supporters, team.WouldJoin).ShouldBe((1, 1));
        team.SupporterNames.ShouldBe(["Peter Schmidt"]);
        team.WouldJoinNames.ShouldBe(["Peter Schmidt"]);
        (peter.Supporters, peter.WouldJoin, peter.ISupport, peter.IWouldJoin).ShouldBe((1, 1, true, true));
        peter.SupporterNames.ShouldBeEmpty();
        peter.WouldJoinNames.ShouldBeEmpty();
    }

    [Fact]
    public async Task Support_TwiceAtOnce_IsStoredOnce_TheDatabaseDecides()
    {
        var id = await _s.SubmittedAsync(_s.Rana);

        await _s.People.AsAsync(_s.Peter, _s.A, async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            db.InitiativeSupports.Add(new InitiativeSupport { InitiativeId = id, UserId = _s.Peter.Id, Kind = SupportKind.Support, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            db.InitiativeSupports.Add(new InitiativeSupport { InitiativeId = id, UserId = _s.Peter.Id, Kind = SupportKind.Support, At = DateTimeOffset.UtcNow });
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        (await _s.People.ReadAsync(db => db.InitiativeSupports.IgnoreQueryFilters().CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Support_OnADraft_OrWouldJoinByTheTeam_IsRefused()
    {
        var draft = await _s.DraftAsync(_s.Rana);
        var submitted = await _s.SubmittedAsync(_s.Rana);

        (await ToggleAsync(_s.Rana, draft, SupportKind.Support)).RefusalKey.ShouldBe("InitiativeSupport.NotOnDrafts");
        (await ToggleAsync(_s.Rana, submitted, SupportKind.WouldJoin)).RefusalKey.ShouldBe("InitiativeSupport.AlreadyOnTeam");
    }

    [Fact]
    public async Task Discussion_OfAnotherHub_CannotBeSeenCommentedOrSupported()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        (await _s.CommentAsync(_s.Peter, id, "Hallo")).Succeeded.ShouldBeTrue();
        var commentId = (await _s.CommunityAsync(_s.Peter, id)).Comments.Single().Id;

        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Boris, id, _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.CommentAsync(_s.Boris, id, "Von nebenan", _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.CommentAsync(_s.Boris, id, "Von nebenan", _s.A));
        await Should.ThrowAsync<NotFoundException>(() => ToggleAsync(_s.Boris, id, SupportKind.Support, _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.As<InitiativeResult, HideInitiativeComment>(_s.Boris, h => h.HandleAsync(commentId), _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.As<InitiativeResult, DeleteInitiativeComment>(_s.Boris, h => h.HandleAsync(commentId), _s.B));

        (await _s.People.ReadAsync(db => db.InitiativeComments.IgnoreQueryFilters().CountAsync(c => c.HiddenAt == null))).ShouldBe(1);
        (await _s.People.ReadAsync(db => db.InitiativeSupports.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    private Task<List<Notification>> NotificationsAsync(string kind) =>
        _s.People.ReadAsync(db => db.Notifications.IgnoreQueryFilters().AsNoTracking().Where(n => n.Kind == kind).ToListAsync());
}
