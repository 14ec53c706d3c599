using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.UnitTests.Initiatives;

public sealed class InitiativeTeamTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Creator = Guid.NewGuid();
    private static readonly Guid Rana = Guid.NewGuid();
    private static readonly Guid Olena = Guid.NewGuid();

    private static Initiative Draft()
    {
        var initiative = Initiative.StartDraft(Creator, Now);
        initiative.HubId = Guid.NewGuid();
        initiative.Edit(Creator, "Sprachcafé", "", InitiativeCategory.Social, ["de"], InitiativeNeeds.None);
        return initiative;
    }

    private static Initiative WithMember(Guid member)
    {
        var initiative = Draft();
        InitiativeTeam.Invite(initiative, Creator, member, inviteeIsActiveMember: true, Now);
        InitiativeTeam.Accept(initiative, member, Now);
        return initiative;
    }

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainException>(action).Code.ShouldBe(code);

    [Fact]
    public void Invite_AnActiveMember_IsAnOpenInvitation_NotYetTheTeam()
    {
        var initiative = Draft();

        var invited = InitiativeTeam.Invite(initiative, Creator, Rana, inviteeIsActiveMember: true, Now);

        invited.State.ShouldBe(TeamMemberState.Invited);
        invited.InvitedByUserId.ShouldBe(Creator);
        invited.HubId.ShouldBe(initiative.HubId);
        initiative.IsTeam(Rana).ShouldBeFalse();
        initiative.IsInvited(Rana).ShouldBeTrue();
        initiative.IsVisibleTo(Rana).ShouldBeTrue();
        initiative.IsVisibleTo(Olena).ShouldBeFalse();
    }

    [Fact]
    public void Accept_MakesTheInviteeTeam_WhoMayEditTheDraft()
    {
        var initiative = WithMember(Rana);

        initiative.IsTeam(Rana).ShouldBeTrue();
        initiative.IsInvited(Rana).ShouldBeFalse();
        initiative.Edit(Rana, "Sprachcafé am Dienstag", "", InitiativeCategory.Social, ["de"], InitiativeNeeds.None);
        initiative.Title.ShouldBe("Sprachcafé am Dienstag");
        InitiativeTeam.Members(initiative).ShouldBe([Creator, Rana]);
    }

    [Fact]
    public void Accept_TeamMemberMaySubmit_AndMayNotReviewTheirOwnInitiative()
    {
        var initiative = WithMember(Rana);

        initiative.MoveTo(InitiativeStatus.Submitted, new InitiativeActor(Rana, initiative.IsTeam(Rana), false), null, Now);
        initiative.MoveTo(InitiativeStatus.InReview, new InitiativeActor(Olena, false, true), null, Now);

        ShouldRefuse(() => initiative.MoveTo(InitiativeStatus.Accepted, new InitiativeActor(Rana, initiative.IsTeam(Rana), true), null, Now), "Initiative.OwnReview");
    }

    [Fact]
    public void Invite_SomeoneWhoIsNotAnActiveMemberOfTheHub_IsRefused() =>
        ShouldRefuse(() => InitiativeTeam.Invite(Draft(), Creator, Rana, inviteeIsActiveMember: false, Now), "InitiativeTeam.NotActiveMember");

    [Fact]
    public void Invite_BySomeoneNotOnTheTeam_IsRefused() =>
        ShouldRefuse(() => InitiativeTeam.Invite(Draft(), Olena, Rana, inviteeIsActiveMember: true, Now), "Initiative.TeamOnly");

    [Fact]
    public void Invite_AnInviteeWhoCannotYetInvite_IsRefused()
    {
        var initiative = Draft();
        InitiativeTeam.Invite(initiative, Creator, Rana, true, Now);

        ShouldRefuse(() => InitiativeTeam.Invite(initiative, Rana, Olena, true, Now), "Initiative.TeamOnly");
    }

    [Fact]
    public void Invite_TheSamePersonTwice_OrATeamMember_OrTheCreator_IsRefused()
    {
        var initiative = Draft();
        InitiativeTeam.Invite(initiative, Creator, Rana, true, Now);

        ShouldRefuse(() => InitiativeTeam.Invite(initiative, Creator, Rana, true, Now), "InitiativeTeam.AlreadyOnTeam");
        ShouldRefuse(() => InitiativeTeam.Invite(initiative, Creator, Creator, true, Now), "InitiativeTeam.AlreadyOnTeam");
        InitiativeTeam.Accept(initiative, Rana, Now);
        ShouldRefuse(() => InitiativeTeam.Invite(initiative, Creator, Rana, true, Now), "InitiativeTeam.AlreadyOnTeam");
    }

    [Fact]
    public void Invite_BeyondTheTeamSize_CountingOpenInvitations_IsRefused()
    {
        var initiative = Draft();
        for (var i = 1; i < InitiativeTeam.MaxSize; i++)
        {
            InitiativeTeam.Invite(initiative, Creator, Guid.NewGuid(), true, Now);
        }

        ShouldRefuse(() => InitiativeTeam.Invite(initiative, Creator, Guid.NewGuid(), true, Now), "InitiativeTeam.Full");
    }

    [Theory]
    [InlineData(InitiativeStatus.Declined)]
    [InlineData(InitiativeStatus.Ended)]
    public void Invite_ToAClosedInitiative_IsRefused(InitiativeStatus status)
    {
        var initiative = Draft();
        typeof(Initiative).GetProperty(nameof(Initiative.Status))!.SetValue(initiative, status);

        ShouldRefuse(() => InitiativeTeam.Invite(initiative, Creator, Rana, true, Now), "InitiativeTeam.Closed");
    }

    [Fact]
    public void Decline_RemovesTheInvitation_AndTheDraftIsHiddenAgain()
    {
        var initiative = Draft();
        InitiativeTeam.Invite(initiative, Creator, Rana, true, Now);

        InitiativeTeam.Decline(initiative, Rana);

        initiative.Team.ShouldBeEmpty();
        initiative.IsVisibleTo(Rana).ShouldBeFalse();
    }

    [Fact]
    public void Answer_WithoutAnOpenInvitation_IsRefused()
    {
        ShouldRefuse(() => InitiativeTeam.Accept(Draft(), Rana, Now), "InitiativeTeam.NoInvitation");
        ShouldRefuse(() => InitiativeTeam.Decline(WithMember(Rana), Rana), "InitiativeTeam.NoInvitation");
    }

    [Fact]
    public void Remove_ByTheTeam_TakesAMemberOff()
    {
        var initiative = WithMember(Rana);

        InitiativeTeam.Remove(initiative, Creator, Rana).ShouldNotBeNull();

        initiative.IsTeam(Rana).ShouldBeFalse();
    }

    [Fact]
    public void Remove_AMemberLeaves()
    {
        var initiative = WithMember(Rana);

        InitiativeTeam.Remove(initiative, Rana, Rana);

        initiative.IsTeam(Rana).ShouldBeFalse();
        initiative.IsTeam(Creator).ShouldBeTrue();
    }

    [Fact]
    public void Remove_TheCreatorByOthers_IsRefused() =>
        ShouldRefuse(() => InitiativeTeam.Remove(WithMember(Rana), Rana, Creator), "InitiativeTeam.CreatorStays");

    [Fact]
    public void Remove_TheCreatorAlone_CannotLeave() =>
        ShouldRefuse(() => InitiativeTeam.Remove(Draft(), Creator, Creator), "InitiativeTeam.LastMember");

    [Fact]
    public void Remove_TheCreatorWithATeam_Leaves_AndTheTeamCarriesOn()
    {
        var initiative = WithMember(Rana);

        InitiativeTeam.Remove(initiative, Creator, Creator).ShouldBeNull();

        initiative.CreatedByUserId.ShouldBeNull();
        initiative.IsTeam(Creator).ShouldBeFalse();
        InitiativeTeam.Members(initiative).ShouldBe([Rana]);
        ShouldRefuse(() => InitiativeTeam.Remove(initiative, Rana, Rana), "InitiativeTeam.LastMember");
    }

    [Fact]
    public void Remove_BySomeoneNotOnTheTeam_IsRefused() =>
        ShouldRefuse(() => InitiativeTeam.Remove(WithMember(Rana), Olena, Rana), "Initiative.TeamOnly");

    [Fact]
    public void Remove_AnInvitationByTheTeam_WithdrawsIt()
    {
        var initiative = Draft();
        InitiativeTeam.Invite(initiative, Creator, Rana, true, Now);

        InitiativeTeam.Remove(initiative, Creator, Rana);

        initiative.IsInvited(Rana).ShouldBeFalse();
    }

    [Fact]
    public void Remove_SomeoneNotOnTheTeam_IsRefused() =>
        ShouldRefuse(() => InitiativeTeam.Remove(Draft(), Creator, Olena), "InitiativeTeam.NotOnTeam");
}
