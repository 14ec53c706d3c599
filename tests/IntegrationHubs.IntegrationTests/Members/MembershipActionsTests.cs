using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Members;

[Collection(AppCollection.Name)]
public sealed class MembershipActionsTests(AppFixture fixture) : IAsyncLifetime
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

    private Task<MemberActionResult> AsCoordinator<THandler>(Func<THandler, Task<MemberActionResult>> action)
        where THandler : notnull =>
        _world.AsAsync(_coordinator, _hub, action);

    private Task<List<AuditEntry>> AuditAsync() =>
        _world.InHubAsync(_hub, db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    private async Task<(Guid Id, uint Version)> MemberAsync(string name, HubRoles roles = HubRoles.Member, MembershipState state = MembershipState.Active)
    {
        var id = await _world.PersonAsync(name);
        await _world.JoinAsync(_hub, id, roles, state);
        return (id, (await _world.MembershipAsync(_hub, id)).Version);
    }

    [Fact]
    public async Task Approve_ARequest_MakesTheMemberActive_AndIsAudited()
    {
        var (rana, version) = await MemberAsync("Rana Farahani", state: MembershipState.Requested);

        var result = await AsCoordinator<ApproveMembership>(h => h.HandleAsync(new(rana, version)));

        result.ShouldBe(MemberActionResult.Done);
        (await _world.MembershipAsync(_hub, rana)).State.ShouldBe(MembershipState.Active);
        var entry = (await AuditAsync()).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditActions.MembershipApproved);
        entry.ActorUserId.ShouldBe(_coordinator);
        entry.HubId.ShouldBe(_hub.Id);
        entry.EntityType.ShouldBe(nameof(HubMembership));
        entry.EntityId.ShouldBe(rana.ToString());
        entry.Detail.ShouldBe("Active");
    }

    [Fact]
    public async Task Approve_AnActiveMember_IsRefusedWithTheReason()
    {
        var (amal, version) = await MemberAsync("Amal");

        var result = await AsCoordinator<ApproveMembership>(h => h.HandleAsync(new(amal, version)));

        result.RefusalKey.ShouldBe("Membership.NotRequested");
        (await AuditAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task SetRoles_GrantsAndRevokes_AndAuditsEachSideWithoutNames()
    {
        var (thomas, version) = await MemberAsync("Thomas Krüger", HubRoles.Mentor);

        var result = await AsCoordinator<SetMemberRoles>(h => h.HandleAsync(new(thomas, version, HubRoles.Member | HubRoles.Coordinator)));

        result.RefusalKey.ShouldBeNull();
        (await _world.MembershipAsync(_hub, thomas)).Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
        var entries = await AuditAsync();
        entries.Select(e => (e.Action, e.Detail)).ShouldBe([(AuditActions.RolesGranted, "Coordinator"), (AuditActions.RolesRevoked, "Mentor")]);
        entries.ShouldAllBe(e => e.EntityId == thomas.ToString() && e.ActorUserId == _coordinator && e.HubId == _hub.Id);
        entries.ShouldAllBe(e => !e.Detail!.Contains("Thomas") && !e.Detail.Contains('@'));
    }

    [Fact]
    public async Task Deactivate_ThenReactivate_AreAudited()
    {
        var (amal, version) = await MemberAsync("Amal");

        (await AsCoordinator<DeactivateMembership>(h => h.HandleAsync(new(amal, version)))).Succeeded.ShouldBeTrue();
        var deactivated = await _world.MembershipAsync(_hub, amal);
        deactivated.State.ShouldBe(MembershipState.Deactivated);
        (await AsCoordinator<ReactivateMembership>(h => h.HandleAsync(new(amal, deactivated.Version)))).Succeeded.ShouldBeTrue();

        (await _world.MembershipAsync(_hub, amal)).State.ShouldBe(MembershipState.Active);
        (await AuditAsync()).Select(e => (e.Action, e.Detail)).ShouldBe(
            [(AuditActions.MembershipDeactivated, "Deactivated"), (AuditActions.MembershipReactivated, "Active")]);
    }

    [Fact]
    public async Task RemovingTheLastCoordinatorsRole_IsRefusedWithTheReason_AndNothingChanges()
    {
        var before = await _world.MembershipAsync(_hub, _coordinator);

        var result = await AsCoordinator<SetMemberRoles>(h => h.HandleAsync(new(_coordinator, before.Version, HubRoles.Member | HubRoles.Mentor)));

        result.RefusalKey.ShouldBe("Membership.LastCoordinator");
        var after = await _world.MembershipAsync(_hub, _coordinator);
        after.Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
        after.Version.ShouldBe(before.Version);
        (await AuditAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task DeactivatingTheLastCoordinator_IsRefused()
    {
        var before = await _world.MembershipAsync(_hub, _coordinator);

        var result = await AsCoordinator<DeactivateMembership>(h => h.HandleAsync(new(_coordinator, before.Version)));

        result.RefusalKey.ShouldBe("Membership.LastCoordinator");
        (await _world.MembershipAsync(_hub, _coordinator)).State.ShouldBe(MembershipState.Active);
    }

    [Fact]
    public async Task RemovingOnesOwnCoordinatorRole_WorksWhenAnotherCoordinatorRemains()
    {
        await MemberAsync("Second Coordinator", HubRoles.Coordinator);
        var before = await _world.MembershipAsync(_hub, _coordinator);

        var result = await AsCoordinator<SetMemberRoles>(h => h.HandleAsync(new(_coordinator, before.Version, HubRoles.Member)));

        result.RefusalKey.ShouldBeNull();
        (await _world.MembershipAsync(_hub, _coordinator)).Roles.ShouldBe(HubRoles.Member);
    }

    [Fact]
    public async Task AChangeFromAStaleList_GivesChangedMeanwhile_AndKeepsTheFirstChange()
    {
        // Two coordinators loaded the list at the same time and saw the same version.
        var (amal, seen) = await MemberAsync("Amal");

        var first = await AsCoordinator<SetMemberRoles>(h => h.HandleAsync(new(amal, seen, HubRoles.Member | HubRoles.Mentor)));
        var second = await AsCoordinator<SetMemberRoles>(h => h.HandleAsync(new(amal, seen, HubRoles.Member | HubRoles.Coordinator)));

        first.Succeeded.ShouldBeTrue();
        second.RefusalKey.ShouldBe(MemberActionResult.ChangedMeanwhileKey);
        (await _world.MembershipAsync(_hub, amal)).Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
        (await AuditAsync()).ShouldHaveSingleItem().Detail.ShouldBe("Mentor");
    }

    [Fact]
    public async Task TwoRoleChangesAtOnce_OneWins_TheOtherIsToldItChangedMeanwhile()
    {
        var (amal, seen) = await MemberAsync("Amal");
        var wanted = new[] { HubRoles.Member | HubRoles.Mentor, HubRoles.Member | HubRoles.Coordinator };

        var results = await Task.WhenAll(wanted.Select(roles =>
            AsCoordinator<SetMemberRoles>(h => h.HandleAsync(new(amal, seen, roles)))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).RefusalKey.ShouldBe(MemberActionResult.ChangedMeanwhileKey);
        var winner = wanted[Array.FindIndex(results, r => r.Succeeded)];
        (await _world.MembershipAsync(_hub, amal)).Roles.ShouldBe(winner);
        (await AuditAsync()).ShouldHaveSingleItem().Detail.ShouldBe(HubRoleChange.Between(HubRoles.Member, winner).Granted.ToString());
    }

    [Fact]
    public async Task TwoCoordinatorsDemotingEachOtherAtOnce_NeverLeaveTheHubWithoutACoordinator()
    {
        var (second, secondVersion) = await MemberAsync("Second Coordinator", HubRoles.Coordinator);
        var firstVersion = (await _world.MembershipAsync(_hub, _coordinator)).Version;

        var results = await Task.WhenAll(
            DemoteAsync(_coordinator, second, secondVersion),
            DemoteAsync(second, _coordinator, firstVersion));

        var coordinators = await _world.InHubAsync(_hub, db => db.HubMemberships.CountAsync(m => (m.Roles & HubRoles.Coordinator) != 0));
        coordinators.ShouldBeGreaterThanOrEqualTo(1);
        results.Count(r => r.Succeeded).ShouldBeLessThanOrEqualTo(1);
    }

    /// <summary>One who was demoted first is no longer a coordinator: their own attempt is then not authorized at all.</summary>
    private async Task<MemberActionResult> DemoteAsync(Guid actor, Guid target, uint version)
    {
        try
        {
            return await _world.AsAsync<SetMemberRoles, MemberActionResult>(actor, _hub, h => h.HandleAsync(new(target, version, HubRoles.Member)));
        }
        catch (IntegrationHubs.Web.Security.NotFoundException)
        {
            return new MemberActionResult("not authorized");
        }
    }

    [Fact]
    public async Task AMemberOfAnotherHub_IsNotFoundHere_AndStaysUnchanged()
    {
        var nord = await _world.HubAsync("Nord");
        var elsewhere = await _world.PersonAsync("Only In Nord");
        await _world.JoinAsync(nord, elsewhere, state: MembershipState.Requested);
        var version = (await _world.MembershipAsync(nord, elsewhere)).Version;

        var result = await AsCoordinator<ApproveMembership>(h => h.HandleAsync(new(elsewhere, version)));

        result.RefusalKey.ShouldBe(MemberActionResult.MemberNotFoundKey);
        (await _world.MembershipAsync(nord, elsewhere)).State.ShouldBe(MembershipState.Requested);
    }
}
