using System.Globalization;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>What an RSVP or its withdrawal came to: the person's status (and waitlist position), or a refusal key.</summary>
public sealed record RsvpResult(RsvpStatus? Status, int WaitlistPosition, string? RefusalKey)
{
    public bool Succeeded => RefusalKey is null;

    public static RsvpResult Refused(string key) => new(null, 0, key);
}

/// <summary>
/// The seat is decided under a row lock on the event (<c>SELECT … FOR UPDATE</c>, decision 0014): RSVPs and withdrawals
/// of one event take turns, each counts what the one before it committed, and arrival order is the order of the lock.
/// </summary>
internal static class EventLock
{
    public static async Task<Event> LockAsync(HubsDbContext db, Guid hubId, Guid eventId, CancellationToken ct)
    {
        // hub_id in the statement too: the lock never reaches another hub's row, whatever the id.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM events WHERE hub_id = {hubId} AND id = {eventId} FOR UPDATE", ct);
        return await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException();
    }

    /// <summary>Members-only and unapproved events look like no event to those who may not see them.</summary>
    public static bool IsVisible(Event ev, HubAccess access) =>
        (ev.IsPublic || access.Allows(HubPermission.ViewMemberArea))
        && (ev.Status is not (EventStatus.Draft or EventStatus.PendingApproval) || access.Allows(HubPermission.Manage) || ev.CreatedByUserId == access.UserId);
}

/// <summary>A member RSVPs: a seat while one is free, otherwise the waitlist.</summary>
public sealed class RsvpToEvent(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time, DoorBroadcast door)
{
    /// <summary>Upcoming RSVPs one person may hold in a hub: clicks in a circuit never reach the HTTP rate limiter.</summary>
    public const int MaxUpcomingPerPerson = 100;

    public async Task<RsvpResult> HandleAsync(Guid eventId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var access = await authorizer.GetAccessAsync(ct);
        var userId = access.UserId!.Value;
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InTransactionAsync(async transaction =>
        {
            var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
            if (!EventLock.IsVisible(ev, access))
            {
                throw new NotFoundException();
            }

            if (ev.RsvpRefusal(now) is { } refusal)
            {
                return RsvpResult.Refused(refusal);
            }

            if (await db.Rsvps.AnyAsync(r => r.EventId == eventId && r.UserId == userId && r.Status != RsvpStatus.Cancelled, ct))
            {
                return RsvpResult.Refused("Events.Rsvp.Already");
            }

            var upcoming = await db.Rsvps.CountAsync(r => r.UserId == userId && r.Status != RsvpStatus.Cancelled
                && db.Events.Any(e => e.Id == r.EventId && e.End > now), ct);
            if (upcoming >= MaxUpcomingPerPerson)
            {
                return RsvpResult.Refused("Events.Rsvp.TooMany");
            }

            var counts = await db.Rsvps.Where(r => r.EventId == eventId && r.Status != RsvpStatus.Cancelled)
                .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            var confirmed = counts.Where(c => c.Key == RsvpStatus.Confirmed).Sum(c => c.Count);
            var waiting = counts.Where(c => c.Key == RsvpStatus.Waitlisted).Sum(c => c.Count);
            var rsvp = Rsvp.Answer(eventId, userId, Waitlist.Place(ev.Capacity, confirmed, waiting), now);
            db.Rsvps.Add(rsvp);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            // Someone answering in the door's last hour appears on the door list at once.
            door.Changed(hub.Id, eventId);
            return new RsvpResult(rsvp.Status, rsvp.Status == RsvpStatus.Waitlisted ? waiting + 1 : 0, null);
        }, ct);
    }
}

