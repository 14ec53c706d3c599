using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;

namespace IntegrationHubs.UnitTests.Events;

public sealed class WaitlistTests
{
    private static readonly DateTimeOffset Now = EventTests.Now;

    private static Rsvp Make(RsvpStatus status, long sequence)
    {
        var rsvp = Rsvp.Answer(Guid.NewGuid(), Guid.NewGuid(), status == RsvpStatus.Cancelled ? RsvpStatus.Confirmed : status, Now);
        rsvp.Sequence = sequence;
        if (status == RsvpStatus.Cancelled)
        {
            rsvp.Cancel(Now);
        }

        return rsvp;
    }

    [Fact]
    public void Rsvp_WithSeatsFree_IsConfirmed() => Waitlist.Place(capacity: 10, confirmed: 9, waiting: 0).ShouldBe(RsvpStatus.Confirmed);

    [Fact]
    public void Rsvp_BeyondCapacity_JoinsTheWaitlist() => Waitlist.Place(capacity: 10, confirmed: 10, waiting: 0).ShouldBe(RsvpStatus.Waitlisted);

    [Fact]
    public void Rsvp_WhileOthersWait_QueuesBehindThem() => Waitlist.Place(capacity: 10, confirmed: 9, waiting: 2).ShouldBe(RsvpStatus.Waitlisted);

    [Fact]
    public void Promote_AfterACancellation_MovesUpExactlyTheFirstWaiting()
    {
        var rsvps = new List<Rsvp> { Make(RsvpStatus.Confirmed, 1), Make(RsvpStatus.Cancelled, 2), Make(RsvpStatus.Waitlisted, 5), Make(RsvpStatus.Waitlisted, 4) };

        var promoted = Waitlist.ToPromote(2, rsvps);

        promoted.Count.ShouldBe(1);
        promoted[0].Sequence.ShouldBe(4);
    }

    [Fact]
    public void Promote_WhenFull_MovesNobody() =>
        Waitlist.ToPromote(1, [Make(RsvpStatus.Confirmed, 1), Make(RsvpStatus.Waitlisted, 2)]).ShouldBeEmpty();

    [Fact]
    public void Promote_AfterCapacityGrows_FillsEveryNewSeatInOrder()
    {
        var promoted = Waitlist.ToPromote(3, [Make(RsvpStatus.Confirmed, 1), Make(RsvpStatus.Waitlisted, 3), Make(RsvpStatus.Waitlisted, 2), Make(RsvpStatus.Waitlisted, 9)]);

        promoted.Select(r => r.Sequence).ShouldBe([2L, 3L]);
    }

    [Fact]
    public void Promote_AConfirmedRsvp_IsRefused() =>
        Should.Throw<DomainException>(() => Make(RsvpStatus.Confirmed, 1).Promote(Now)).Code.ShouldBe("Events.TransitionNotAllowed");

    [Fact]
    public void Cancel_Twice_IsRefused()
    {
        var rsvp = Make(RsvpStatus.Waitlisted, 1);
        rsvp.Cancel(Now);

        Should.Throw<DomainException>(() => rsvp.Cancel(Now)).Code.ShouldBe("Events.Rsvp.AlreadyCancelled");
    }

    [Fact]
    public void CheckIn_TicksAndUnticks()
    {
        var held = EventTests.Published(startHours: 1);
        var rsvp = Rsvp.Answer(held.Id, Guid.NewGuid(), RsvpStatus.Confirmed, Now);

        rsvp.ToggleCheckIn(held, EventTests.Coordinator, Now.AddHours(1));
        rsvp.CheckedInAt.ShouldNotBeNull();
        rsvp.ToggleCheckIn(held, EventTests.Coordinator, Now.AddHours(1));
        rsvp.CheckedInAt.ShouldBeNull();
    }
}
