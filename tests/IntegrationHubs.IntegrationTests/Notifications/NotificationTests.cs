using System.Net;
using System.Text.Json;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.IntegrationTests.Initiatives;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Notifications;

[Collection(SecondAppCollection.Name)]
public sealed class NotificationTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly InitiativeCommunityScenario _s = new(fixture.App);

    public Task InitializeAsync() => _s.ArrangeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IReadOnlyList<ListMyNotifications.Item>> ListAsync(Web.Data.ApplicationUser who) =>
        _s.People.AsAsync(who, null, s => s.GetRequiredService<ListMyNotifications>().HandleAsync());

    [Fact]
    public async Task Review_NotifiesTheWholeTeam_OfEveryStep_WithTheCoordinatorsComment()
    {
        var id = await _s.DraftAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);
        (await _s.SubmitAsync(_s.Olena, id)).Succeeded.ShouldBeTrue();

        (await _s.ReviewAsync(_s.Carla, id, InitiativeStatus.InReview, null)).Succeeded.ShouldBeTrue();
        (await _s.ReviewAsync(_s.Carla, id, InitiativeStatus.NeedsChanges, "Bitte einen Ort nennen.")).Succeeded.ShouldBeTrue();

        var notes = await _s.People.ReadAsync(db => db.Notifications.IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.Kind == NotificationKinds.InitiativeStatusChanged).OrderBy(n => n.CreatedAt).ToListAsync());
        // The submission was Olena's own step: only Rana heard of it; the review steps reached both.
        notes.Count(n => n.UserId == _s.Rana.Id).ShouldBe(3);
        notes.Count(n => n.UserId == _s.Olena.Id).ShouldBe(2);
        notes.ShouldNotContain(n => n.UserId == _s.Carla.Id);

        var olenas = await ListAsync(_s.Olena);
        var english = Texts.Get(fixture.App, "en", "Initiatives.Status.NeedsChanges");
        olenas[0].Link.ShouldBe($"/hubs/{_s.A.Slug}/initiatives/{id}");
        olenas[0].IsRead.ShouldBeFalse();
        olenas[0].Hub.ShouldBe(_s.A.Name);
        olenas[0].Text.ShouldContain("Sprachcafé");
        olenas[0].Text.ShouldContain("Bitte einen Ort nennen.");
        (await MailTextAsync(_s.Olena.Email!, "Bitte einen Ort nennen.")).ShouldContain(english);
    }

    [Fact]
    public async Task MarkRead_OneOrAll_OnlyTheirOwn_AndTheBadgeCounts()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        (await _s.CommentAsync(_s.Peter, id, "Eins")).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Peter, id, "Zwei")).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Rana, id, "Antwort")).Succeeded.ShouldBeTrue();
        var ranas = await ListAsync(_s.Rana);
        var peters = await ListAsync(_s.Peter);
        ranas.Count.ShouldBe(2);
        peters.ShouldBeEmpty();

        // Peter tries Rana's notification: nothing of hers changes.
        (await _s.People.AsAsync(_s.Peter, null, s => s.GetRequiredService<MarkNotificationsRead>().HandleAsync(ranas[0].Id))).ShouldBe(0);
        (await _s.People.AsAsync(_s.Rana, null, s => s.GetRequiredService<CountMyUnreadNotifications>().HandleAsync())).ShouldBe(2);

        (await _s.People.AsAsync(_s.Rana, null, s => s.GetRequiredService<MarkNotificationsRead>().HandleAsync(ranas[0].Id))).ShouldBe(1);
        (await _s.People.AsAsync(_s.Rana, null, s => s.GetRequiredService<CountMyUnreadNotifications>().HandleAsync())).ShouldBe(1);
        (await _s.People.AsAsync(_s.Rana, null, s => s.GetRequiredService<MarkNotificationsRead>().HandleAsync(null))).ShouldBe(1);
        (await ListAsync(_s.Rana)).ShouldAllBe(n => n.IsRead);
    }

    [Fact]
    public async Task List_ShowsThePersonsOwnAcrossHubs_AndNobodyElses()
    {
        var a = await _s.SubmittedAsync(_s.Rana);
        await _s.People.MembershipAsync(_s.B, _s.Rana, Domain.Members.HubRoles.Member);
        var b = await _s.As<Web.Features.Initiatives.InitiativeResult, Web.Features.Initiatives.SaveInitiativeDraft>(_s.Rana,
            h => h.HandleAsync(new(null, 0, InitiativeCommunityScenario.Cafe())), _s.B);
        (await _s.As<Web.Features.Initiatives.InitiativeResult, Web.Features.Initiatives.SubmitInitiative>(_s.Rana,
            async h => await h.HandleAsync(new(b.Id!.Value, (await _s.LoadAsync(b.Id!.Value)).Version)), _s.B)).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Peter, a, "In A")).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Boris, b.Id!.Value, "In B", _s.B)).Succeeded.ShouldBeTrue();

        var ranas = await ListAsync(_s.Rana);
        var boris = await ListAsync(_s.Boris);

        ranas.Select(n => n.Hub).Order().ShouldBe([_s.A.Name, _s.B.Name]);
        boris.ShouldBeEmpty();
        // Inside hub B the tenant filter hides A's notification even from a query without a user condition.
        (await _s.People.AsAsync(_s.Boris, _s.B, async s =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(s);
            return await db.Notifications.Select(n => n.HubId).Distinct().ToListAsync();
        })).ShouldBe([_s.B.Id]);
    }

    [Fact]
    public async Task NotificationsPage_ShowsTheirOwn_AndTheBadge_OthersSeeNone()
    {
        var id = await _s.DraftAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, id, _s.Olena)).Succeeded.ShouldBeTrue();

        using var olena = new FormClient(fixture.App);
        await olena.SignInOrFailAsync(_s.Olena.Email!, "garten-2026-sommer");
        var page = await olena.GetPageAsync("/me/notifications");
        using var peter = new FormClient(fixture.App);
        await peter.SignInOrFailAsync(_s.Peter.Email!, "garten-2026-sommer");
        var peters = await peter.GetPageAsync("/me/notifications");
        using var anonymous = new FormClient(fixture.App);
        var signedOut = await anonymous.GetPageAsync("/me/notifications");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain("data-testid=\"unread-badge\"");
        page.Html.ShouldContain($"href=\"/hubs/{_s.A.Slug}/initiatives/{id}\"");
        page.Text.ShouldContain("Sprachcafé");
        peters.Status.ShouldBe(HttpStatusCode.OK);
        peters.Text.ShouldNotContain("Sprachcafé");
        peters.Html.ShouldNotContain("data-testid=\"unread-badge\"");
        signedOut.Text.ShouldNotContain("Sprachcafé");
    }

    [Fact]
    public async Task Export_HoldsTeamPlacesCommentsSupportAndNotifications_DeletionRemovesThem()
    {
        var id = await _s.SubmittedAsync(_s.Rana);
        await _s.JoinTeamAsync(id, _s.Olena);
        (await _s.CommentAsync(_s.Olena, id, "Wir treffen uns dienstags.")).Succeeded.ShouldBeTrue();
        (await _s.As<Web.Features.Initiatives.InitiativeResult, Web.Features.Initiatives.ToggleInitiativeSupport>(_s.Olena,
            h => h.HandleAsync(new(id, SupportKind.Support)))).Succeeded.ShouldBeTrue();
        (await _s.CommentAsync(_s.Peter, id, "Klingt gut")).Succeeded.ShouldBeTrue();

        var export = await _s.People.AsAsync(_s.Olena, null, s => s.GetRequiredService<ExportMyData>().HandleAsync());
        using var json = JsonDocument.Parse(export);
        var root = json.RootElement;
        root.GetProperty("initiativeTeams").EnumerateArray().ShouldHaveSingleItem().GetProperty("state").GetString().ShouldBe("Accepted");
        root.GetProperty("initiativeComments").EnumerateArray().ShouldHaveSingleItem().GetProperty("body").GetString().ShouldBe("Wir treffen uns dienstags.");
        root.GetProperty("initiativeSupport").GetArrayLength().ShouldBe(1);
        root.GetProperty("notifications").GetArrayLength().ShouldBeGreaterThan(0);

        (await _s.People.AsAsync(_s.Olena, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync(_s.Olena.Email!))).ShouldBeTrue();

        await _s.People.ReadAsync(async db =>
        {
            (await db.InitiativeTeamMembers.IgnoreQueryFilters().CountAsync(m => m.UserId == _s.Olena.Id)).ShouldBe(0);
            (await db.InitiativeComments.IgnoreQueryFilters().CountAsync(c => c.AuthorUserId == _s.Olena.Id)).ShouldBe(0);
            (await db.InitiativeSupports.IgnoreQueryFilters().CountAsync(c => c.UserId == _s.Olena.Id)).ShouldBe(0);
            (await db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == _s.Olena.Id)).ShouldBe(0);
            (await db.InitiativeComments.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
            return true;
        });
    }

    [Fact]
    public async Task DeleteAccount_ADraftOthersCarryOn_Stays_ALoneDraftGoes()
    {
        var shared = await _s.DraftAsync(_s.Rana);
        await _s.JoinTeamAsync(shared, _s.Olena);
        var alone = await _s.DraftAsync(_s.Rana);
        (await _s.InviteAsync(_s.Rana, alone, _s.Peter)).Succeeded.ShouldBeTrue();

        (await _s.People.AsAsync(_s.Rana, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync(_s.Rana.Email!))).ShouldBeTrue();

        var left = await _s.People.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().AsNoTracking().ToListAsync());
        left.ShouldHaveSingleItem().Id.ShouldBe(shared);
        left[0].CreatedByUserId.ShouldBeNull();
        (await _s.CommunityAsync(_s.Olena, shared)).IsTeam.ShouldBeTrue();
    }

    private async Task<string> MailTextAsync(string to, string containing)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var match = Directory.GetFiles(fixture.App.MailFolder, "*.eml").Select(File.ReadAllText)
                .FirstOrDefault(t => t.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase) && t.Contains(containing, StringComparison.Ordinal));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} containing {containing}.");
    }
}
