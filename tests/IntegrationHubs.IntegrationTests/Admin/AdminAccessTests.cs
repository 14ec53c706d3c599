using System.Net;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Security;

namespace IntegrationHubs.IntegrationTests.Admin;

/// <summary>Only network admins reach the admin area: the pages by policy, the handlers by their own check.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class AdminAccessTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);
    private readonly AdminScenario _admin = new(fixture.App);

    /// <summary>A hub coordinator and a municipality viewer: staff, but not network admins.</summary>
    private async Task<(ApplicationUser Coordinator, ApplicationUser Viewer, Guid MunicipalityId)> StaffAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        var municipality = await _arrange.MunicipalityAsync();
        var hub = await _arrange.HubAsync("Ost Hub", municipality: municipality);
        var coordinator = await _arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        var viewer = await _arrange.UserAsync("viewer");
        var admin = await _arrange.UserAsync("admin");
        await _arrange.NetworkAdminAsync(admin);
        await _admin.AsAsync<AppointViewer>(admin, h => h.HandleAsync(new AppointViewerForm { MunicipalityId = municipality.Id, Email = viewer.Email }));
        return (coordinator, viewer, municipality.Id);
    }

    [Fact]
    public async Task EveryAdminHandler_RefusesCoordinatorsAndViewers_WithNotFound()
    {
        // Arrange
        var (coordinator, viewer, municipalityId) = await StaffAsync();
        var viewersBefore = await _admin.ViewersAsync();
        var auditBefore = (await _admin.AuditAsync()).Count;

        foreach (var person in new[] { coordinator, viewer })
        {
            // Act + Assert
            await Should.ThrowAsync<NotFoundException>(() => _admin.AsAsync<ListMunicipalityViewers>(person, h => h.HandleAsync()));
            await Should.ThrowAsync<NotFoundException>(() => _admin.AsAsync<AppointViewer>(person, h =>
                h.HandleAsync(new AppointViewerForm { MunicipalityId = municipalityId, Email = person.Email })));
            await Should.ThrowAsync<NotFoundException>(() => _admin.AsAsync<RemoveViewer>(person, h => h.HandleAsync(municipalityId, viewer.Id)));
            await Should.ThrowAsync<NotFoundException>(() => _admin.AsAsync<ListNetworkAudit>(person, h => h.HandleAsync(new())));
            await Should.ThrowAsync<NotFoundException>(() => _admin.AsAsync<ListNetworkAudit>(person, h => h.HubsAsync()));
        }

        (await _admin.ViewersAsync()).ShouldBe(viewersBefore);
        (await _admin.AuditAsync()).Count.ShouldBe(auditBefore);
    }

    [Theory]
    [InlineData("/admin/viewers")]
    [InlineData("/admin/audit")]
    public async Task AdminPages_OverHttp_AreRefusedToCoordinatorsAndViewers_AndShownToAdmins(string path)
    {
        // Arrange
        var (coordinator, viewer, _) = await StaffAsync();
        var admin = await _arrange.UserAsync("second-admin");
        await _arrange.NetworkAdminAsync(admin);

        foreach (var person in new[] { coordinator, viewer })
        {
            using var client = new FormClient(fixture.App);
            await client.SignInOrFailAsync(person.Email!);

            // Act
            using var response = await client.GetAsync(path);

            // Assert: refused (403, or the access-denied redirect), never the page itself
            response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
            if (FormClient.IsRedirect(response.StatusCode))
            {
                FormClient.RedirectTarget(response).ShouldNotStartWith("/admin");
            }
        }

        using var adminClient = new FormClient(fixture.App);
        await adminClient.SignInOrFailAsync(admin.Email!);
        var page = await adminClient.GetPageAsync(path);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(Texts.German(fixture.App, path.EndsWith("viewers", StringComparison.Ordinal) ? "Admin.Viewers.Title" : "Admin.Audit.Title"));
    }

    [Theory]
    [InlineData("/admin/viewers")]
    [InlineData("/admin/audit")]
    public async Task AdminPages_Anonymous_AreSentToSignIn(string path)
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        var target = FormClient.RedirectTarget(response);
        target.ShouldStartWith("/Account/Login");
        Uri.UnescapeDataString(target).ShouldContain(path);
    }

    [Fact]
    public async Task AdministrationLink_IsInTheNavForAdminsOnly()
    {
        // Arrange
        var (coordinator, viewer, _) = await StaffAsync();
        var admin = await _arrange.UserAsync("second-admin");
        await _arrange.NetworkAdminAsync(admin);

        foreach (var (person, expected) in new[] { (admin, true), (coordinator, false), (viewer, false) })
        {
            using var client = new FormClient(fixture.App);
            await client.SignInOrFailAsync(person.Email!);

            // Act
            var home = await client.GetPageAsync("/");

            // Assert
            home.Status.ShouldBe(HttpStatusCode.OK);
            home.Html.Contains("href=\"/admin/viewers\"", StringComparison.Ordinal).ShouldBe(expected, person.DisplayName);
        }
    }
}
