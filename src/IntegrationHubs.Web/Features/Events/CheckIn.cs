using System.Data.Common;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Community;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>One person on the door list: their RSVP, name, whether they hold a seat or wait, and whether they are ticked.</summary>
public sealed record CheckInRow(Guid RsvpId, string Name, RsvpStatus Status, bool CheckedIn);

/// <summary>The running tally at the door: ticked RSVPs, seats and waitlist, walk-ins by background, everyone present.</summary>
public sealed record CheckInTally(int CheckedIn, int Confirmed, int Waitlisted, Attendance WalkIns)
{
    public int Present => CheckedIn + WalkIns.Total;
}

/// <summary>The door list of one event as an organiser sees it: where the door stands, who matches the search, the tally.</summary>
public sealed record CheckInSheet(
    Guid EventId, Guid HubId, string HubSlug, string Title, string TextLanguage, DateTime LocalStart, DateTime LocalEnd, DateTime LocalDoorOpens,
    CheckInDoor Door, IReadOnlyList<CheckInRow> Rows, int Matching, CheckInTally Tally)
{
    /// <summary>Rows shown at once: a big event is found by name, a phone never renders thousands of rows.</summary>
    public const int MaxRows = 100;
}

/// <summary>What a change at the door came to: the tally as the database now has it (the other phone's changes too), or a refusal.</summary>
public sealed record CheckInChange(string? RefusalKey, CheckInTally? Tally)
{
    public bool Succeeded => RefusalKey is null;
}

/// <summary>Who may work the door: the hub's coordinators, and an initiative's team at their initiative's events; others find no event.</summary>
internal static class Door
{
    /// <summary>The caller has already required the member area of the hub the event was read in.</summary>
    public static async Task<(Guid UserId, EventOrganiser Organiser)> OrganiserAsync(HubsDbContext db, HubAuthorizer authorizer, Event ev, CancellationToken ct)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var organiser = await Organisers.OfAsync(db, authorizer, ev, userId, ct);
        if (!ev.IsOrganisedBy(organiser))
        {
            throw new NotFoundException();
        }

        return (userId, organiser);
    }

    public static async Task<CheckInTally> TallyAsync(HubsDbContext db, Event ev, CancellationToken ct)
    {
        var rows = await db.Rsvps.AsNoTracking().Where(r => r.EventId == ev.Id && r.Status != RsvpStatus.Cancelled)
            .GroupBy(r => new { r.Status, Ticked = r.CheckedInAt != null })
            .Select(g => new { g.Key.Status, g.Key.Ticked, Count = g.Count() }).ToListAsync(ct);

        // A closed event shows what was counted at the close, even if an account has gone since.
        var checkedIn = ev.Status == EventStatus.Closed ? ev.CheckedIn.Total : rows.Where(r => r.Ticked).Sum(r => r.Count);
        return new CheckInTally(checkedIn, rows.Where(r => r.Status == RsvpStatus.Confirmed).Sum(r => r.Count),
            rows.Where(r => r.Status == RsvpStatus.Waitlisted).Sum(r => r.Count), ev.WalkIns);
    }
}

/// <summary>The door list: seats first, then the waitlist, each by name; filtered by a name typed at the door.</summary>
public sealed class GetCheckIn(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task<CheckInSheet> HandleAsync(Guid eventId, string? search, string uiLanguage, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException();
        await Door.OrganiserAsync(db, authorizer, ev, ct);

        var rsvps = db.Rsvps.AsNoTracking().Where(r => r.EventId == eventId && r.Status != RsvpStatus.Cancelled)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { Rsvp = r, u.DisplayName });
        if (SearchPattern.Contains(search) is { } pattern)
        {
            rsvps = rsvps.Where(x => EF.Functions.ILike(x.DisplayName, pattern, SearchPattern.Escape));
        }

        var matching = await rsvps.CountAsync(ct);
        var rows = await rsvps.OrderBy(x => x.Rsvp.Status == RsvpStatus.Confirmed ? 0 : 1).ThenBy(x => x.DisplayName).ThenBy(x => x.Rsvp.Sequence)
            .Take(CheckInSheet.MaxRows)
            .Select(x => new CheckInRow(x.Rsvp.Id, x.DisplayName, x.Rsvp.Status, x.Rsvp.CheckedInAt != null)).ToListAsync(ct);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var (title, _, language) = ev.In(uiLanguage);
        return new CheckInSheet(ev.Id, hub.Id, hub.Slug, title, language, HubTime.ToLocal(ev.Start, zone), HubTime.ToLocal(ev.End, zone),
            HubTime.ToLocal(ev.DoorOpensAt, zone), ev.Door(time.GetUtcNow()), rows, matching, await Door.TallyAsync(db, ev, ct));
    }
}

