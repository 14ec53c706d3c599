using System.Net;
using System.Net.Http.Json;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Admin;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Features.Dashboards;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Dashboards;

/// <summary>Who sees which dashboard, on the pages and through the export API.</summary>
[Collection(AppCollection.Name)]
public sealed class DashboardAccessTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);
    private readonly AdminScenario _admin = new(fixture.App);
    private ResolvedHub _ost = default!;
    private ResolvedHub _west = default!;
    private ResolvedHub _elbe = default!;
    private Guid _leipzig;
    private Guid _dresden;
    private ApplicationUser _viewer = default!;
    private ApplicationUser _admin1 = default!;
    private ApplicationUser _coordinatorOst = default!;
    private ApplicationUser _coordinatorWest = default!;
    private ApplicationUser _member = default!;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        var leipzig = await _arrange.MunicipalityAsync("Leipzig");
        var dresden = await _arrange.MunicipalityAsync("Dresden");
        (_leipzig, _dresden) = (leipzig.Id, dresden.Id);
        _ost = await _arrange.HubAsync("Ostwache", municipality: leipzig);
        _west = await _arrange.HubAsync("Westwerk", municipality: leipzig);
        _elbe = await _arrange.HubAsync("Elbhafen", municipality: dresden);
        _coordinatorOst = await _arrange.MemberAsync(_ost, "Coraost", HubRoles.Member | HubRoles.Coordinator);
        _coordinatorWest = await _arrange.MemberAsync(_west, "Carlwest", HubRoles.Member | HubRoles.Coordinator);
        _member = await _arrange.MemberAsync(_ost, "Zoraunique");
        _viewer = await _arrange.UserAsync("viewer");
        _admin1 = await _arrange.UserAsync("admin");
        await _arrange.NetworkAdminAsync(_admin1);
        await _admin.AsAsync<AppointViewer>(_admin1, h => h.HandleAsync(new AppointViewerForm { MunicipalityId = leipzig.Id, Email = _viewer.Email }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<FormClient> SignedInAsync(ApplicationUser user)
    {
        var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);
        return client;
    }

    internal static async Task<MetricsApi.MetricsDto?> JsonAsync(FormClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<MetricsApi.MetricsDto>();
    }

    private static void ShouldBeRefused(HttpResponseMessage response, string path)
    {
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        if (FormClient.IsRedirect(response.StatusCode))
        {
            FormClient.RedirectTarget(response).ShouldNotStartWith(path);
        }
    }

    [Fact]
    public async Task Viewer_SeesTheirMunicipalitysHubsOnly_OnThePage_WithoutAnyName()
    {
        using var client = await SignedInAsync(_viewer);

        var page = await client.GetPageAsync("/dashboard");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Ostwache");
        page.Text.ShouldContain("Westwerk");
        page.Text.ShouldNotContain("Elbhafen");
        page.Text.ShouldNotContain("Zora");
        page.Text.ShouldNotContain("Cora");
    }

    [Fact]
    public async Task DashboardLink_IsInTheNavForViewersAndAdmins_NotForMembersOrCoordinators()
    {
        foreach (var (person, shown) in new[] { (_viewer, true), (_admin1, true), (_member, false), (_coordinatorOst, false) })
        {
            using var client = await SignedInAsync(person);
            var page = await client.GetPageAsync("/me");
            page.Html.Contains("href=\"/dashboard\"", StringComparison.Ordinal).ShouldBe(shown, person.DisplayName);
        }
    }

    [Fact]
    public async Task Viewer_AskingForAnotherMunicipality_IsRefused_OnThePageAndInTheApi()
    {
        using var client = await SignedInAsync(_viewer);

        var page = await client.GetPageAsync($"/dashboard?municipality={_dresden}");
        using var api = await client.GetAsync($"/api/v1/metrics?municipality={_dresden}");

        page.Text.ShouldNotContain("Elbhafen");
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Content.ReadAsStringAsync()).ShouldContain("\"status\":403");
    }

    [Fact]
    public async Task Api_ForTheViewer_AnswersTheirHubsAsJson()
    {
        using var client = await SignedInAsync(_viewer);

        var dto = await JsonAsync(client, "/api/v1/metrics?from=2026-01-01&to=2026-03-31");

        dto.ShouldNotBeNull();
        dto.Municipality.ShouldBe(_leipzig);
        dto.Units.Select(u => u.Label).ShouldBe(["Ostwache", "Westwerk"]);
        dto.Hubs.Select(h => h.Status).ShouldAllBe(s => s == "Active");
        dto.Tables.Single(t => t.Key == "Members").Columns.ShouldBe([_ost.Slug, _west.Slug, "total"]);
    }

    [Theory]
    [InlineData("from=2026-03-02&to=2026-03-01", 400)]
    [InlineData("from=2020-01-01&to=2025-01-02", 400)]
    [InlineData("from=01.03.2026", 400)]
    [InlineData("format=xml", 400)]
    [InlineData("municipality=leipzig", 400)]
    [InlineData("municipality=00000000-0000-0000-0000-000000000001", 404)]
    [InlineData("format=csv", 200)]
    [InlineData("from=2026-01-02&to=2026-01-31", 400)]
    [InlineData("from=2026-01-01&to=2026-02-27", 400)]
    [InlineData("from=2026-01-01&to=2026-02-28", 200)]
    public async Task Api_BadInput_IsAProblemWithItsStatus_NeverAServerError(string query, int status)
    {
        using var client = await SignedInAsync(_viewer);

        using var response = await client.GetAsync($"/api/v1/metrics?{query}");

        ((int)response.StatusCode).ShouldBe(status);
        if (status != 200)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Fact]
    public async Task Api_PeriodOfDays_OrAMonthNotYetOver_IsRefusedWithTheReasonInTheirLanguage()
    {
        using var client = await SignedInAsync(_viewer);
        var open = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-12));
        open = new DateOnly(open.Year, open.Month, 1);

        using var days = await client.GetAsync("/api/v1/metrics?from=2026-01-01&to=2026-01-30");
        using var running = await client.GetAsync($"/api/v1/metrics?from={open.AddMonths(-1):yyyy-MM-dd}&to={open.AddMonths(1).AddDays(-1):yyyy-MM-dd}");

        ((int)days.StatusCode).ShouldBe(400);
        (await days.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Metrics.Period.WholeMonths"));
        ((int)running.StatusCode).ShouldBe(400);
        (await running.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Metrics.Period.NotCompleted"));
    }

    [Fact]
    public async Task Api_PlainMembersAndCoordinators_AreForbidden_AnonymousIsSentToSignIn()
    {
        foreach (var person in new[] { _member, _coordinatorOst })
        {
            using var client = await SignedInAsync(person);
            using var response = await client.GetAsync("/api/v1/metrics");
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using var anonymous = new FormClient(fixture.App);
        using var refused = await anonymous.GetAsync("/api/v1/metrics");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NetworkDashboard_PlainMembersAndCoordinators_AreRefused()
    {
        foreach (var person in new[] { _member, _coordinatorOst })
        {
            using var client = await SignedInAsync(person);
            using var response = await client.GetAsync("/dashboard");
            ShouldBeRefused(response, "/dashboard");
        }
    }

    [Fact]
    public async Task Admin_ComparesMunicipalities_AndMayOpenAny()
    {
        using var client = await SignedInAsync(_admin1);

        var all = await JsonAsync(client, "/api/v1/metrics");
        var dresden = await JsonAsync(client, $"/api/v1/metrics?municipality={_dresden}");

        all!.Units.Select(u => u.Label).ShouldBe(["Dresden", "Leipzig"]);
        dresden!.Units.Select(u => u.Label).ShouldBe(["Elbhafen"]);
    }

    [Fact]
    public async Task HubDashboard_ForItsCoordinator_NotForAnotherHubsCoordinator_NorAMember()
    {
        var path = $"/hubs/{_ost.Slug}/manage/dashboard";
        using var own = await SignedInAsync(_coordinatorOst);
        var page = await own.GetPageAsync(path);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(Texts.German(fixture.App, "Metrics.HubTitle", "Ostwache"));

        foreach (var person in new[] { _coordinatorWest, _member, _viewer })
        {
            using var client = await SignedInAsync(person);
            using var response = await client.GetAsync(path);
            ShouldBeRefused(response, path);
        }
    }
}
