using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Tenancy;

/// <summary>The data layer keeps each hub's rows to itself: on read (query filter) and on write (save guard).</summary>
[Collection(AppCollection.Name)]
public sealed class TenantIsolationTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    private async Task<(ResolvedHub A, ResolvedHub B, ApplicationUser InA, ApplicationUser InB)> TwoHubsAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var inA = await _arrange.MemberAsync(a, "alpha-member");
        var inB = await _arrange.MemberAsync(b, "beta-member", HubRoles.Member | HubRoles.Mentor);
        await _arrange.MemberAsync(b, "beta-coordinator", HubRoles.Member | HubRoles.Coordinator);
        await _arrange.AuditAsync(a, AuditActions.MembershipJoined, inA);
        await _arrange.AuditAsync(b, AuditActions.RolesGranted, inB);
        await _arrange.AuditAsync(b, AuditActions.MembershipJoined, inB);
        await _arrange.AuditAsync(null, AuditActions.AccountDeleted);
        return (a, b, inA, inB);
    }

    private Task<HubMembership?> StoredMembershipAsync(Guid hubId, Guid userId) =>
        HubScope.RunAsync(fixture.App, null, db => db.HubMemberships.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(m => m.HubId == hubId && m.UserId == userId));

    [Fact]
    public async Task Query_InHubA_SeesOnlyHubARows()
    {
        // Arrange
        var (a, _, inA, _) = await TwoHubsAsync();

        // Act
        var (memberships, audit) = await HubScope.RunAsync(fixture.App, a, async db =>
            (await db.HubMemberships.ToListAsync(), await db.AuditEntries.ToListAsync()));

        // Assert
        memberships.ShouldHaveSingleItem().UserId.ShouldBe(inA.Id);
        memberships.ShouldAllBe(m => m.HubId == a.Id);
        audit.ShouldHaveSingleItem().HubId.ShouldBe(a.Id);
    }

    [Fact]
    public async Task Query_OutsideAnyHub_SeesNoHubRows()
    {
        // Arrange
        await TwoHubsAsync();

        // Act
        var (memberships, audit, all) = await HubScope.RunAsync(fixture.App, null, async db =>
            (await db.HubMemberships.CountAsync(), await db.AuditEntries.ToListAsync(), await db.HubMemberships.IgnoreQueryFilters().CountAsync()));

        // Assert
        all.ShouldBe(3);
        memberships.ShouldBe(0);
        audit.ShouldAllBe(e => e.HubId == null, "outside a hub only network-level entries are visible");
        audit.ShouldHaveSingleItem().Action.ShouldBe(AuditActions.AccountDeleted);
    }

    [Fact]
    public async Task Save_NewRowOfHubBWhileInA_ThrowsAndWritesNothing()
    {
        // Arrange
        var (a, b, inA, _) = await TwoHubsAsync();

        // Act
        var thrown = await Should.ThrowAsync<CrossHubWriteException>(() => HubScope.RunAsync(fixture.App, a, async db =>
        {
            db.HubMemberships.Add(new HubMembership { HubId = b.Id, UserId = inA.Id, JoinedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }));

        // Assert
        thrown.Message.ShouldContain(b.Id.ToString());
        (await StoredMembershipAsync(b.Id, inA.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_NewAuditEntryOfHubBWhileInA_ThrowsAndWritesNothing()
    {
        // Arrange
        var (a, b, _, _) = await TwoHubsAsync();

        // Act
        await Should.ThrowAsync<CrossHubWriteException>(() => HubScope.RunAsync(fixture.App, a, async db =>
        {
            db.AuditEntries.Add(new AuditEntry { HubId = b.Id, Action = "Forged", EntityType = "Hub", EntityId = "x", At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }));

        // Assert
        var forged = await HubScope.RunAsync(fixture.App, null, db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.Action == "Forged"));
        forged.ShouldBe(0);
    }

    [Fact]
    public async Task Save_ModifiedRowOfHubBWhileInA_ThrowsAndChangesNothing()
    {
        // Arrange
        var (a, b, _, inB) = await TwoHubsAsync();

        // Act
        await Should.ThrowAsync<CrossHubWriteException>(() => HubScope.RunAsync(fixture.App, a, async db =>
        {
            var row = await db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.HubId == b.Id && m.UserId == inB.Id);
            row.Roles = HubRoles.Member | HubRoles.Coordinator;
            await db.SaveChangesAsync();
        }));

        // Assert
        (await StoredMembershipAsync(b.Id, inB.Id)).ShouldNotBeNull().Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
    }

    [Fact]
    public async Task Save_DeletedRowOfHubBWhileInA_ThrowsAndDeletesNothing()
    {
        // Arrange
        var (a, b, _, inB) = await TwoHubsAsync();

        // Act
        await Should.ThrowAsync<CrossHubWriteException>(() => HubScope.RunAsync(fixture.App, a, async db =>
        {
            db.HubMemberships.Remove(await db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.HubId == b.Id && m.UserId == inB.Id));
            await db.SaveChangesAsync();
        }));

        // Assert
        (await StoredMembershipAsync(b.Id, inB.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Save_NewRowWithoutHubId_GetsCurrentHubStamped()
    {
        // Arrange
        var (a, _, _, _) = await TwoHubsAsync();
        var newcomer = await _arrange.UserAsync("newcomer");

        // Act
        await HubScope.RunAsync(fixture.App, a, async db =>
        {
            db.HubMemberships.Add(new HubMembership { UserId = newcomer.Id, JoinedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });

        // Assert
        (await StoredMembershipAsync(a.Id, newcomer.Id)).ShouldNotBeNull().Roles.ShouldBe(HubRoles.Member);
    }

    [Fact]
    public async Task Save_NewRowWithoutHubIdOutsideAnyHub_Throws()
    {
        // Arrange
        await TwoHubsAsync();
        var newcomer = await _arrange.UserAsync("homeless");

        // Act
        await Should.ThrowAsync<CrossHubWriteException>(() => HubScope.RunAsync(fixture.App, null, async db =>
        {
            db.HubMemberships.Add(new HubMembership { UserId = newcomer.Id, JoinedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }));

        // Assert
        var stored = await HubScope.RunAsync(fixture.App, null, db => db.HubMemberships.IgnoreQueryFilters().CountAsync(m => m.UserId == newcomer.Id));
        stored.ShouldBe(0);
    }
}