/// <summary>A member withdraws their RSVP; a freed seat goes to the first on the waitlist, who is told.</summary>
public sealed class CancelRsvp(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, EventNotifier notifier, TimeProvider time, DoorBroadcast door)
{
    public async Task<RsvpResult> HandleAsync(Guid eventId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Whose seat was promoted, known only once committed (an attempt the strategy re-runs starts over).
        Event? committed = null;
        List<Rsvp> promoted = [];
        var result = await db.InTransactionAsync(async transaction =>
        {
            promoted = [];
            var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
            var mine = await db.Rsvps.SingleOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId && r.Status != RsvpStatus.Cancelled, ct);
            if (mine is null)
            {
                return RsvpResult.Refused("Events.Rsvp.None");
            }

            // A closed event's answers are final, even when the door closed before the start.
            if (ev.Start <= now || ev.Status == EventStatus.Closed)
            {
                return RsvpResult.Refused("Events.Rsvp.Past");
            }

            try
            {
                promoted = [.. await RsvpWithdrawal.WithdrawAsync(db, ev, mine, now, ct)];
            }
            catch (DomainException refused)
            {
                return RsvpResult.Refused(refused.Code);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            committed = ev;
            return new RsvpResult(RsvpStatus.Cancelled, 0, null);
        }, ct);
        if (committed is null)
        {
            return result;
        }

        // Told after the commit: a seat someone hears of is one that stands.
        door.Changed(hub.Id, eventId);
        await notifier.NotifyAsync(hub, committed, promoted.Select(p => p.UserId), NotificationKinds.EventWaitlistPromoted, ct);
        return result;
    }
}

/// <summary>
/// Withdrawing one RSVP under the event's lock (<see cref="EventLock"/>): the seat it held goes to the first on the waitlist.
/// One rule for a person who withdraws and for an account that is deleted, so both promote and tell alike.
/// </summary>
internal static class RsvpWithdrawal
{
    /// <returns>The waiting RSVPs promoted into the freed seats, to be told once the transaction commits.</returns>
    public static async Task<IReadOnlyList<Rsvp>> WithdrawAsync(HubsDbContext db, Event ev, Rsvp rsvp, DateTimeOffset now, CancellationToken ct)
    {
        rsvp.Cancel(now);
        if (ev.Status != EventStatus.Published)
        {
            return [];
        }

        var open = await db.Rsvps.Where(r => r.EventId == ev.Id && r.Status != RsvpStatus.Cancelled && r.Id != rsvp.Id).ToListAsync(ct);
        var promoted = Waitlist.ToPromote(ev.Capacity, open);
        foreach (var next in promoted)
        {
            next.Promote(now);
        }

        return promoted;
    }
}

/// <summary>Tells people about an event: in-app and by mail, the time in the hub's zone and each reader's date format.</summary>
public sealed class EventNotifier(IDbContextFactory<HubsDbContext> dbFactory, Notifier notifier)
{
    public async Task NotifyAsync(ResolvedHub hub, Event ev, IEnumerable<Guid> recipients, string kind, CancellationToken ct)
    {
        var to = recipients.ToList();
        if (to.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // An RSVP outlives the membership it was made in: someone who is no longer an active member hears only about
        // what a visitor may see (never a members-only event's title or a change to it).
        var members = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.HubId == hub.Id && to.Contains(m.UserId)).Where(VisitorView.ActiveMemberships).Select(m => m.UserId).ToListAsync(ct);
        var visitorsMayHear = HubStatusTransitions.IsPublic(hub.Status) && VisitorView.Sees(ev, activeMember: false);
        to = [.. to.Where(id => members.Contains(id) ? VisitorView.Sees(ev, activeMember: true) : visitorsMayHear)];
        var cultures = await db.Users.AsNoTracking().Where(u => to.Contains(u.Id)).Select(u => new { u.Id, u.PreferredCulture }).ToListAsync(ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);

        // One notification per language: the time is written for its reader.
        foreach (var group in cultures.GroupBy(c => c.PreferredCulture is { } c2 && Cultures.IsSupported(c2) ? c2 : Cultures.Default))
        {
            var format = CultureInfo.GetCultureInfo(group.Key);
            var when = DisplayTime.DateAndTime(HubTime.ToLocal(ev.Start, zone), format);
            await notifier.NotifyBeyondMembersAsync(group.Select(g => g.Id), kind, $"/events/{ev.Id}", [ev.Title, when], ct);
        }
    }
}
