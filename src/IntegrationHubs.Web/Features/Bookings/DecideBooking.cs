using System.Globalization;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>What a change to a booking came to: done, or refused with a resource key.</summary>
public sealed record BookingChange(string? RefusalKey)
{
    public const string ChangedMeanwhileKey = "Error.ChangedMeanwhile";

    public static readonly BookingChange Done = new((string?)null);

    public bool Succeeded => RefusalKey is null;
}

/// <summary>A coordinator approves a pending booking, or rejects it with a reason; the requester is told.</summary>
public sealed class DecideBooking(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, BookingNotifier notifier, TimeProvider time)
{
    /// <param name="Version">The version of the booking the coordinator looked at.</param>
    /// <param name="Reason">Required when rejecting.</param>
    public sealed record Command(Guid Id, uint Version, bool Approve, string? Reason = null);

    public async Task<BookingChange> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == command.Id, ct) ?? throw new NotFoundException();
        if (booking.Version != command.Version)
        {
            return new BookingChange(BookingChange.ChangedMeanwhileKey);
        }

        db.Entry(booking).Property(b => b.Version).OriginalValue = command.Version;
        try
        {
            if (command.Approve)
            {
                booking.Approve(userId, now);
            }
            else
            {
                booking.Reject(userId, command.Reason, now);
            }

            db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, command.Approve ? AuditActions.BookingApproved : AuditActions.BookingRejected, now));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return new BookingChange(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BookingChange(BookingChange.ChangedMeanwhileKey);
        }

        // Told after saving: a decision the requester hears of must be one that stands.
        await notifier.DecidedAsync(db, hub, booking, ct);
        return BookingChange.Done;
    }
}

/// <summary>Tells the requester how a coordinator decided: in-app and by mail, in the requester's language.</summary>
public sealed class BookingNotifier(Notifier notifier)
{
    public async Task DecidedAsync(HubsDbContext db, ResolvedHub hub, Booking booking, CancellationToken ct)
    {
        if (booking.BookedByUserId is not { } requesterId)
        {
            return;
        }

        var culture = await db.Users.AsNoTracking().Where(u => u.Id == requesterId).Select(u => u.PreferredCulture).SingleOrDefaultAsync(ct);
        var space = await db.Spaces.AsNoTracking().Where(s => s.Id == booking.SpaceId).Select(s => s.Name).SingleOrDefaultAsync(ct) ?? "";

        // The time is written once, for its reader: in the hub's zone and the requester's own date format.
        var format = CultureInfo.GetCultureInfo(culture is { } c && Cultures.IsSupported(c) ? c : Cultures.Default);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var when = DisplayTime.Range(HubTime.ToLocal(booking.Start, zone), HubTime.ToLocal(booking.End, zone), format);
        var approved = booking.Status == BookingStatus.Confirmed;
        // The requester's own request: answered whatever their standing in the hub is now.
        await notifier.NotifyBeyondMembersAsync(
            [requesterId],
            approved ? NotificationKinds.BookingApproved : NotificationKinds.BookingRejected,
            "/me/bookings",
            [space, when, booking.Purpose, booking.Reason ?? ""],
            ct);
    }
}
