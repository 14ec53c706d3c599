using System.Globalization;
using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Security;

namespace IntegrationHubs.IntegrationTests.Admin;

[Collection(SecondAppCollection.Name)]
public sealed class MunicipalityViewerTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);
    private readonly AdminScenario _admin = new(fixture.App);
    private ApplicationUser _networkAdmin = default!;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _networkAdmin = await _arrange.UserAsync("admin");
        await _arrange.NetworkAdminAsync(_networkAdmin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AppointViewer.Result> AppointAsync(Guid municipalityId, string? email) =>
        _admin.AsAsync<AppointViewer, AppointViewer.Result>(_networkAdmin, h => h.HandleAsync(new AppointViewerForm { MunicipalityId = municipalityId, Email = email }));

    [Fact]
    public async Task Appoint_ByEmail_SavesTheViewer_AuditsWithoutNameOrEmail_AndGrantsThatMunicipalityOnly()
    {
        // Arrange
        var leipzig = await _arrange.MunicipalityAsync("Leipzig");
        var dresden = await _arrange.MunicipalityAsync("Dresden");
        var viewer = await _arrange.UserAsync("Vera Viewer", email: Arrange.Email("vera"));
        (await _admin.MaySeeMunicipalityAsync(viewer, leipzig.Id)).ShouldBeFalse();

        // Act: the address typed in another case and with spaces still finds the account
        var result = await AppointAsync(leipzig.Id, $"  {viewer.Email!.ToUpperInvariant()} ");

        // Assert
        result.ShouldBe(new AppointViewer.Result(AppointViewer.Outcome.Appointed, "Vera Viewer"));
        (await _admin.ViewersAsync()).ShouldBe([(viewer.Id, leipzig.Id)]);
        var entry = (await _admin.AuditAsync()).ShouldHaveSingleItem();
        entry.ShouldSatisfyAllConditions(
            () => entry.HubId.ShouldBeNull(),
            () => entry.ActorUserId.ShouldBe(_networkAdmin.Id),
            () => entry.Action.ShouldBe(AuditActions.ViewerAppointed),
            () => entry.EntityType.ShouldBe(nameof(MunicipalityViewer)),
            () => entry.EntityId.ShouldBe(leipzig.Id.ToString()),
            () => entry.Detail.ShouldBe(viewer.Id.ToString()));
        $"{entry.EntityId} {entry.Detail}".ShouldNotContain("Vera");
        $"{entry.EntityId} {entry.Detail}".ShouldNotContain("@");
        (await _admin.MaySeeMunicipalityAsync(viewer, leipzig.Id)).ShouldBeTrue();
        (await _admin.MaySeeMunicipalityAsync(viewer, dresden.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Appoint_Twice_IsIdempotent()
    {
        // Arrange
        var leipzig = await _arrange.MunicipalityAsync();
        var viewer = await _arrange.UserAsync("Vera Viewer", email: Arrange.Email("vera"));
        await AppointAsync(leipzig.Id, viewer.Email);

        // Act
        var again = await AppointAsync(leipzig.Id, viewer.Email);

        // Assert
        again.Outcome.ShouldBe(AppointViewer.Outcome.AlreadyAppointed);
        (await _admin.ViewersAsync()).Count.ShouldBe(1);
        (await _admin.AuditAsync()).Count.ShouldBe(1);
        Texts.German(fixture.App, "Admin.Viewers.AlreadyAppointed", "Vera Viewer", "Leipzig").ShouldContain("Vera Viewer");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Appoint_UnknownOrUnconfirmedAddress_IsRefusedWithAMessage_AndNothingIsSaved(bool accountExists)
    {
        // Arrange
        var leipzig = await _arrange.MunicipalityAsync();
        var email = accountExists ? (await _arrange.UserAsync("unconfirmed", confirmed: false)).Email! : Arrange.Email("nobody");

        // Act
        var refusal = await Should.ThrowAsync<DomainException>(() => AppointAsync(leipzig.Id, email));

        // Assert
        refusal.Code.ShouldBe(AppointViewer.UnknownAccount);
        Texts.German(fixture.App, refusal.Code).ShouldContain("bestätigtes Konto");
        (await _admin.ViewersAsync()).ShouldBeEmpty();
        (await _admin.AuditAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "Admin.Viewers.Validation.EmailRequired")]
    [InlineData("not-an-address", "Validation.Email.Invalid")]
    public async Task Appoint_InvalidInput_IsRefusedByTheValidator(string? email, string key)
    {
        // Arrange
        var leipzig = await _arrange.MunicipalityAsync();

        // Act: in the reader's language, as in their circuit
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("uk");
        ValidationException refusal;
        try
        {
            refusal = await Should.ThrowAsync<ValidationException>(() => AppointAsync(leipzig.Id, email));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        // Assert
        refusal.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe(Texts.Get(fixture.App, "uk", key));
        (await _admin.ViewersAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Remove_EndsTheAppointment_AndIsAudited()
    {
        // Arrange
        var leipzig = await _arrange.MunicipalityAsync();
        var viewer = await _arrange.UserAsync("Vera Viewer", email: Arrange.Email("vera"));
        await AppointAsync(leipzig.Id, viewer.Email);

        // Act
        await _admin.AsAsync<RemoveViewer>(_networkAdmin, h => h.HandleAsync(leipzig.Id, viewer.Id));

        // Assert
        (await _admin.ViewersAsync()).ShouldBeEmpty();
        (await _admin.MaySeeMunicipalityAsync(viewer, leipzig.Id)).ShouldBeFalse();
        var removed = (await _admin.AuditAsync()).Last();
        (removed.Action, removed.HubId, removed.EntityId, removed.Detail).ShouldBe((AuditActions.ViewerRemoved, (Guid?)null, leipzig.Id.ToString(), viewer.Id.ToString()));
        await Should.ThrowAsync<NotFoundException>(() => _admin.AsAsync<RemoveViewer>(_networkAdmin, h => h.HandleAsync(leipzig.Id, viewer.Id)));
    }

    [Fact]
    public async Task List_ShowsEveryMunicipalityWithHubCountAndViewers()
    {
        // Arrange
        var leipzig = await _arrange.MunicipalityAsync("Leipzig");
        await _arrange.MunicipalityAsync("Dresden");
        await _arrange.HubAsync("Ost Hub", municipality: leipzig);
        await _arrange.HubAsync("West Hub", municipality: leipzig);
        var viewer = await _arrange.UserAsync("Vera Viewer", email: Arrange.Email("vera"));
        await AppointAsync(leipzig.Id, viewer.Email);

        // Act
        var rows = await _admin.AsAsync<ListMunicipalityViewers, IReadOnlyList<ListMunicipalityViewers.Row>>(_networkAdmin, h => h.HandleAsync());

        // Assert
        rows.Select(r => (r.Name, r.CountryCode, r.Region, r.HubCount)).ShouldBe([("Dresden", "DE", "Sachsen", 0), ("Leipzig", "DE", "Sachsen", 2)]);
        rows[0].Viewers.ShouldBeEmpty();
        rows[1].Viewers.ShouldBe([new ListMunicipalityViewers.Viewer(viewer.Id, "Vera Viewer", viewer.Email!)]);
    }
}
