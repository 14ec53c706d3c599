using System.Net;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;

namespace IntegrationHubs.IntegrationTests.Manual;

[Collection(SecondAppCollection.Name)]
public sealed class ManualPagesTests(AppFixture fixture)
{
    private readonly ManualWorld _world = new(fixture.App);

    [Theory]
    [InlineData("/admin/manual", "Manual.Title")]
    [InlineData("/admin/hubs/new", "Wizard.Title")]
    public async Task AdminManualPages_AreShownToAdmins_AndRefusedToCoordinators(string path, string title)
    {
        // Arrange
        await _world.BuildAsync();
        var hub = await _world.Arrange.HubAsync("Ost Hub");
        var coordinator = await _world.Arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);

        // Act
        using var adminClient = new FormClient(fixture.App);
        await adminClient.SignInOrFailAsync(_world.Admin.Email!);
        var page = await adminClient.GetPageAsync(path);
        using var coordinatorClient = new FormClient(fixture.App);
        await coordinatorClient.SignInOrFailAsync(coordinator.Email!);
        using var refused = await coordinatorClient.GetAsync(path);

        // Assert
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(Texts.German(fixture.App, title));
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SetupPage_ShowsTheChecklistAndTheManualsGuidance_ToTheHubsCoordinator_NotToAnotherHubsCoordinator()
    {
        // Arrange
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        await _world.OpenAsync(_world.Form(slug, Arrange.Email("c")));
        var hub = (await _world.ResolveAsync(slug))!;
        var coordinator = await _world.Arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        var other = await _world.Arrange.HubAsync("Other Hub");
        var stranger = await _world.Arrange.MemberAsync(other, "stranger", HubRoles.Member | HubRoles.Coordinator);

        // Act
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(coordinator.Email!);
        var page = await client.GetPageAsync($"/hubs/{slug}/manage/setup");
        using var strangerClient = new FormClient(fixture.App);
        await strangerClient.SignInOrFailAsync(stranger.Email!);
        using var refused = await strangerClient.GetAsync($"/hubs/{slug}/manage/setup");

        // Assert
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(Texts.German(fixture.App, "Setup.Title"));
        page.Text.ShouldContain("Die Nachbarschaft verstehen");
        page.Html.ShouldContain("<h2>Gemeinschaft aufbauen</h2>");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
