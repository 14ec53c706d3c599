using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Spaces;
using static IntegrationHubs.UnitTests.Spaces.SpaceTestData;

namespace IntegrationHubs.UnitTests.Spaces;

public sealed class BookingStatusTests
{
    private static readonly Guid Requester = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();

    private static Booking Make(BookingStatus status) =>
        Booking.Request(Guid.NewGuid(), new(At(2026, 5, 6, 10), At(2026, 5, 6, 12)), Requester, null, false, "Nähcafé", status, Now);

    [Fact]
    public void Approve_Pending_BecomesConfirmed_WithWhoAndWhen()
    {
        var booking = Make(BookingStatus.Pending);

        booking.Approve(Coordinator, Now);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.DecidedByUserId.ShouldBe(Coordinator);
        booking.DecidedAt.ShouldBe(Now);
    }

    [Fact]
    public void Reject_Pending_WithReason_BecomesRejected_AndFreesTheSlot()
    {
        var booking = Make(BookingStatus.Pending);

        booking.Reject(Coordinator, "  Der Raum wird renoviert. ", Now);

        booking.Status.ShouldBe(BookingStatus.Rejected);
        booking.Reason.ShouldBe("Der Raum wird renoviert.");
        booking.HoldsSlot.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Reject_WithoutReason_IsRefused(string? reason) =>
        Should.Throw<DomainException>(() => Make(BookingStatus.Pending).Reject(Coordinator, reason, Now)).Code.ShouldBe("Bookings.ReasonRequired");

    [Fact]
    public void Reject_WithOverlongReason_IsRefused() =>
        Should.Throw<DomainException>(() => Make(BookingStatus.Pending).Reject(Coordinator, new string('x', Booking.ReasonMaxLength + 1), Now))
            .Code.ShouldBe("Bookings.ReasonTooLong");

    [Theory]
    [InlineData(BookingStatus.Confirmed)]
    [InlineData(BookingStatus.Rejected)]
    [InlineData(BookingStatus.Cancelled)]
    public void ApproveOrReject_OfANonPendingBooking_IsRefused(BookingStatus status)
    {
        var booking = Make(BookingStatus.Pending);
        if (status == BookingStatus.Confirmed)
        {
            booking.Approve(Coordinator, Now);
        }
        else if (status == BookingStatus.Rejected)
        {
            booking.Reject(Coordinator, "nein", Now);
        }
        else
        {
            booking.Cancel(Requester, false, Now);
        }

        Should.Throw<DomainException>(() => booking.Approve(Coordinator, Now)).Code.ShouldBe("Bookings.TransitionNotAllowed");
        Should.Throw<DomainException>(() => booking.Reject(Coordinator, "nein", Now)).Code.ShouldBe("Bookings.TransitionNotAllowed");
    }

    [Theory]
    [InlineData(BookingStatus.Pending)]
    [InlineData(BookingStatus.Confirmed)]
    public void Cancel_ByTheRequester_OfAPendingOrConfirmedBooking_BecomesCancelled(BookingStatus status)
    {
        var booking = Make(status);

        booking.Cancel(Requester, false, Now);

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.HoldsSlot.ShouldBeFalse();
    }

    [Fact]
    public void Cancel_BySomeoneElse_IsRefused_ButACoordinatorMay()
    {
        Should.Throw<DomainException>(() => Make(BookingStatus.Confirmed).Cancel(Guid.NewGuid(), false, Now)).Code.ShouldBe("Bookings.NotYours");
        Make(BookingStatus.Confirmed).Cancel(Coordinator, true, Now);
    }

    [Fact]
    public void Cancel_TwiceOrAfterTheEnd_IsRefused()
    {
        var booking = Make(BookingStatus.Confirmed);
        booking.Cancel(Requester, false, Now);

        Should.Throw<DomainException>(() => booking.Cancel(Requester, false, Now)).Code.ShouldBe("Bookings.TransitionNotAllowed");
        Should.Throw<DomainException>(() => Make(BookingStatus.Confirmed).Cancel(Requester, false, At(2026, 5, 6, 13)))
            .Code.ShouldBe("Bookings.TransitionNotAllowed");
    }

    [Theory]
    [InlineData(BookingStatus.Rejected)]
    [InlineData(BookingStatus.Cancelled)]
    public void Request_CannotStartRejectedOrCancelled(BookingStatus status) =>
        Should.Throw<DomainException>(() => Make(status)).Code.ShouldBe("Bookings.TransitionNotAllowed");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Request_WithoutPurpose_IsRefused(string purpose) =>
        Should.Throw<DomainException>(() => Booking.Request(Guid.NewGuid(), new(At(2026, 5, 6, 10), At(2026, 5, 6, 12)), Requester, null, false, purpose, BookingStatus.Pending, Now))
            .Code.ShouldBe("Bookings.Invalid");

    [Fact]
    public void Request_StoresUtcInstants()
    {
        var booking = Booking.Request(Guid.NewGuid(), new(new DateTimeOffset(2026, 5, 6, 10, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 5, 6, 12, 0, 0, TimeSpan.FromHours(2))),
            Requester, null, false, "Nähcafé", BookingStatus.Pending, Now);

        booking.Start.Offset.ShouldBe(TimeSpan.Zero);
        booking.Start.UtcDateTime.Hour.ShouldBe(8);
    }

    [Fact]
    public void Restore_ByWhoeverCancelled_WithinTheUndoWindow_GivesBackTheStatus()
    {
        var booking = Make(BookingStatus.Confirmed);
        booking.Cancel(Requester, false, Now);

        booking.Restore(Requester, BookingStatus.Confirmed, null, Now, Now + TimeSpan.FromSeconds(10));

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.HoldsSlot.ShouldBeTrue();
    }

    [Fact]
    public void Restore_AfterTheUndoWindow_OrBySomeoneElse_OrOfABookingNotCancelled_IsRefused()
    {
        var booking = Make(BookingStatus.Confirmed);
        Should.Throw<DomainException>(() => booking.Restore(Requester, BookingStatus.Confirmed, null, Now, Now)).Code.ShouldBe("Bookings.Undo.TooLate");
        booking.Cancel(Requester, false, Now);

        Should.Throw<DomainException>(() => booking.Restore(Requester, BookingStatus.Confirmed, null, Now, Now + Booking.UndoWindow + TimeSpan.FromSeconds(1)));
        Should.Throw<DomainException>(() => booking.Restore(Coordinator, BookingStatus.Confirmed, null, Now, Now + TimeSpan.FromSeconds(1)));
        Should.Throw<DomainException>(() => booking.Restore(Requester, BookingStatus.Rejected, null, Now, Now + TimeSpan.FromSeconds(1)));
        booking.Status.ShouldBe(BookingStatus.Cancelled);
    }
}
