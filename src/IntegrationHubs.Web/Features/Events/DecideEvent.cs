using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>What a change to an event came to: done, or refused with a resource key.</summary>
public sealed record EventChange(string? RefusalKey)
{
    public static readonly EventChange Done = new((string?)null);

    public bool Succeeded => RefusalKey is null;
}

/// <summary>Who the signed-in person is for one event: a coordinator, or on the organising initiative's team.</summary>
internal static class Organisers
{
    public static async Task<EventOrganiser> OfAsync(HubsDbContext db, HubAuthorizer authorizer, Event ev, Guid userId, CancellationToken ct)
    {
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var onTeam = false;
        if (ev.InitiativeId is { } initiativeId)
        {
            var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct);
            onTeam = initiative?.IsTeam(userId) == true;
        }

        return new EventOrganiser(isCoordinator, onTeam);
    }
}

/// <summary>A coordinator makes an initiative's event public (and confirms its booking if that waited too); the team is told.</summary>
public sealed class ApproveEvent(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, EventNotifier notifier, TimeProvider time)
{
    public async Task<EventChange> HandleAsync(Guid eventId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException();
        try
        {
            ev.Approve(new EventOrganiser(IsCoordinator: true, OnInitiativeTeam: false), userId);
            if (ev.BookingId is { } bookingId && await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, ct) is { Status: BookingStatus.Pending } booking)
            {
                booking.Approve(userId, now);
                db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingApproved, now));
            }

            db.AuditEntries.Add(EventAudit.Entry(hub.Id, userId, ev, AuditActions.EventApproved, now));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return new EventChange(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EventChange("Error.ChangedMeanwhile");
        }

        if (ev.CreatedByUserId is { } creator)
        {
            await notifier.NotifyAsync(hub, ev, [creator], NotificationKinds.EventApproved, ct);
        }

        return EventChange.Done;
    }
}

/// <summary>
/// The organisers call an event off (or, for a weekly series, this date and all following still planned): the space is free
/// again at once and everyone who RSVPed is told, once each.
/// </summary>
public sealed class CancelEvent(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, EventNotifier notifier, TimeProvider time, DoorBroadcast door)
{
    /// <param name="following">Also every later date of its series that is still planned.</param>
    public async Task<EventChange> HandleAsync(Guid eventId, bool following = false, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // The dates called off, known once committed (an attempt the strategy re-runs starts over).
        List<Event> targets = [];
        var refusal = await db.InTransactionAsync<EventChange?>(async transaction =>
        {
            var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
            var organiser = await Organisers.OfAsync(db, authorizer, ev, userId, ct);
            if (!organiser.IsCoordinator && !organiser.OnInitiativeTeam)
            {
                throw new NotFoundException();
            }

            targets = [ev];
            if (following && ev.SeriesId is { } seriesId)
            {
                await db.Database.ExecuteSqlAsync(
                    $"SELECT 1 FROM events WHERE hub_id = {hub.Id} AND series_id = {seriesId} AND start > {ev.Start} ORDER BY start FOR UPDATE", ct);
                targets.AddRange(await db.Events
                    .Where(e => e.SeriesId == seriesId && e.Start > ev.Start && (e.Status == EventStatus.Published || e.Status == EventStatus.PendingApproval))
                    .OrderBy(e => e.Start).ToListAsync(ct));
            }

            try
            {
                foreach (var target in targets)
                {
                    target.Cancel(organiser, now);
                    if (target.BookingId is { } bookingId && await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, ct) is { HoldsSlot: true } booking
                        && booking.End > now)
                    {
                        booking.Cancel(userId, isCoordinator: true, now);
                        db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingCancelled, now));
                    }

                    db.AuditEntries.Add(EventAudit.Entry(hub.Id, userId, target, AuditActions.EventCancelled, now));
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return null;
            }
            catch (DomainException refused)
            {
                return new EventChange(refused.Code);
            }
        }, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        // Told after the commit, each person once, of the first of their dates called off; an open door page shows it at once.
        var told = new HashSet<Guid>();
        foreach (var target in targets)
        {
            door.Changed(hub.Id, target.Id);
            var rsvps = await db.Rsvps.AsNoTracking().Where(r => r.EventId == target.Id && r.Status != RsvpStatus.Cancelled).Select(r => r.UserId).ToListAsync(ct);
            await notifier.NotifyAsync(hub, target, rsvps.Where(told.Add).ToList(), NotificationKinds.EventCancelled, ct);
        }

        return EventChange.Done;
    }
}
