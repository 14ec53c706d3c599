using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using static IntegrationHubs.UnitTests.Events.EventTests;

namespace IntegrationHubs.UnitTests.Events;

public sealed class CheckInRulesTests
{
    private static readonly DateTimeOffset AtTheDoor = Now.AddMinutes(30);

    [Fact]
    public void Door_OpensAnHourBeforeTheStart_AndStaysOpenUntilClosed()
    {
        var held = Published(startHours: 2);

        held.Door(Now.AddMinutes(59)).ShouldBe(CheckInDoor.NotYetOpen);
        held.Door(Now.AddHours(1)).ShouldBe(CheckInDoor.Open);
        held.Door(Now.AddHours(10)).ShouldBe(CheckInDoor.Open);
        held.Close(Coordinator, default, default, Now.AddHours(10));
        held.Door(Now.AddHours(10)).ShouldBe(CheckInDoor.Closed);
    }

    [Fact]
    public void Door_OfACancelledOrUnapprovedEvent_NeverOpens()
    {
        var cancelled = Published(startHours: 1);
        cancelled.Cancel(Coordinator, Now);
        var pending = Event.Create(Details(startHours: 1), HubLanguages, Guid.NewGuid(), Team, Guid.NewGuid(), Now);

        cancelled.Door(AtTheDoor).ShouldBe(CheckInDoor.Cancelled);
        pending.Door(AtTheDoor).ShouldBe(CheckInDoor.NotPublished);
        Should.Throw<DomainException>(() => cancelled.GuardWalkInChange(Coordinator, 1, AtTheDoor)).Code.ShouldBe("Events.CheckIn.CancelledEvent");
    }

    [Fact]
    public void Refusals_SayWhyTheDoorTakesNoChange_ClosedIsNotNotYetOpen()
    {
        var held = Published(startHours: 2);
        var cancelled = Published(startHours: 2);
        cancelled.Cancel(Coordinator, Now);
        var pending = Event.Create(Details(startHours: 2), HubLanguages, Guid.NewGuid(), Team, Guid.NewGuid(), Now);

        Should.Throw<DomainException>(() => held.GuardWalkInChange(Coordinator, 1, Now)).Code.ShouldBe("Events.CheckIn.NotOpen");
        held.DoorRefusal(Now.AddHours(1)).ShouldBeNull();
        held.Close(Coordinator, default, default, Now.AddHours(1));

        // The phone that loses the race to close hears that it is closed, not when the door opens.
        Should.Throw<DomainException>(() => held.Close(Coordinator, default, default, Now.AddHours(1))).Code.ShouldBe("Events.CheckIn.AlreadyClosed");
        Should.Throw<DomainException>(() => held.GuardWalkInChange(Coordinator, 1, Now.AddHours(1))).Code.ShouldBe("Events.CheckIn.AlreadyClosed");
        cancelled.DoorRefusal(Now.AddHours(1)).ShouldBe("Events.CheckIn.CancelledEvent");
        pending.DoorRefusal(Now.AddHours(1)).ShouldBe("Events.CheckIn.NotPublished");
    }

    [Fact]
    public void Rsvp_ToAnEventClosedAtTheDoorBeforeItsStart_IsRefusedAsOver_NotAsNotYetOpen()
    {
        var held = Published(startHours: 1);
        held.Close(Coordinator, default, default, AtTheDoor);

        held.RsvpRefusal(AtTheDoor).ShouldBe("Events.Rsvp.Past");
    }

    [Fact]
    public void Organisers_AreTheCoordinators_AndTheTeamOnlyForItsInitiativesEvent()
    {
        var hubs = Published();
        var initiatives = Event.Create(Details(), HubLanguages, Guid.NewGuid(), Team, Guid.NewGuid(), Now);

        hubs.IsOrganisedBy(Coordinator).ShouldBeTrue();
        hubs.IsOrganisedBy(Team).ShouldBeFalse();
        initiatives.IsOrganisedBy(Team).ShouldBeTrue();
        initiatives.IsOrganisedBy(Member).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    [InlineData(-10_001)]
    public void WalkInChange_OfNothingOrBeyondTheMaximum_IsRefused(int delta) =>
        Should.Throw<DomainException>(() => Published(startHours: 1).GuardWalkInChange(Coordinator, delta, AtTheDoor)).Code.ShouldBe("Events.CheckIn.InvalidCount");

    [Fact]
    public void WalkInChange_ByAMember_IsRefused() =>
        Should.Throw<DomainException>(() => Published(startHours: 1).GuardWalkInChange(Member, 1, AtTheDoor)).Code.ShouldBe("Events.NotAllowed");

    [Fact]
    public void Close_KeepsTheCheckedInByBackground_BesideTheWalkIns()
    {
        var held = Published(startHours: 1);
        held.CountWalkIns(Coordinator, 2, 0, 1, AtTheDoor);

        held.Close(Coordinator, new Attendance(1, 3, 0), new RsvpTally(5, 4), Now.AddHours(3));

        held.ClosedAt.ShouldBe(Now.AddHours(3));
        held.CheckedIn.ShouldBe(new Attendance(1, 3, 0));
        held.Attended.ShouldBe(new Attendance(3, 3, 1));
        held.Attended.Total.ShouldBe(7);
        (held.ConfirmedRsvps, held.ShowedUp).ShouldBe((5, 4));
    }

    [Theory]
    [InlineData(2, 3)] // more showed up than confirmed
    [InlineData(5, -1)]
    [InlineData(9, 5)] // more confirmed people came than were checked in at all
    public void Close_WithAnImpossibleRsvpTally_IsRefused(int confirmed, int showedUp) =>
        Should.Throw<DomainException>(() => Published(startHours: 1).Close(Coordinator, new Attendance(1, 3, 0), new RsvpTally(confirmed, showedUp), Now.AddHours(3)))
            .Code.ShouldBe("Events.CheckIn.InvalidCount");

    [Fact]
    public void Attendance_CountsEachBackground_NotSaidAndUnansweredAlike()
    {
        var tally = new Attendance(0, 0, 0).With(Background.Newcomer).With(Background.LongTermResident).With(Background.PreferNotToSay).With(null);

        tally.ShouldBe(new Attendance(1, 1, 2));
        tally.Of(WalkInGroup.Unknown).ShouldBe(2);
    }

    [Fact]
    public void CheckIn_SetsTheStateSeen_SoTwoTicksOfOnePersonKeepOneTick_AtTheFirstTime()
    {
        var held = Published(startHours: 1);
        var rsvp = Rsvp.Answer(held.Id, Guid.NewGuid(), RsvpStatus.Waitlisted, Now);

        rsvp.CheckIn(held, Coordinator, present: true, AtTheDoor);
        rsvp.CheckIn(held, Coordinator, present: true, AtTheDoor.AddMinutes(1));

        rsvp.CheckedInAt.ShouldBe(AtTheDoor);
        rsvp.CheckIn(held, Coordinator, present: false, AtTheDoor);
        rsvp.CheckedInAt.ShouldBeNull();
    }

    [Fact]
    public void Withdraw_OnceCheckedIn_IsRefused()
    {
        var held = Published(startHours: 1);
        var rsvp = Rsvp.Answer(held.Id, Guid.NewGuid(), RsvpStatus.Confirmed, Now);
        rsvp.CheckIn(held, Coordinator, present: true, AtTheDoor);

        Should.Throw<DomainException>(() => rsvp.Cancel(AtTheDoor)).Code.ShouldBe("Events.Rsvp.CheckedIn");
        rsvp.Status.ShouldBe(RsvpStatus.Confirmed);
    }
}
