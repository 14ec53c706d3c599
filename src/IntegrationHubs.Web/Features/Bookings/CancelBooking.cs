using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
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
