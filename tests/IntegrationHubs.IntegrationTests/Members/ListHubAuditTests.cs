using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Hubs.Manage;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Members;

[Collection(AppCollection.Name)]
public sealed class ListHubAuditTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MembersWorld _world = new(fixture.App);
    private ResolvedHub _hub = default!;
    private Guid _coordinator;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _hub = await _world.HubAsync("Ost");
        _coordinator = await _world.PersonAsync("Carla Coordinator");
        await _world.JoinAsync(_hub, _coordinator, HubRoles.Coordinator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task AddAsync(ResolvedHub hub, Guid? actor, string action, Guid subject, DateTimeOffset at) =>
        _world.InHubAsync(hub, async db =>
        {
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = actor, Action = action, At = at,
                EntityType = nameof(HubMembership), EntityId = subject.ToString(), Detail = "Mentor",
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Audit_IsNewestFirst_WithWhoAndWhom_AndADeletedActorAsNull()
    {
        var amal = await _world.PersonAsync("Amal Nasser");
        await _world.JoinAsync(_hub, amal);
        await AddAsync(_hub, _coordinator, AuditActions.RolesGranted, amal, MembersWorld.Start);
        await AddAsync(_hub, null, AuditActions.RolesRevoked, amal, MembersWorld.Start.AddHours(1));

        var result = await _world.AsAsync<ListHubAudit, ListHubAudit.Result>(_coordinator, _hub, h => h.HandleAsync(new()));

        result.Total.ShouldBe(2);
        result.Items.Select(l => (l.Action, l.Actor, l.Subject)).ShouldBe(
            [(AuditActions.RolesRevoked, (string?)null, "Amal Nasser"), (AuditActions.RolesGranted, "Carla Coordinator", "Amal Nasser")]);
    }

    [Fact]
    public async Task Overview_ShowsRecentActivity_OnTheHubsClock_AsTheAuditLogDoes()
    {
        // 05:43 UTC is 06:43 in Leipzig: the overview said 05:43 (the server's zone) while the audit log said 06:43.
        var at = new DateTimeOffset(2026, 12, 2, 5, 43, 0, TimeSpan.Zero);
        await AddAsync(_hub, _coordinator, AuditActions.RolesGranted, _coordinator, at);

        var overview = await _world.AsAsync<GetHubOverview, GetHubOverview.Result>(_coordinator, _hub, h => h.HandleAsync());
        var audit = await _world.AsAsync<ListHubAudit, ListHubAudit.Result>(_coordinator, _hub, h => h.HandleAsync(new()));

        var line = overview.RecentActivity.ShouldHaveSingleItem();
        (line.At.Hour, line.At.Minute, line.At.Offset).ShouldBe((6, 43, TimeSpan.FromHours(1)));
        line.At.ShouldBe(at);
        audit.Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Audit_IsPaged_AndLeavesOutOtherHubsAndNetworkEntries()
    {
        var other = await _world.HubAsync("Nord");
        for (var i = 0; i < 7; i++)
        {
            await AddAsync(_hub, _coordinator, AuditActions.RolesGranted, _coordinator, MembersWorld.Start.AddMinutes(i));
        }

        await AddAsync(other, null, AuditActions.RolesGranted, _coordinator, MembersWorld.Start);
        await fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(services);
            db.AuditEntries.Add(new AuditEntry { Action = AuditActions.AccountDeleted, EntityType = "ApplicationUser", EntityId = "x", At = MembersWorld.Start });
            await db.SaveChangesAsync();
        });

        var page = await _world.AsAsync<ListHubAudit, ListHubAudit.Result>(_coordinator, _hub, h => h.HandleAsync(new(Page: 1, PageSize: 5)));

        page.Total.ShouldBe(7);
        page.Items.Count.ShouldBe(2);
        page.Items.Select(l => l.At).ShouldBe([MembersWorld.Start.AddMinutes(1), MembersWorld.Start]);
    }
}
