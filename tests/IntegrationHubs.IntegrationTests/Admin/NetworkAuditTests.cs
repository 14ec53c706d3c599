using IntegrationHubs.Domain.Audit;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Admin;

[Collection(SecondAppCollection.Name)]
public sealed class NetworkAuditTests(AppFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly Arrange _arrange = new(fixture.App);
    private readonly AdminScenario _admin = new(fixture.App);
    private ApplicationUser _networkAdmin = default!;
    private ResolvedHub _ost = default!;
    private ResolvedHub _nord = default!;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _networkAdmin = await _arrange.UserAsync("Nadia Admin", email: Arrange.Email("nadia"));
        await _arrange.NetworkAdminAsync(_networkAdmin);
        _ost = await _arrange.HubAsync("Ost Hub");
        _nord = await _arrange.HubAsync("Nord Hub");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<ListNetworkAudit.Result> ListAsync(ListNetworkAudit.Query query) =>
        _admin.AsAsync<ListNetworkAudit, ListNetworkAudit.Result>(_networkAdmin, h => h.HandleAsync(query));

    [Fact]
    public async Task Log_ShowsEveryHubAndTheNetwork_NewestFirst_WithHubAndActor()
    {
        // Arrange
        var gone = await _arrange.UserAsync("gone");
        await _admin.EntryAsync(_ost, AuditActions.RolesGranted, Start, _networkAdmin);
        await _admin.EntryAsync(_nord, AuditActions.MembershipJoined, Start.AddMinutes(1));
        await _admin.EntryAsync(null, AuditActions.AccountDeleted, Start.AddMinutes(2), gone);
        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            db.Users.Remove(await db.Users.FindAsync(gone.Id) ?? throw new InvalidOperationException());
            await db.SaveChangesAsync();
        });

        // Act
        var log = await ListAsync(new());

        // Assert
        log.Total.ShouldBe(3);
        log.Items.Select(l => (l.Action, l.HubName, l.Actor)).ShouldBe(
        [
            (AuditActions.AccountDeleted, (string?)null, (string?)null),
            (AuditActions.MembershipJoined, "Nord Hub", null),
            (AuditActions.RolesGranted, "Ost Hub", "Nadia Admin"),
        ]);
        log.Items[0].HubId.ShouldBeNull();
        log.Items[2].EntityType.ShouldBe("HubMembership");
    }

    [Fact]
    public async Task Log_FiltersByHub_ByNetwork_AndByAction()
    {
        // Arrange
        await _admin.EntryAsync(_ost, AuditActions.RolesGranted, Start);
        await _admin.EntryAsync(_ost, AuditActions.MembershipJoined, Start.AddMinutes(1));
        await _admin.EntryAsync(_nord, AuditActions.RolesGranted, Start.AddMinutes(2));
        await _admin.EntryAsync(null, AuditActions.ViewerAppointed, Start.AddMinutes(3));

        // Act
        var ost = await ListAsync(new(Scope: ListNetworkAudit.Scope.Hub, HubId: _ost.Id));
        var network = await ListAsync(new(Scope: ListNetworkAudit.Scope.Network));
        var granted = await ListAsync(new(Action: AuditActions.RolesGranted));
        var ostGranted = await ListAsync(new(Scope: ListNetworkAudit.Scope.Hub, HubId: _ost.Id, Action: AuditActions.RolesGranted));
        var hubs = await _admin.AsAsync<ListNetworkAudit, IReadOnlyList<ListNetworkAudit.HubOption>>(_networkAdmin, h => h.HubsAsync());

        // Assert
        ost.Items.Select(l => l.Action).ShouldBe([AuditActions.MembershipJoined, AuditActions.RolesGranted]);
        ost.Items.ShouldAllBe(l => l.HubId == _ost.Id);
        network.Items.Select(l => (l.Action, l.HubId)).ShouldBe([(AuditActions.ViewerAppointed, (Guid?)null)]);
        granted.Items.Select(l => l.HubName).ShouldBe(["Nord Hub", "Ost Hub"]);
        ostGranted.Total.ShouldBe(1);
        hubs.Select(h => h.Name).ShouldBe(["Nord Hub", "Ost Hub"]);
    }

    [Fact]
    public async Task Log_IsPaged()
    {
        // Arrange
        for (var i = 0; i < 6; i++)
        {
            await _admin.EntryAsync(i % 2 == 0 ? _ost : null, AuditActions.RolesGranted, Start.AddMinutes(i));
        }

        // Act
        var second = await ListAsync(new(Page: 1, PageSize: 4));

        // Assert
        second.Total.ShouldBe(6);
        second.Items.Select(l => l.At).ShouldBe([Start.AddMinutes(1), Start]);
    }

    [Fact]
    public void ActionFilter_OffersEveryAuditedAction()
    {
        ListNetworkAudit.Actions.ShouldContain(AuditActions.ViewerAppointed);
        ListNetworkAudit.Actions.ShouldContain(AuditActions.MembershipJoined);
        ListNetworkAudit.Actions.Count.ShouldBe(typeof(AuditActions).GetFields().Length);
    }
}
