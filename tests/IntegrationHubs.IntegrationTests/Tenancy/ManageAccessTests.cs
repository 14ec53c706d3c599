using System.Net;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Tenancy;

/// <summary>The coordinator area of a hub over HTTP, with real sign-in cookies.</summary>
[Collection(AppCollection.Name)]
public sealed class ManageAccessTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    private async Task<(ResolvedHub A, ResolvedHub B)> TwoHubsAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        return (await _arrange.HubAsync("Alpha Hub"), await _arrange.HubAsync("Beta Hub"));
    }

    [Fact]
    public async Task Manage_CoordinatorOfA_SeesA_ButBIsNotFound()
    {
        // Arrange
        var (a, b) = await TwoHubsAsync();
        var coordinator = await _arrange.MemberAsync(a, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        await _arrange.MemberAsync(b, "other-coordinator", HubRoles.Member | HubRoles.Coordinator);
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(coordinator.Email!);

        // Act
        var own = await client.GetPageAsync($"/hubs/{a.Slug}/manage");
        var other = await client.GetPageAsync($"/hubs/{b.Slug}/manage");

        // Assert
        own.Status.ShouldBe(HttpStatusCode.OK);
        // The page's own heading, not the same words in the hub switcher's link label.
        own.Html.ShouldMatch($"<h1[^>]*>{System.Text.RegularExpressions.Regex.Escape(Texts.German(fixture.App, "Manage.Title", a.Name))}</h1>");
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        other.Text.ShouldNotContain(b.Name);
        other.Text.ShouldContain(Texts.German(fixture.App, "NotFound.Title"));
    }

    [Fact]
    public async Task Manage_PlainMember_IsNotFound()
    {
        // Arrange
        var (a, _) = await TwoHubsAsync();
        var member = await _arrange.MemberAsync(a, "member");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(member.Email!);

        // Act
        using var response = await client.GetAsync($"/hubs/{a.Slug}/manage");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Manage_Anonymous_IsSentToSignIn()
    {
        // Arrange
        var (a, _) = await TwoHubsAsync();
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.GetAsync($"/hubs/{a.Slug}/manage");

        // Assert
        var target = FormClient.RedirectTarget(response);
        target.ShouldStartWith("/Account/Login");
        Uri.UnescapeDataString(target).ShouldContain($"/hubs/{a.Slug}/manage");
    }

    [Fact]
    public async Task Manage_NetworkAdmin_SeesEveryHub()
    {
        // Arrange
        var (a, b) = await TwoHubsAsync();
        var admin = await _arrange.UserAsync("admin");
        await _arrange.NetworkAdminAsync(admin);
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(admin.Email!);

        // Act
        var first = await client.GetPageAsync($"/hubs/{a.Slug}/manage");
        var second = await client.GetPageAsync($"/hubs/{b.Slug}/manage");

        // Assert
        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Html.ShouldMatch($"<h1[^>]*>{System.Text.RegularExpressions.Regex.Escape(Texts.German(fixture.App, "Manage.Title", a.Name))}</h1>");
        second.Status.ShouldBe(HttpStatusCode.OK);
        second.Html.ShouldMatch($"<h1[^>]*>{System.Text.RegularExpressions.Regex.Escape(Texts.German(fixture.App, "Manage.Title", b.Name))}</h1>");
    }
}
