using System.Net;
using System.Net.Http.Json;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;

namespace IntegrationHubs.IntegrationTests.Hubs;

[Collection(AppCollection.Name)]
public sealed class HubPagesTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    private sealed record HubJson(string Slug, string Name, string Status, string Url);

    [Fact]
    public async Task Home_ListsOnlyPrototypeAndActiveHubs()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var planning = await _arrange.HubAsync("Planning Hub", HubStatus.Planning);
        var prototype = await _arrange.HubAsync("Prototype Hub", HubStatus.Prototype);
        var active = await _arrange.HubAsync("Active Hub", HubStatus.Active);
        var closed = await _arrange.HubAsync("Closed Hub", HubStatus.Closed);
        using var client = new FormClient(fixture.App);

        // Act
        var home = await client.GetPageAsync("/");

        // Assert
        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Html.ShouldContain($"href=\"/hubs/{prototype.Slug}\"");
        home.Html.ShouldContain($"href=\"/hubs/{active.Slug}\"");
        home.Text.ShouldNotContain(planning.Name);
        home.Html.ShouldNotContain(planning.Slug);
        home.Text.ShouldNotContain(closed.Name);
    }

    [Fact]
    public async Task HubPage_PlanningHub_IsNotFoundForVisitor_ButShownToItsCoordinator()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var planning = await _arrange.HubAsync("Planning Hub", HubStatus.Planning);
        var coordinator = await _arrange.MemberAsync(planning, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        using var visitor = new FormClient(fixture.App);
        using var staff = new FormClient(fixture.App);
        await staff.SignInOrFailAsync(coordinator.Email!);

        // Act
        var asVisitor = await visitor.GetPageAsync($"/hubs/{planning.Slug}");
        var asCoordinator = await staff.GetPageAsync($"/hubs/{planning.Slug}");

        // Assert
        asVisitor.Status.ShouldBe(HttpStatusCode.NotFound);
        asVisitor.Text.ShouldNotContain(planning.Name);
        asCoordinator.Status.ShouldBe(HttpStatusCode.OK);
        asCoordinator.Text.ShouldContain(planning.Name);
        asCoordinator.Html.ShouldContain($"href=\"/hubs/{planning.Slug}/manage\"");
    }

    [Fact]
    public async Task HubPage_ActiveHub_IsShownToVisitor()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var active = await _arrange.HubAsync("Active Hub");
        using var visitor = new FormClient(fixture.App);

        // Act
        var page = await visitor.GetPageAsync($"/hubs/{active.Slug}");

        // Assert
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(active.Name);
        page.Html.ShouldNotContain($"/hubs/{active.Slug}/manage");
    }

    [Theory]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/hubs/NOT_A_SLUG")]
    public async Task HubPage_UnknownSlug_ShowsFriendlyNotFound(string path)
    {
        // Arrange
        using var visitor = new FormClient(fixture.App);

        // Act
        var page = await visitor.GetPageAsync(path);

        // Assert
        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain(Texts.German(fixture.App, "NotFound.Title"));
        page.Text.ShouldContain(Texts.German(fixture.App, "NotFound.Body"));
    }

    [Fact]
    public async Task HubsApi_ListsPublicHubsOnly()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        await _arrange.HubAsync("Planning Hub", HubStatus.Planning);
        var prototype = await _arrange.HubAsync("Prototype Hub", HubStatus.Prototype);
        var active = await _arrange.HubAsync("Active Hub", HubStatus.Active);
        await _arrange.HubAsync("Closed Hub", HubStatus.Closed);
        using var client = fixture.App.CreateClient();

        // Act
        using var response = await client.GetAsync("/api/v1/hubs");
        var hubs = await response.Content.ReadFromJsonAsync<List<HubJson>>();

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        hubs.ShouldNotBeNull().Select(h => h.Slug).ShouldBe([active.Slug, prototype.Slug], ignoreOrder: true);
        hubs.Single(h => h.Slug == prototype.Slug).Status.ShouldBe(nameof(HubStatus.Prototype));
        hubs.Single(h => h.Slug == active.Slug).Url.ShouldEndWith($"/hubs/{active.Slug}");
    }
}
