using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Spaces;

/// <summary>
/// A space held for an interval of instants (UTC). Pending and confirmed bookings of one space never
/// overlap: the database refuses it (an exclusion constraint), whatever the code before it checked.
/// </summary>
public sealed class Booking : IHubOwned
{
    public const int PurposeMaxLength = 300;
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid SpaceId { get; private set; }
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }

    /// <summary>Who asked; null once their account is deleted.</summary>
    public Guid? BookedByUserId { get; private set; }

    /// <summary>The initiative it is for, if any.</summary>
    public Guid? InitiativeId { get; private set; }

    /// <summary>Booked by a coordinator on behalf of the hub itself.</summary>
    public bool ForHub { get; private set; }

    public string Purpose { get; private set; } = "";
    public BookingStatus Status { get; private set; }

    /// <summary>The weekly series this booking is one occurrence of.</summary>
    public Guid? SeriesId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why a coordinator rejected it, shown to the requester.</summary>
    public string? Reason { get; private set; }

    public uint Version { get; set; }

    public TimeSpan Duration => End - Start;

    /// <summary>Holds the slot: pending and confirmed bookings do, rejected and cancelled ones free it.</summary>
    public bool HoldsSlot => Status is BookingStatus.Pending or BookingStatus.Confirmed;

    public static Booking Request(Guid spaceId, BookingRequest request, Guid byUserId, Guid? initiativeId, bool forHub,
        string purpose, BookingStatus status, DateTimeOffset now, Guid? seriesId = null)
    {
        if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length > PurposeMaxLength)
        {
            throw new DomainException("Bookings.Invalid");
        }

        if (request.End <= request.Start)
        {
            throw new DomainException("Bookings.Refused.EndBeforeStart");
        }

        if (status is not (BookingStatus.Pending or BookingStatus.Confirmed))
        {
            throw new DomainException("Bookings.TransitionNotAllowed");
        }

        return new Booking
        {
            SpaceId = spaceId, Start = request.Start.ToUniversalTime(), End = request.End.ToUniversalTime(), BookedByUserId = byUserId,
            InitiativeId = initiativeId, ForHub = forHub, Purpose = purpose.Trim(), Status = status, CreatedAt = now, SeriesId = seriesId,
            DecidedAt = status == BookingStatus.Confirmed ? now : null,
        };
    }

    public bool IsBookedBy(Guid userId) => BookedByUserId == userId;

    /// <summary>A coordinator confirms a pending booking.</summary>
    public void Approve(Guid coordinatorId, DateTimeOffset now)
    {
        if (Status != BookingStatus.Pending)
        {
            throw new DomainException("Bookings.TransitionNotAllowed");
        }

        Status = BookingStatus.Confirmed;
        DecidedByUserId = coordinatorId;
        DecidedAt = now;
    }

    /// <summary>A coordinator turns a pending booking down, with a reason for the requester.</summary>
    public void Reject(Guid coordinatorId, string? reason, DateTimeOffset now)
    {
        if (Status != BookingStatus.Pending)
        {
            throw new DomainException("Bookings.TransitionNotAllowed");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Bookings.ReasonRequired");
        }

        if (reason.Trim().Length > ReasonMaxLength)
        {
            throw new DomainException("Bookings.ReasonTooLong");
        }

        Status = BookingStatus.Rejected;
        Reason = reason.Trim();
        DecidedByUserId = coordinatorId;
        DecidedAt = now;
    }

    /// <summary>The requester, or a coordinator, cancels a booking that has not ended yet.</summary>
    public void Cancel(Guid userId, bool isCoordinator, DateTimeOffset now)
    {
        if (!isCoordinator && !IsBookedBy(userId))
        {
            throw new DomainException("Bookings.NotYours");
        }

        if (!HoldsSlot || End <= now)
        {
            throw new DomainException("Bookings.TransitionNotAllowed");
        }

        Status = BookingStatus.Cancelled;
        DecidedByUserId = userId;
        DecidedAt = now;
    }

    /// <summary>How long after cancelling the person who cancelled may take it back.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Takes back a cancellation moments after it was made, by the person who made it, into the status held before
    /// (<paramref name="previous"/>, read from the booking's audit trail). Whether the slot is still free is not decided
    /// here: the exclusion constraint decides it on saving (decision 0013).
    /// </summary>
    public void Restore(Guid userId, BookingStatus previous, Guid? decidedBy, DateTimeOffset? decidedAt, DateTimeOffset now)
    {
        if (Status != BookingStatus.Cancelled || DecidedByUserId != userId || DecidedAt is not { } cancelledAt
            || now - cancelledAt > UndoWindow || End <= now || previous is not (BookingStatus.Pending or BookingStatus.Confirmed))
        {
            throw new DomainException("Bookings.Undo.TooLate");
        }

        Status = previous;
        DecidedByUserId = decidedBy;
        DecidedAt = decidedAt;
    }
}
