using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Events;

/// <summary>
/// A member's answer to an event: a seat, a place on the waitlist, or withdrawn. <see cref="Sequence"/> is given by the
/// database in the order the RSVPs arrived; the waitlist is promoted in that order.
/// </summary>
public sealed class Rsvp : IHubOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid EventId { get; private set; }
    public Guid UserId { get; private set; }
    public RsvpStatus Status { get; private set; }

    /// <summary>Arrival order, assigned by the database on insert (an identity column).</summary>
    public long Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PromotedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }

    public bool HoldsSeat => Status == RsvpStatus.Confirmed;

    public static Rsvp Answer(Guid eventId, Guid userId, RsvpStatus status, DateTimeOffset now)
    {
        if (status == RsvpStatus.Cancelled)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        return new Rsvp { EventId = eventId, UserId = userId, Status = status, CreatedAt = now };
    }

    /// <summary>Withdrawn by the person; not once they have been ticked at the door (they came: it counts).</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (Status == RsvpStatus.Cancelled)
        {
            throw new DomainException("Events.Rsvp.AlreadyCancelled");
        }

        if (CheckedInAt is not null)
        {
            throw new DomainException("Events.Rsvp.CheckedIn");
        }

        Status = RsvpStatus.Cancelled;
        CancelledAt = now;
    }

    /// <summary>A seat came free and this person was first on the waitlist.</summary>
    public void Promote(DateTimeOffset now)
    {
        if (Status != RsvpStatus.Waitlisted)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        Status = RsvpStatus.Confirmed;
        PromotedAt = now;
    }

    /// <summary>Ticked at the door; ticking again takes the tick back.</summary>
    public void ToggleCheckIn(Event ofEvent, EventOrganiser organiser, DateTimeOffset now) =>
        CheckIn(ofEvent, organiser, present: CheckedInAt is null, now);

    /// <summary>
    /// Ticked (<paramref name="present"/>) or unticked at the door, whoever is on the waitlist too: they came. Setting the state
    /// the organiser saw the person in, rather than flipping it, means two phones ticking the same person keep one tick.
    /// A tick that is already there keeps its first time.
    /// </summary>
    public void CheckIn(Event ofEvent, EventOrganiser organiser, bool present, DateTimeOffset now)
    {
        ofEvent.GuardDoor(organiser, now);
        if (Status == RsvpStatus.Cancelled || ofEvent.Id != EventId)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        CheckedInAt = present ? CheckedInAt ?? now : null;
    }
}

/// <summary>The capacity rule: who gets a seat, who waits, who moves up when a seat comes free.</summary>
public static class Waitlist
{
    /// <summary>A new RSVP gets a seat while one is free and nobody is waiting before them; otherwise it joins the waitlist.</summary>
    public static RsvpStatus Place(int capacity, int confirmed, int waiting) =>
        confirmed < capacity && waiting == 0 ? RsvpStatus.Confirmed : RsvpStatus.Waitlisted;

    /// <summary>The waiting RSVPs to promote, first come first served, until the seats are full again.</summary>
    public static IReadOnlyList<Rsvp> ToPromote(int capacity, IEnumerable<Rsvp> rsvps)
    {
        var list = rsvps.ToList();
        var free = capacity - list.Count(r => r.Status == RsvpStatus.Confirmed);
        return free <= 0 ? [] : [.. list.Where(r => r.Status == RsvpStatus.Waitlisted).OrderBy(r => r.Sequence).ThenBy(r => r.CreatedAt).Take(free)];
    }
}
