using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Manual;

[Collection(SecondAppCollection.Name)]
public sealed class SetupChecklistTests(AppFixture fixture)
{
    private readonly ManualWorld _world = new(fixture.App);

    /// <summary>Two hubs opened by the wizard, each with a coordinator who holds the role.</summary>
    private async Task<(ResolvedHub A, ApplicationUser CoordinatorA, ResolvedHub B, ApplicationUser CoordinatorB)> TwoHubsAsync()
    {
        await _world.BuildAsync();
        var a = Arrange.Slug("alpha");
        var b = Arrange.Slug("beta");
        await _world.OpenAsync(_world.Form(a, Arrange.Email("ca")));
        await _world.OpenAsync(_world.Form(b, Arrange.Email("cb")));
        var hubA = (await _world.ResolveAsync(a))!;
        var hubB = (await _world.ResolveAsync(b))!;
        var coordinatorA = await _world.Arrange.MemberAsync(hubA, "coordinator-a", HubRoles.Member | HubRoles.Coordinator);
        var coordinatorB = await _world.Arrange.MemberAsync(hubB, "coordinator-b", HubRoles.Member | HubRoles.Coordinator);
        return (hubA, coordinatorA, hubB, coordinatorB);
    }

    [Fact]
    public async Task Coordinator_TicksPlansAndUnticks_AndSeesProgressPerPhase()
    {
        // Arrange
        var (a, coordinator, _, _) = await TwoHubsAsync();
        var setup = await _world.As<GetSetup, GetSetup.View>(coordinator, a, h => h.HandleAsync());
        var first = setup.Items[0];

        // Act
        await _world.As<ChangeSetupItem>(coordinator, a, h => h.TickAsync(first.Id, true));
        await _world.As<ChangeSetupItem>(coordinator, a, h => h.TickAsync(setup.Items[1].Id, true));
        await _world.As<ChangeSetupItem>(coordinator, a, h => h.TickAsync(setup.Items[1].Id, false));
        await _world.As<ChangeSetupItem>(coordinator, a, h => h.PlanAsync(first.Id, "mit dem Quartiersmanagement", new DateOnly(2027, 1, 15)));

        // Assert
        var after = await _world.As<GetSetup, GetSetup.View>(coordinator, a, h => h.HandleAsync());
        after.Status.ShouldBe(HubStatus.Planning);
        after.Next.ShouldBe(HubStatus.Prototype);
        after.Phases.Count.ShouldBe(5);
        (after.Phases[0].Done, after.Phases[0].Total).ShouldBe((1, 3));
        after.Items[0].IsDone.ShouldBeTrue();
        after.Items[0].Note.ShouldBe("mit dem Quartiersmanagement");
        after.Items[0].DueDate.ShouldBe(new DateOnly(2027, 1, 15));
        after.Items[1].IsDone.ShouldBeFalse();
        after.StrategyGuidance.ShouldNotBeNull().Guidance.En.ShouldContain("Building community");
    }

    [Fact]
    public async Task CoordinatorOfHubB_CannotReadOrChangeHubAsChecklist()
    {
        // Arrange
        var (a, coordinatorA, b, coordinatorB) = await TwoHubsAsync();
        var itemOfA = (await _world.As<GetSetup, GetSetup.View>(coordinatorA, a, h => h.HandleAsync())).Items[0].Id;

        // Act + Assert: in hub A they have no part; from hub B the item is not there
        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetSetup, GetSetup.View>(coordinatorB, a, h => h.HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ChangeSetupItem>(coordinatorB, a, h => h.TickAsync(itemOfA, true)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ChangeSetupItem>(coordinatorB, b, h => h.TickAsync(itemOfA, true)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ChangeSetupItem>(coordinatorB, b, h => h.PlanAsync(itemOfA, "x", null)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<MoveHubStatus>(coordinatorB, a, h => h.HandleAsync(HubStatus.Prototype)));
        var viewOfB = await _world.As<GetSetup, GetSetup.View>(coordinatorB, b, h => h.HandleAsync());
        viewOfB.Items.ShouldNotContain(i => i.Id == itemOfA);

        var itemA = await _world.ReadAsync(a, db => db.SetupItems.AsNoTracking().SingleAsync(i => i.Id == itemOfA));
        itemA.IsDone.ShouldBeFalse();
        itemA.Note.ShouldBeNull();
        (await _world.ResolveAsync(a.Slug))!.Status.ShouldBe(HubStatus.Planning);
    }

    [Fact]
    public async Task PlainMember_CannotSeeOrTickTheChecklist()
    {
        var (a, coordinator, _, _) = await TwoHubsAsync();
        var member = await _world.Arrange.MemberAsync(a, "plain-member");
        var item = (await _world.As<GetSetup, GetSetup.View>(coordinator, a, h => h.HandleAsync())).Items[0].Id;

        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetSetup, GetSetup.View>(member, a, h => h.HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<ChangeSetupItem>(member, a, h => h.TickAsync(item, true)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<MoveHubStatus>(member, a, h => h.HandleAsync(HubStatus.Prototype)));
    }

    [Fact]
    public async Task Coordinator_MovesHubToPrototypeThenActive_VisibleAtOnce_ButMayNotCloseIt()
    {
        // Arrange
        var (a, coordinator, _, _) = await TwoHubsAsync();
        (await _world.ResolveAsync(a.Slug))!.Status.ShouldBe(HubStatus.Planning);

        // Act
        await _world.As<MoveHubStatus>(coordinator, a, h => h.HandleAsync(HubStatus.Prototype));

        // Assert: the cached resolver answers with the new status at once
        (await _world.ResolveAsync(a.Slug))!.Status.ShouldBe(HubStatus.Prototype);
        await _world.As<MoveHubStatus>(coordinator, a, h => h.HandleAsync(HubStatus.Active));
        (await _world.ResolveAsync(a.Slug))!.Status.ShouldBe(HubStatus.Active);
        var refused = await Should.ThrowAsync<DomainException>(() => _world.As<MoveHubStatus>(coordinator, a, h => h.HandleAsync(HubStatus.Closed)));
        refused.Code.ShouldBe("Setup.MayNotMoveHub");
        (await _world.ResolveAsync(a.Slug))!.Status.ShouldBe(HubStatus.Active);
    }

    [Fact]
    public async Task InvitedFirstCoordinator_AcceptsTheMailedLink_AndManagesTheChecklist()
    {
        // Arrange
        await _world.BuildAsync();
        var slug = Arrange.Slug("halle");
        var email = Arrange.Email("first");
        await _world.OpenAsync(_world.Form(slug, email));
        var hub = (await _world.ResolveAsync(slug))!;
        var link = await Testing.MailFolder.WaitForLinkAsync(fixture.App.MailFolder, email, "/invite/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        var person = await _world.Arrange.UserAsync("first", email: email);
        await _world.As<SaveMemberProfile>(person, null, h => h.HandleAsync(new MemberProfileForm { AcceptsTerms = true }));

        // Act
        var accepted = await _world.As<AcceptInvitation, AcceptInvitation.Result>(person, null, h => h.HandleAsync(token));

        // Assert
        accepted.ShouldBe(new AcceptInvitation.Result(AcceptInvitation.Outcome.Accepted, slug));
        var setup = await _world.As<GetSetup, GetSetup.View>(person, hub, h => h.HandleAsync());
        setup.Items.Count.ShouldBe(15);
        var membership = await _world.ReadAsync(hub, db => db.HubMemberships.AsNoTracking().SingleAsync(m => m.UserId == person.Id));
        membership.Roles.HasFlag(HubRoles.Coordinator).ShouldBeTrue();
    }
}
