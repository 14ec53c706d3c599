using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;

namespace IntegrationHubs.IntegrationTests.Incubation;

/// <summary>The incubation pages and the showcase API over HTTP, with real sign-in cookies.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class IncubationPagesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly IncubationWorld _world = new(fixture.App);

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        await _world.BuildAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<FormClient> SignedInAsync(ApplicationUser user)
    {
        var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);
        return client;
    }

    [Fact]
    public async Task Coordinator_SeesCurriculumCohortsAndTheBoard_OfTheirHub()
    {
        var (cohort, _) = await _world.EnrolledWithMentorAsync("Repair Café");
        using var client = await SignedInAsync(_world.Carla);

        var curriculum = await client.GetPageAsync($"/hubs/{_world.A.Slug}/manage/curriculum");
        var cohorts = await client.GetPageAsync($"/hubs/{_world.A.Slug}/manage/cohorts");
        var board = await client.GetPageAsync($"/hubs/{_world.A.Slug}/manage/cohorts/{cohort}");

        curriculum.Status.ShouldBe(HttpStatusCode.OK);
        curriculum.Text.ShouldContain("Modul 2");
        cohorts.Status.ShouldBe(HttpStatusCode.OK);
        cohorts.Html.ShouldContain($"href=\"/hubs/{_world.A.Slug}/manage/cohorts/{cohort}\"");
        board.Status.ShouldBe(HttpStatusCode.OK);
        board.Text.ShouldContain("Repair Café");
        board.Text.ShouldContain(Texts.German(fixture.App, "Milestones.Status.NotStarted"));
        board.Text.ShouldContain("Mo Mentor");
    }

    [Fact]
    public async Task CoordinatorOfAnotherHub_GetsNotFound_ForTheBoard_InEitherHub()
    {
        var (cohort, _) = await _world.EnrolledWithMentorAsync("Repair Café");
        using var client = await SignedInAsync(_world.Bea);

        var inA = await client.GetPageAsync($"/hubs/{_world.A.Slug}/manage/cohorts/{cohort}");
        var inB = await client.GetPageAsync($"/hubs/{_world.B.Slug}/manage/cohorts/{cohort}");
        var cohortsOfA = await client.GetPageAsync($"/hubs/{_world.A.Slug}/manage/cohorts");
        var mentoringInA = await client.GetPageAsync($"/hubs/{_world.A.Slug}/mentoring");

        inA.Status.ShouldBe(HttpStatusCode.NotFound);
        inB.Status.ShouldBe(HttpStatusCode.NotFound);
        inB.Text.ShouldNotContain("Repair Café");
        cohortsOfA.Status.ShouldBe(HttpStatusCode.NotFound);
        mentoringInA.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Mentoring_ListsOnlyTheMentorsOwnInitiatives_PlainMembersGetNotFound()
    {
        await _world.EnrolledWithMentorAsync("Repair Café");
        using var mo = await SignedInAsync(_world.Mo);
        using var otto = await SignedInAsync(_world.Otto);
        using var paul = await SignedInAsync(_world.Paul);

        var mine = await mo.GetPageAsync($"/hubs/{_world.A.Slug}/mentoring");
        var notMine = await otto.GetPageAsync($"/hubs/{_world.A.Slug}/mentoring");
        var member = await paul.GetPageAsync($"/hubs/{_world.A.Slug}/mentoring");
        var hubPage = await mo.GetPageAsync($"/hubs/{_world.A.Slug}");

        mine.Status.ShouldBe(HttpStatusCode.OK);
        mine.Text.ShouldContain("Repair Café");
        notMine.Status.ShouldBe(HttpStatusCode.OK);
        notMine.Text.ShouldNotContain("Repair Café");
        notMine.Text.ShouldContain(Texts.German(fixture.App, "Mentoring.Empty"));
        member.Status.ShouldBe(HttpStatusCode.NotFound);
        hubPage.Html.ShouldContain($"href=\"/hubs/{_world.A.Slug}/mentoring\"");
    }

    [Fact]
    public async Task IncubatingInitiative_OpenedByMembersNotOnTheTeam_ShowsTheInitiativeWithoutItsMilestones()
    {
        var (_, initiative) = await _world.EnrolledWithMentorAsync("Repair Café");
        using var paul = await SignedInAsync(_world.Paul);
        using var otto = await SignedInAsync(_world.Otto);
        using var rana = await SignedInAsync(_world.Rana);
        var url = $"/hubs/{_world.A.Slug}/initiatives/{initiative}";

        var member = await paul.GetPageAsync(url);
        var unassignedMentor = await otto.GetPageAsync(url);
        var team = await rana.GetPageAsync(url);

        // Members read, support and comment on every initiative past draft; its milestones are the team's and mentor's.
        foreach (var page in new[] { member, unassignedMentor })
        {
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Text.ShouldContain("Repair Café");
            page.Text.ShouldContain(Texts.German(fixture.App, "InitiativeSupport.Title"));
            page.Html.ShouldNotContain("ih-module-list");
        }

        team.Status.ShouldBe(HttpStatusCode.OK);
        team.Html.ShouldContain("ih-module-list");
    }

    [Fact]
    public async Task Showcase_IsPublic_AndShowsOnlyLaunchedInitiatives_WithoutPeople()
    {
        var (_, launched) = await _world.EnrolledWithMentorAsync("Repair Café");
        IncubationWorld.Ok(await _world.LaunchAsync(_world.A, _world.Carla, launched));
        await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Noch angenommen");
        using var anonymous = new FormClient(fixture.App);

        var showcase = await anonymous.GetPageAsync($"/hubs/{_world.A.Slug}/initiatives");
        var hubPage = await anonymous.GetPageAsync($"/hubs/{_world.A.Slug}");
        var otherHub = await anonymous.GetPageAsync($"/hubs/{_world.B.Slug}/initiatives");

        showcase.Status.ShouldBe(HttpStatusCode.OK);
        showcase.Text.ShouldContain("Repair Café");
        showcase.Text.ShouldNotContain("Noch angenommen");
        showcase.Text.ShouldNotContain("Rana");
        showcase.Html.ShouldNotContain("_blazor");
        hubPage.Html.ShouldContain($"href=\"/hubs/{_world.A.Slug}/initiatives\"");
        otherHub.Status.ShouldBe(HttpStatusCode.OK);
        otherHub.Text.ShouldNotContain("Repair Café");
        otherHub.Text.ShouldContain(Texts.German(fixture.App, "Showcase.Empty"));
    }

    [Fact]
    public async Task Showcase_OfAHubInPlanning_IsNotFound()
    {
        var planning = await _world.Arrange.HubAsync("Planning Hub", HubStatus.Planning);
        using var anonymous = new FormClient(fixture.App);

        (await anonymous.GetPageAsync($"/hubs/{planning.Slug}/initiatives")).Status.ShouldBe(HttpStatusCode.NotFound);
        using var response = await anonymous.GetAsync($"/api/v1/hubs/{planning.Slug}/initiatives");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record InitiativeJson(Guid Id, string Title, string Summary, string Category, List<string> Languages, DateTimeOffset? LaunchedAt, string HubUrl);

    [Fact]
    public async Task Api_ListsLaunchedInitiatives_PublicDataOnly()
    {
        var (_, launched) = await _world.EnrolledWithMentorAsync("Repair Café");
        IncubationWorld.Ok(await _world.LaunchAsync(_world.A, _world.Carla, launched));
        var paused = await _world.InitiativeAsync(_world.A, _world.Rana, _world.Carla, "Pausiert");
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync($"/api/v1/hubs/{_world.A.Slug}/initiatives?status=launched");
        var body = await response.Content.ReadAsStringAsync();
        var items = JsonSerializer.Deserialize<List<InitiativeJson>>(body, JsonSerializerOptions.Web);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        items.ShouldNotBeNull().Select(i => i.Id).ShouldBe([launched]);
        items[0].Title.ShouldBe("Repair Café");
        items[0].Category.ShouldBe(nameof(InitiativeCategory.Social));
        items[0].Languages.ShouldBe(["de", "ar"]);
        items[0].LaunchedAt.ShouldNotBeNull();
        items[0].HubUrl.ShouldEndWith($"/hubs/{_world.A.Slug}/initiatives");
        body.ShouldNotContain(_world.Rana.Id.ToString());
        body.ShouldNotContain("Rana");
        body.ShouldNotContain(paused.ToString());
    }

    [Theory]
    [InlineData("incubating")]
    [InlineData("accepted")]
    [InlineData("draft")]
    [InlineData("bogus")]
    public async Task Api_AnyOtherStatus_IsABadRequestProblem(string status)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync($"/api/v1/hubs/{_world.A.Slug}/initiatives?status={status}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task Api_UnknownHub_IsANotFoundProblem()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync("/api/v1/hubs/no-such-hub/initiatives?status=launched");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task OpenApi_DescribesTheShowcaseEndpoint()
    {
        using var client = fixture.App.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        document.ShouldContain("/api/v1/hubs/{slug}/initiatives");
        document.ShouldContain("ListLaunchedInitiatives");
    }
}
