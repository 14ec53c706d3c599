using System.Net;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Initiatives;

/// <summary>The initiative pages over HTTP, with real sign-in cookies (the first render is on the server).</summary>
[Collection(SecondAppCollection.Name)]
public sealed class InitiativePagesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> DraftAsync(ResolvedHub hub, ApplicationUser creator, string title)
    {
        var initiative = Initiative.StartDraft(creator.Id, DateTimeOffset.UtcNow);
        initiative.Edit(creator.Id, title, "Wir kochen zusammen.", InitiativeCategory.Social, ["de"], InitiativeNeeds.Space);
        await fixture.App.WithScopeAsync(async services =>
        {
            services.GetRequiredService<HubContext>().Enter(hub);
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
        });
        return initiative.Id;
    }

    /// <summary>
    /// A proposal holding everything the form collects — two languages, two needs — with a team: its creator, a member who
    /// accepted and a person asked who has not answered yet; moved on to <paramref name="status"/>.
    /// </summary>
    private async Task<Guid> FullProposalAsync(
        ResolvedHub hub, ApplicationUser creator, ApplicationUser member, ApplicationUser invited, ApplicationUser coordinator, params InitiativeStatus[] steps)
    {
        var now = DateTimeOffset.UtcNow;
        var initiative = Initiative.StartDraft(creator.Id, now);
        initiative.HubId = hub.Id;
        initiative.Edit(creator.Id, "Nachbarschaftsküche", "Wir kochen zusammen.", InitiativeCategory.Social, ["de", "ar"],
            InitiativeNeeds.Space | InitiativeNeeds.Funding);
        InitiativeTeam.Invite(initiative, creator.Id, member.Id, inviteeIsActiveMember: true, now);
        InitiativeTeam.Accept(initiative, member.Id, now);
        InitiativeTeam.Invite(initiative, creator.Id, invited.Id, inviteeIsActiveMember: true, now);
        foreach (var to in steps)
        {
            var byTeam = to == InitiativeStatus.Submitted;
            initiative.MoveTo(to, new InitiativeActor(byTeam ? creator.Id : coordinator.Id, byTeam, !byTeam), null, now);
        }

        await fixture.App.WithScopeAsync(async services =>
        {
            services.GetRequiredService<HubContext>().Enter(hub);
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
        });
        return initiative.Id;
    }

    [Fact]
    public async Task ReviewPanel_ShowsTheProposalsLanguagesNeedsAndTeam_ButNotWhomTheTeamAskedWithoutAnswer()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var rana = await _arrange.MemberAsync(a, "Ranafarahani");
        var peter = await _arrange.MemberAsync(a, "Peterschmidt");
        var amal = await _arrange.MemberAsync(a, "Amalnasser");
        var carla = await _arrange.MemberAsync(a, "Carlacoord", HubRoles.Member | HubRoles.Coordinator);
        var id = await FullProposalAsync(a, rana, peter, amal, carla, InitiativeStatus.Submitted);
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(carla.Email!);

        var panel = await client.GetPageAsync($"/hubs/{a.Slug}/manage/initiatives?open={id}");

        panel.Status.ShouldBe(HttpStatusCode.OK);
        var facts = Html.Text(panel.Html[panel.Html.IndexOf("data-testid=\"proposal-facts\"", StringComparison.Ordinal)..]);
        facts.ShouldContain("Deutsch, Arabisch");
        facts.ShouldContain($"{Texts.German(fixture.App, "Initiatives.Need.Space")}, {Texts.German(fixture.App, "Initiatives.Need.Funding")}");
        facts.ShouldContain($"Ranafarahani ({Texts.German(fixture.App, "InitiativeTeam.Creator")}), Peterschmidt ({Texts.German(fixture.App, "InitiativeTeam.Member")})");
        panel.Text.ShouldNotContain("Amalnasser");
    }

    [Fact]
    public async Task SubmittedProposal_ShowsItsLanguagesAndNeeds_ToItsProposerAndTheHubsCoordinators()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var rana = await _arrange.MemberAsync(a, "Ranafarahani");
        var peter = await _arrange.MemberAsync(a, "Peterschmidt");
        var amal = await _arrange.MemberAsync(a, "Amalnasser");
        var carla = await _arrange.MemberAsync(a, "Carlacoord", HubRoles.Member | HubRoles.Coordinator);
        var id = await FullProposalAsync(a, rana, peter, amal, carla, InitiativeStatus.Submitted);

        foreach (var reader in new[] { rana, carla })
        {
            using var client = new FormClient(fixture.App);
            await client.SignInOrFailAsync(reader.Email!);
            var page = await client.GetPageAsync($"/hubs/{a.Slug}/initiatives/{id}");

            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Html.ShouldContain("data-testid=\"proposal-facts\"");
            page.Text.ShouldContain("Deutsch, Arabisch");
            page.Text.ShouldContain($"{Texts.German(fixture.App, "Initiatives.Need.Space")}, {Texts.German(fixture.App, "Initiatives.Need.Funding")}");
            page.Text.ShouldContain("Peterschmidt");
        }
    }

    [Fact]
    public async Task LaunchedInitiative_Visitors_SeeNeitherItsTeamNorItsNeeds()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var rana = await _arrange.MemberAsync(a, "Ranafarahani");
        var peter = await _arrange.MemberAsync(a, "Peterschmidt");
        var amal = await _arrange.MemberAsync(a, "Amalnasser");
        var carla = await _arrange.MemberAsync(a, "Carlacoord", HubRoles.Member | HubRoles.Coordinator);
        var id = await FullProposalAsync(a, rana, peter, amal, carla, InitiativeStatus.Submitted, InitiativeStatus.InReview,
            InitiativeStatus.Accepted, InitiativeStatus.Incubating, InitiativeStatus.Launched);
        using var visitor = new FormClient(fixture.App);

        var showcase = await visitor.GetPageAsync($"/hubs/{a.Slug}/initiatives");
        var page = await visitor.GetPageAsync($"/hubs/{a.Slug}/initiatives/{id}");

        showcase.Text.ShouldContain("Nachbarschaftsküche");
        showcase.Text.ShouldContain("Deutsch, Arabisch");
        foreach (var text in new[] { showcase.Text, page.Text })
        {
            text.ShouldNotContain("Peterschmidt");
            text.ShouldNotContain("Ranafarahani");
            text.ShouldNotContain(Texts.German(fixture.App, "Initiatives.Need.Funding"));
            text.ShouldNotContain(Texts.German(fixture.App, "Initiatives.Field.Needs"));
        }

        page.Html.ShouldNotContain("proposal-facts");
    }

    [Fact]
    public async Task Member_ProposesFromTheHubPage_AndSeesTheirDraft_OthersGetNotFound()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var rana = await _arrange.MemberAsync(a, "rana");
        var other = await _arrange.MemberAsync(a, "other", HubRoles.Member | HubRoles.Coordinator);
        var draft = await DraftAsync(a, rana, "Nachbarschaftsküche");

        using var ranaClient = new FormClient(fixture.App);
        await ranaClient.SignInOrFailAsync(rana.Email!);
        var hubPage = await ranaClient.GetPageAsync($"/hubs/{a.Slug}");
        var newPage = await ranaClient.GetPageAsync($"/hubs/{a.Slug}/initiatives/new");
        var own = await ranaClient.GetPageAsync($"/hubs/{a.Slug}/initiatives/{draft}");
        var mine = await ranaClient.GetPageAsync($"/hubs/{a.Slug}/initiatives/mine");

        hubPage.Html.ShouldContain($"href=\"/hubs/{a.Slug}/initiatives/new\"");
        hubPage.Html.ShouldContain($"href=\"/hubs/{a.Slug}/initiatives/mine\"");
        mine.Status.ShouldBe(HttpStatusCode.OK);
        mine.Html.ShouldContain($"href=\"/hubs/{a.Slug}/initiatives/{draft}\"");
        newPage.Status.ShouldBe(HttpStatusCode.OK);
        newPage.Text.ShouldContain(Texts.German(fixture.App, "Initiatives.New"));
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Text.ShouldContain("Nachbarschaftsküche");
        own.Text.ShouldContain(Texts.German(fixture.App, "Initiatives.Status.Draft"));

        using var otherClient = new FormClient(fixture.App);
        await otherClient.SignInOrFailAsync(other.Email!);
        var theirs = await otherClient.GetPageAsync($"/hubs/{a.Slug}/initiatives/{draft}");
        var queue = await otherClient.GetPageAsync($"/hubs/{a.Slug}/manage/initiatives");
        var otherMine = await otherClient.GetPageAsync($"/hubs/{a.Slug}/initiatives/mine");

        theirs.Status.ShouldBe(HttpStatusCode.NotFound);
        theirs.Text.ShouldNotContain("Nachbarschaftsküche");
        queue.Status.ShouldBe(HttpStatusCode.OK);
        queue.Text.ShouldContain(Texts.German(fixture.App, "Initiatives.Review.Title"));
        queue.Text.ShouldNotContain("Nachbarschaftsküche");
        otherMine.Status.ShouldBe(HttpStatusCode.OK);
        otherMine.Text.ShouldNotContain("Nachbarschaftsküche");
        otherMine.Text.ShouldContain(Texts.German(fixture.App, "Initiatives.Mine.Empty"));
    }

    [Fact]
    public async Task Pages_OfAnotherHub_AreNotFound()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var creator = await _arrange.MemberAsync(a, "creator");
        var outsider = await _arrange.MemberAsync(b, "outsider", HubRoles.Member | HubRoles.Coordinator);
        var draft = await DraftAsync(a, creator, "Nachbarschaftsküche");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(outsider.Email!);

        var page = await client.GetPageAsync($"/hubs/{a.Slug}/initiatives/{draft}");
        var inOwnHub = await client.GetPageAsync($"/hubs/{b.Slug}/initiatives/{draft}");
        var queue = await client.GetPageAsync($"/hubs/{a.Slug}/manage/initiatives");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        inOwnHub.Status.ShouldBe(HttpStatusCode.NotFound);
        inOwnHub.Text.ShouldNotContain("Nachbarschaftsküche");
        queue.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