/// <summary>
/// Ticks a person at the door, or takes the tick back. Sets the state the organiser saw, so two phones ticking the same person
/// keep one tick; runs under the event's row lock, so it never slips past the close.
/// </summary>
public sealed class CheckInRsvp(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time, DoorBroadcast door)
{
    public async Task<CheckInChange> HandleAsync(Guid eventId, Guid rsvpId, bool present, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InTransactionAsync(async transaction =>
        {
            var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
            var (_, organiser) = await Door.OrganiserAsync(db, authorizer, ev, ct);
            var rsvp = await db.Rsvps.SingleOrDefaultAsync(r => r.Id == rsvpId && r.EventId == eventId, ct) ?? throw new NotFoundException();
            try
            {
                rsvp.CheckIn(ev, organiser, present, now);
            }
            catch (DomainException refused)
            {
                return new CheckInChange(refused.Code, await Door.TallyAsync(db, ev, ct));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            door.Changed(hub.Id, eventId);
            return new CheckInChange(null, await Door.TallyAsync(db, ev, ct));
        }, ct);
    }
}

/// <summary>
/// One more or one fewer walk-in of a background. The database adds the change to what it holds (never a number a phone read
/// a moment ago), keeps it between 0 and the maximum, and only while the door is open: two phones at one door add up.
/// </summary>
public sealed class ChangeWalkIns(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time, DoorBroadcast door)
{
    public async Task<CheckInChange> HandleAsync(Guid eventId, WalkInGroup group, int delta, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException();
        var (_, organiser) = await Door.OrganiserAsync(db, authorizer, ev, ct);
        try
        {
            ev.GuardWalkInChange(organiser, delta, now);
        }
        catch (DomainException refused)
        {
            return new CheckInChange(refused.Code, await Door.TallyAsync(db, ev, ct));
        }

        var changed = await IncrementAsync(db, hub.Id, eventId, group, delta, now, ct);
        if (changed)
        {
            door.Changed(hub.Id, eventId);
        }

        var fresh = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        var tally = await Door.TallyAsync(db, fresh, ct);

        // Refused by the database: the door as it stands now says why (closed meanwhile by another phone, most likely).
        return changed ? new CheckInChange(null, tally) : new CheckInChange(fresh.DoorRefusal(now) ?? "Events.CheckIn.InvalidCount", tally);
    }

    /// <summary>One statement: the row lock of the UPDATE orders two phones, and the close (which holds the same lock) wins or waits.</summary>
    private static async Task<bool> IncrementAsync(HubsDbContext db, Guid hubId, Guid eventId, WalkInGroup group, int delta, DateTimeOffset now,
        CancellationToken ct)
    {
        // The column comes from this switch, never from input.
        var column = group switch
        {
            WalkInGroup.Newcomer => "walk_ins_newcomer",
            WalkInGroup.Resident => "walk_ins_resident",
            WalkInGroup.Unknown => "walk_ins_unknown",
            _ => throw new DomainException("Events.CheckIn.InvalidCount"),
        };
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var update = new NpgsqlCommand(
                $"""
                UPDATE events SET {column} = {column} + @delta
                WHERE hub_id = @hub AND id = @id AND status = 'Published' AND start <= @doorOpenUntil
                  AND {column} + @delta BETWEEN 0 AND @max
                """, connection);
            update.Parameters.AddWithValue("delta", delta);
            update.Parameters.AddWithValue("hub", hubId);
            update.Parameters.AddWithValue("id", eventId);

            // The door opens an hour before the start (Event.IsDoorOpen), said the same way here.
            update.Parameters.AddWithValue("doorOpenUntil", now.AddHours(1).UtcDateTime);
            update.Parameters.AddWithValue("max", Event.MaxWalkIns);
            return await update.ExecuteNonQueryAsync(ct) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>
/// Closes the door: the checked-in RSVPs are counted by their people's background and kept with the event, its status becomes
/// Closed, and from then on its attendance is final (the database refuses changes to it).
/// </summary>
public sealed class CloseEvent(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time, DoorBroadcast door)
{
    public async Task<EventChange> HandleAsync(Guid eventId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InTransactionAsync(async transaction =>
        {
            var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
            var (userId, organiser) = await Door.OrganiserAsync(db, authorizer, ev, ct);

            // Under the lock no tick or answer comes or goes while this counts. Profiles are the people's own (not hub-owned).
            var answers = await db.Rsvps.AsNoTracking().Where(r => r.EventId == eventId && r.Status != RsvpStatus.Cancelled)
                .Select(r => new
                {
                    r.Status,
                    CheckedIn = r.CheckedInAt != null,
                    Background = db.MemberProfiles.Where(p => p.UserId == r.UserId).Select(p => p.Background).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var checkedIn = answers.Where(a => a.CheckedIn).Aggregate(new Attendance(0, 0, 0), (sum, a) => sum.With(a.Background));
            var rsvps = new RsvpTally(answers.Count(a => a.Status == RsvpStatus.Confirmed), answers.Count(a => a.Status == RsvpStatus.Confirmed && a.CheckedIn));
            try
            {
                ev.Close(organiser, checkedIn, rsvps, now);
            }
            catch (DomainException refused)
            {
                return new EventChange(refused.Code);
            }

            db.AuditEntries.Add(EventAudit.Entry(hub.Id, userId, ev, AuditActions.EventClosed, now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            door.Changed(hub.Id, eventId);
            return EventChange.Done;
        }, ct);
    }
}
