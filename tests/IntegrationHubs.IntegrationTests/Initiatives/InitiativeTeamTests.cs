using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Initiatives;

[Collection(SecondAppCollection.Name)]
public sealed class InitiativeTeamTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly InitiativeCommunityScenario _s = new(fixture.App);

    public Task InitializeAsync() => _s.ArrangeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Invite_AcceptedMember_IsOnTheTeam_EditsAndSubmitsTheDraft()
    {
        var id = await _s.DraftAsync(_s.Rana);

        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).Succeeded.ShouldBeTrue();
        var invited = await _s.CommunityAsync(_s.Olena, id);
        invited.IsInvited.ShouldBeTrue();
        invited.InvitedBy.ShouldBe("Rana Farahani");
        invited.IsTeam.ShouldBeFalse();
        (await _s.As<GetInitiative.Result, GetInitiative>(_s.Olena, h => h.HandleAsync(id))).CanEdit.ShouldBeFalse();

        (await _s.AnswerAsync(_s.Olena, id, accept: true)).Succeeded.ShouldBeTrue();

        var seen = await _s.As<GetInitiative.Result, GetInitiative>(_s.Olena, h => h.HandleAsync(id));
        seen.IsTeam.ShouldBeTrue();
        seen.CanEdit.ShouldBeTrue();
        var form = InitiativeCommunityScenario.Cafe();
        form.Title = "Sprachcafé am Dienstag";
        (await _s.As<InitiativeResult, SaveInitiativeDraft>(_s.Olena, h => h.HandleAsync(new(id, seen.Version, form)))).Succeeded.ShouldBeTrue();
        (await _s.SubmitAsync(_s.Olena, id)).Succeeded.ShouldBeTrue();
        (await _s.LoadAsync(id)).Status.ShouldBe(InitiativeStatus.Submitted);
        (await _s.As<IReadOnlyList<ListHubInitiatives.Item>, ListHubInitiatives>(_s.Olena, h => h.HandleAsync(new(OnlyMine: true))))
            .Select(i => i.Title).ShouldBe(["Sprachcafé am Dienstag"]);
        var team = await _s.CommunityAsync(_s.Rana, id);
        team.Team.Select(m => (m.Name, m.IsCreator, m.IsInvited)).ShouldBe([("Rana Farahani", true, false), ("Olena Kovalenko", false, false)]);
        var audit = await _s.People.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        audit.ShouldContain(AuditActions.InitiativeTeamInvited);
        audit.ShouldContain(AuditActions.InitiativeTeamJoined);
    }

    [Fact]
    public async Task Invite_NotifiesTheInvitee_InAppAndByMail_InTheirLanguage()
    {
        var id = await _s.DraftAsync(_s.Rana);

        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).Succeeded.ShouldBeTrue();

        var notes = await _s.People.ReadAsync(db => db.Notifications.IgnoreQueryFilters().AsNoTracking().ToListAsync());
        var note = notes.ShouldHaveSingleItem();
        (note.UserId, note.Kind, note.HubId, note.Link).ShouldBe((_s.Olena.Id, NotificationKinds.TeamInvitation, _s.A.Id, $"/hubs/{_s.A.Slug}/initiatives/{id}"));
        note.Parameters.ShouldBe(["Rana Farahani", "Sprachcafé"]);
        var mail = await MailTextAsync(_s.Olena.Email!);
        mail.ShouldContain("Invitation to an initiative's team");
    }

    [Fact]
    public async Task Invite_SomeoneWhoIsNotAnActiveMemberOfThisHub_IsRefusedWithTheReason()
    {
        var id = await _s.DraftAsync(_s.Rana);
        await _s.People.MembershipAsync(_s.A, await _s.People.PersonAsync("Leo Left", $"leo-{Guid.NewGuid():N}@example.org"), HubRoles.Member, MembershipState.Left);
        var left = await _s.People.ReadAsync(db => db.Users.SingleAsync(u => u.DisplayName == "Leo Left"));

        var ofOtherHub = await _s.InviteAsync(_s.Rana, id, _s.Boris);
        var whoLeft = await _s.InviteAsync(_s.Rana, id, left);

        ofOtherHub.RefusalKey.ShouldBe("InitiativeTeam.NotActiveMember");
        whoLeft.RefusalKey.ShouldBe("InitiativeTeam.NotActiveMember");
        Texts.Get(fixture.App, "en", ofOtherHub.RefusalKey!).ShouldBe("This person is not an active member of this hub, so they cannot be invited.");
        (await _s.People.ReadAsync(db => db.InitiativeTeamMembers.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
        (await _s.People.ReadAsync(db => db.Notifications.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Invite_Twice_IsRefused_AndByANonTeamMember_IsRefused()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).Succeeded.ShouldBeTrue();

        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).RefusalKey.ShouldBe("InitiativeTeam.AlreadyOnTeam");
        (await _s.InviteAsync(_s.Peter, id, _s.Carla)).RefusalKey.ShouldBe("Initiative.TeamOnly");
        (await _s.People.ReadAsync(db => db.InitiativeTeamMembers.IgnoreQueryFilters().CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Decline_RemovesTheInvitation_AndTheDraftIsNotFoundForThemAgain()
    {
        var id = await _s.DraftAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).Succeeded.ShouldBeTrue();

        (await _s.AnswerAsync(_s.Olena, id, accept: false)).Succeeded.ShouldBeTrue();

        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Olena, id));
        (await _s.People.ReadAsync(db => db.InitiativeTeamMembers.IgnoreQueryFilters().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Remove_TeamRemovesAMember_MemberLeaves_CreatorAloneCannotLeave()
    {
        var id = await _s.DraftAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);
        await _s.JoinTeamAsync(id, _s.Peter);

        (await _s.As<InitiativeResult, RemoveTeamMember>(_s.Rana, h => h.HandleAsync(new(id, _s.Peter.Id)))).Succeeded.ShouldBeTrue();
        (await _s.As<InitiativeResult, RemoveTeamMember>(_s.Olena, h => h.HandleAsync(new(id, _s.Olena.Id)))).Succeeded.ShouldBeTrue();
        var alone = await _s.As<InitiativeResult, RemoveTeamMember>(_s.Rana, h => h.HandleAsync(new(id, _s.Rana.Id)));

        alone.RefusalKey.ShouldBe("InitiativeTeam.LastMember");
        (await _s.LoadAsync(id)).CreatedByUserId.ShouldBe(_s.Rana.Id);
        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Peter, id));
        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Olena, id));
    }

    [Fact]
    public async Task Remove_CreatorLeavesATeamThatCarriesOn_TheInitiativeStays()
    {
        var id = await _s.DraftAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);

        (await _s.As<InitiativeResult, RemoveTeamMember>(_s.Rana, h => h.HandleAsync(new(id, _s.Rana.Id)))).Succeeded.ShouldBeTrue();

        (await _s.LoadAsync(id)).CreatedByUserId.ShouldBeNull();
        (await _s.CommunityAsync(_s.Olena, id)).Team.Select(m => m.Name).ShouldBe(["Olena Kovalenko"]);
        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Rana, id));
    }

    [Fact]
    public async Task Team_OfAnotherHub_CannotBeSeenOrChanged()
    {
        var id = await _s.DraftAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).Succeeded.ShouldBeTrue();
        var submitted = await _s.SubmittedAsync(_s.Peter);

        // Boris is a coordinator of hub B: in B, A's initiatives do not exist; in A, he has no part.
        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Boris, submitted, _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Boris, submitted, _s.A));
        await Should.ThrowAsync<NotFoundException>(() => _s.InviteAsync(_s.Boris, submitted, _s.Boris, _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.As<InitiativeResult, AnswerTeamInvitation>(_s.Boris, h => h.HandleAsync(new(id, true)), _s.B));
        await Should.ThrowAsync<NotFoundException>(() => _s.As<InitiativeResult, RemoveTeamMember>(_s.Boris, h => h.HandleAsync(new(id, _s.Olena.Id)), _s.B));
        await Should.ThrowAsync<NotFoundException>(() =>
            _s.As<IReadOnlyList<SearchTeamCandidates.Candidate>, SearchTeamCandidates>(_s.Boris, h => h.HandleAsync(submitted, "Ra"), _s.B));
        (await _s.People.ReadAsync(db => db.InitiativeTeamMembers.IgnoreQueryFilters().CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Invitations_OfADraft_AreHiddenFromOthers_AndOfASubmittedOneFromNonTeamMembers()
    {
        var draft = await _s.DraftAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, draft, _s.Olena)).Succeeded.ShouldBeTrue();
        var submitted = await _s.SubmittedAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, submitted, _s.Olena)).Succeeded.ShouldBeTrue();

        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Peter, draft));
        await Should.ThrowAsync<NotFoundException>(() => _s.CommunityAsync(_s.Carla, draft));
        var asPeter = await _s.CommunityAsync(_s.Peter, submitted);
        asPeter.Team.Select(m => m.Name).ShouldBe(["Rana Farahani"]);
        (await _s.CommunityAsync(_s.Rana, submitted)).Team.Count(m => m.IsInvited).ShouldBe(1);
    }

    [Fact]
    public async Task Search_FindsActiveMembersOfThisHubByName_NotTheTeam_NotOtherHubs_AndOnlyForTheTeam()
    {
        var id = await _s.DraftAsync(_s.Rana);
        await _s.People.MembershipAsync(_s.B, await _s.People.PersonAsync("Olga Beta", $"olga-{Guid.NewGuid():N}@example.org"), HubRoles.Member);

        var found = await _s.As<IReadOnlyList<SearchTeamCandidates.Candidate>, SearchTeamCandidates>(_s.Rana, h => h.HandleAsync(id, "ol"));
        var self = await _s.As<IReadOnlyList<SearchTeamCandidates.Candidate>, SearchTeamCandidates>(_s.Rana, h => h.HandleAsync(id, "Rana"));
        var wildcard = await _s.As<IReadOnlyList<SearchTeamCandidates.Candidate>, SearchTeamCandidates>(_s.Rana, h => h.HandleAsync(id, "%%"));

        found.Select(c => c.DisplayName).ShouldBe(["Olena Kovalenko"]);
        self.ShouldBeEmpty();
        wildcard.ShouldBeEmpty();
    }

    [Fact]
    public async Task Review_ByACoordinatorWhoJoinedTheTeam_IsRefused()
    {
        var id = await _s.DraftAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Carla);
        (await _s.SubmitAsync(_s.Rana, id)).Succeeded.ShouldBeTrue();

        (await _s.ReviewAsync(_s.Carla, id, InitiativeStatus.InReview, null)).RefusalKey.ShouldBe("Initiative.OwnReview");
        (await _s.LoadAsync(id)).Status.ShouldBe(InitiativeStatus.Submitted);
    }

    private async Task<string> MailTextAsync(string to)
    {
        await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, to, "/initiatives/");
        var file = Directory.GetFiles(fixture.App.MailFolder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc)
            .First(f => File.ReadAllText(f).Contains($"To: {to}", StringComparison.OrdinalIgnoreCase));
        return await File.ReadAllTextAsync(file);
    }
}
