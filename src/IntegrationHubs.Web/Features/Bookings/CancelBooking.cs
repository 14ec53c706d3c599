using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>The requester cancels their booking (or a coordinator cancels any); the slot is free again at once.</summary>
public sealed class CancelBooking(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task<BookingChange> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == id, ct);

        // Another member's booking looks like no booking at all.
        if (booking is null || (!isCoordinator && !booking.IsBookedBy(userId)))
        {
            throw new NotFoundException();
        }

        try
        {
            booking.Cancel(userId, isCoordinator, now);
            db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingCancelled, now));
            await db.SaveChangesAsync(ct);
            return BookingChange.Done;
        }
        catch (DomainException refused)
        {
            return new BookingChange(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BookingChange(BookingChange.ChangedMeanwhileKey);
        }
    }
}

/// <summary>
/// Takes back a cancellation just made ("Undo"): the booking holds its slot again in the status it had, if the slot is
/// still free. Someone may have booked it in the seconds between; the exclusion constraint decides (decision 0013), and
/// the person is told the slot is gone instead of getting a double booking.
/// </summary>
public sealed class UndoCancelBooking(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public const string TakenKey = "Bookings.Undo.Taken";

    public async Task<BookingChange> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == id, ct);

        // Only the person who cancelled may take it back; anyone else's booking looks like no booking at all.
        if (booking is null || booking.DecidedByUserId != userId)
        {
            throw new NotFoundException();
        }

        // The status before the cancellation, from the trail rather than from the page: confirmed once (on request or by
        // approval) means confirmed, with who confirmed it and when; otherwise it was waiting for approval.
        var key = booking.Id.ToString();
        var confirmed = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Booking) && a.EntityId == key && a.Detail != null && a.Detail.StartsWith(nameof(BookingStatus.Confirmed) + " ")
                && (a.Action == AuditActions.BookingRequested || a.Action == AuditActions.BookingApproved))
            .OrderByDescending(a => a.At)
            .Select(a => new { a.Action, a.ActorUserId, a.At })
            .FirstOrDefaultAsync(ct);

        try
        {
            if (confirmed is null)
            {
                booking.Restore(userId, BookingStatus.Pending, null, null, now);
            }
            else
            {
                booking.Restore(userId, BookingStatus.Confirmed, confirmed.Action == AuditActions.BookingApproved ? confirmed.ActorUserId : null, confirmed.At, now);
            }

            db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingRestored, now));
            await db.SaveChangesAsync(ct);
            return BookingChange.Done;
        }
        catch (DomainException refused)
        {
            return new BookingChange(refused.Code);
        }
        catch (DbUpdateException clash) when (BookingSlots.IsOverlap(clash))
        {
            return new BookingChange(TakenKey);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BookingChange(BookingChange.ChangedMeanwhileKey);
        }
    }
}
