using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Me;

[Collection(AppCollection.Name)]
public sealed class JoinHubTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<ApplicationUser> PersonWithProfileAsync(string name, string email)
    {
        var person = await _given.PersonAsync(name, email);
        await _given.AsAsync(person, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(new MemberProfileForm { AcceptsTerms = true }));
        return person;
    }

    [Fact]
    public async Task Join_WithoutConsentOnRecord_AsksForTheProfileFirst()
    {
        var hub = await _given.HubAsync("leipzig-ost");
        var olena = await _given.PersonAsync("Olena", "olena@example.org");

        var outcome = await _given.AsAsync(olena, hub, s => s.GetRequiredService<JoinHub>().HandleAsync());

        outcome.ShouldBe(JoinHub.Outcome.NeedsProfile);
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Join_OpenHubTwice_MakesOneActiveMembershipAndOneAuditEntry()
    {
        var hub = await _given.HubAsync("leipzig-ost");
        var olena = await PersonWithProfileAsync("Olena", "olena@example.org");

        var first = await _given.AsAsync(olena, hub, s => s.GetRequiredService<JoinHub>().HandleAsync());
        var second = await _given.AsAsync(olena, hub, s => s.GetRequiredService<JoinHub>().HandleAsync());

        (first, second).ShouldBe((JoinHub.Outcome.Joined, JoinHub.Outcome.Joined));
        var memberships = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().ToListAsync());
        memberships.ShouldHaveSingleItem().State.ShouldBe(MembershipState.Active);
        memberships[0].HubId.ShouldBe(hub.Id);
        var audit = await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().ToListAsync());
        audit.ShouldHaveSingleItem().Action.ShouldBe(AuditActions.MembershipJoined);
        audit[0].HubId.ShouldBe(hub.Id);
    }

    [Fact]
    public async Task Join_HubThatApprovesMembers_RecordsARequestThatGrantsNothingYet()
    {
        var hub = await _given.HubAsync("kassel-nord", JoinPolicy.ApprovalRequired);
        var peter = await PersonWithProfileAsync("Peter", "peter@example.org");

        var outcome = await _given.AsAsync(peter, hub, s => s.GetRequiredService<JoinHub>().HandleAsync());
        var canSeeMemberArea = await _given.AsAsync(peter, hub, s => s.GetRequiredService<HubAuthorizer>().HasAsync(HubPermission.ViewMemberArea));

        outcome.ShouldBe(JoinHub.Outcome.Requested);
        canSeeMemberArea.ShouldBeFalse();
    }

    [Fact]
    public async Task Join_HubStillInPlanning_LooksLikeNoHub()
    {
        var hub = await _given.HubAsync("neu", status: Domain.Hubs.HubStatus.Planning);
        var peter = await PersonWithProfileAsync("Peter", "peter@example.org");

        await Should.ThrowAsync<NotFoundException>(() => _given.AsAsync(peter, hub, s => s.GetRequiredService<JoinHub>().HandleAsync()));
    }

    [Fact]
    public async Task Leave_AsTheLastCoordinator_IsRefused_AndTheMembershipStays()
    {
        var hub = await _given.HubAsync("leipzig-ost");
        var jonas = await PersonWithProfileAsync("Jonas", "jonas@example.org");
        await _given.MembershipAsync(hub, jonas, HubRoles.Member | HubRoles.Coordinator);

        var error = await Should.ThrowAsync<DomainException>(() => _given.AsAsync(jonas, hub, s => s.GetRequiredService<LeaveHub>().HandleAsync()));

        error.Code.ShouldBe("Membership.LastCoordinator");
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync())).State.ShouldBe(MembershipState.Active);
    }

    [Fact]
    public async Task Leave_AsAMember_EndsTheMembershipInThatHubOnly()
    {
        var ost = await _given.HubAsync("leipzig-ost");
        var kassel = await _given.HubAsync("kassel-nord");
        var peter = await PersonWithProfileAsync("Peter", "peter@example.org");
        await _given.MembershipAsync(ost, peter, HubRoles.Member);
        await _given.MembershipAsync(kassel, peter, HubRoles.Member);

        await _given.AsAsync(peter, ost, s => s.GetRequiredService<LeaveHub>().HandleAsync());

        var states = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().ToDictionaryAsync(m => m.HubId, m => m.State));
        states[ost.Id].ShouldBe(MembershipState.Left);
        states[kassel.Id].ShouldBe(MembershipState.Active);
    }
}
