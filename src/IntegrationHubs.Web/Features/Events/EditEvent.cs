using FluentValidation;
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

/// <summary>Which occurrences of a series an edit reaches.</summary>
public enum EditScope
{
    /// <summary>Only this event; an occurrence of a series stays in it, marked as changed.</summary>
    ThisOnly = 0,

    /// <summary>This occurrence and every later one still planned: each keeps its own week and takes the new times and details.</summary>
    ThisAndFollowing = 1,
}

/// <summary>
/// The organisers edit an event (or this and the following occurrences of its series). A new time or place rebooks the
/// space in the same transaction: a clash is answered with free slots nearby and nothing changes. The capacity never drops
/// below the seats already confirmed. Everyone who RSVPed is told of a new time or place, once, after the commit.
/// </summary>
public sealed class EditEvent(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<EventForm> validator,
    EventNotifier notifier, TimeProvider time)
{
    /// <param name="version">The version the form was loaded at: a change made meanwhile is never overwritten.</param>
    public async Task<EventResult> HandleAsync(Guid eventId, EventForm form, uint version, EditScope scope = EditScope.ThisOnly, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        form.Repeats = false;
        await validator.ValidateAndThrowAsync(form, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // What moved, known once committed (an attempt the strategy re-runs starts over).
        Event? saved = null;
        List<(Event Event, Guid? OldBookingId)> moved = [];
        var refusal = await db.InTransactionAsync<EventResult?>(async transaction =>
        {

            // Under the event's row lock (decision 0014): no RSVP takes a seat between counting the confirmed and saving.
            var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
            var organiser = await Organisers.OfAsync(db, authorizer, ev, userId, ct);
            if (!organiser.IsCoordinator && !(ev.InitiativeId is not null && organiser.OnInitiativeTeam))
            {
                throw new NotFoundException();
            }

            if (ev.Version != version)
            {
                return EventResult.Refused("Error.ChangedMeanwhile", EventResult.FieldTitle);
            }

            var date = DateOnly.FromDateTime(form.Date!.Value);
            var newStart = TimeOnly.FromTimeSpan(form.Start!.Value);
            var newEnd = TimeOnly.FromTimeSpan(form.End!.Value);
            var dayShift = date.DayNumber - HubTime.LocalDate(ev.Start, zone).DayNumber;
            var targets = new List<Event> { ev };
            if (scope == EditScope.ThisAndFollowing && ev.SeriesId is { } seriesId)
            {
                await db.Database.ExecuteSqlAsync(
                    $"SELECT 1 FROM events WHERE hub_id = {hub.Id} AND series_id = {seriesId} AND start > {ev.Start} ORDER BY start FOR UPDATE", ct);
                targets.AddRange(await db.Events
                    .Where(e => e.SeriesId == seriesId && e.Start > ev.Start && (e.Status == EventStatus.Published || e.Status == EventStatus.PendingApproval))
                    .OrderBy(e => e.Start).ToListAsync(ct));
            }

            var ids = targets.Select(t => t.Id).ToList();
            var confirmed = await db.Rsvps.Where(r => ids.Contains(r.EventId) && r.Status == RsvpStatus.Confirmed)
                .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var hubLanguages = await db.Hubs.AsNoTracking().Where(h => h.Id == hub.Id).Select(h => h.Languages).SingleAsync(ct);
            moved = [];
            foreach (var target in targets)
            {
                var instants = EventSeries.Moved(target.Start, dayShift, newStart, newEnd, zone);
                if (instants is not { } when)
                {
                    return EventResult.Refused(BookingRefusal.NoSuchLocalTime.Key, BookingRefusal.FieldStart);
                }

                var (oldStart, oldEnd, oldSpace, oldAddress, oldBooking) = (target.Start, target.End, target.SpaceId, target.Address, target.BookingId);
                try
                {
                    target.Edit(CreateEvent.Details(form, when.Start, when.End), hubLanguages, organiser, now, confirmed.GetValueOrDefault(target.Id),
                        alone: scope == EditScope.ThisOnly);
                }
                catch (DomainException refused)
                {
                    return EventResult.Refused(refused.Code, EventResult.FieldOf(refused.Code));
                }

                if (target.Start != oldStart || target.End != oldEnd || target.SpaceId != oldSpace || target.Address != oldAddress)
                {
                    moved.Add((target, oldBooking));
                }

                db.AuditEntries.Add(EventAudit.Entry(hub.Id, userId, target, AuditActions.EventChanged, now));
            }

            var rebooked = moved.Where(m => m.Event.SpaceId is not null).Select(m => m.Event).ToList();
            try
            {
                // The old slots are given up first (their own statement), so an event moved by an hour may overlap its old slot.
                foreach (var (_, oldBookingId) in moved)
                {
                    if (oldBookingId is { } bookingId && await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, ct) is { HoldsSlot: true } old && old.End > now)
                    {
                        old.Cancel(userId, isCoordinator: true, now);
                        db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, old, AuditActions.BookingCancelled, now));
                    }
                }

                await db.SaveChangesAsync(ct);
                if (await BookAsync(db, hub.Id, userId, rebooked, organiser, now, zone, ct) is { } refused)
                {
                    return refused;
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                saved = ev;
                return null;
            }
            catch (DbUpdateConcurrencyException)
            {
                return EventResult.Refused("Error.ChangedMeanwhile", EventResult.FieldTitle);
            }
            catch (DbUpdateException clash) when (BookingSlots.IsOverlap(clash))
            {
                return EventResult.Refused(BookingRefusal.Taken.Key, BookingRefusal.FieldStart);
            }
        }, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        // Each person hears once, of the first occurrence of theirs that moved.
        var told = new HashSet<Guid>();
        foreach (var (changed, _) in moved)
        {
            var rsvps = await db.Rsvps.AsNoTracking().Where(r => r.EventId == changed.Id && r.Status != RsvpStatus.Cancelled).Select(r => r.UserId).ToListAsync(ct);
            await notifier.NotifyAsync(hub, changed, rsvps.Where(told.Add).ToList(), NotificationKinds.EventChanged, ct);
        }

        return EventResult.Saved(saved!);
    }

    /// <summary>Books each moved event's space; a refusal (closed, taken…) with free slots nearby, or null when all are booked.</summary>
    private static async Task<EventResult?> BookAsync(HubsDbContext db, Guid hubId, Guid userId, List<Event> events, EventOrganiser organiser,
        DateTimeOffset now, TimeZoneInfo zone, CancellationToken ct)
    {
        var booker = new Booker(IsMember: true, organiser.IsCoordinator, organiser.OnInitiativeTeam);
        foreach (var ev in events)
        {
            var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ev.SpaceId, ct);
            if (space is null)
            {
                return EventResult.Refused("Events.Refused.UnknownSpace", EventResult.FieldPlace);
            }

            var request = new BookingRequest(ev.Start, ev.End);
            if (BookingRules.Check(space, request, booker, now, zone) is { } broken)
            {
                return EventResult.Refused(broken.Key, broken.Field == BookingRefusal.FieldSpace ? EventResult.FieldPlace : broken.Field);
            }

            if ((await BookingSlots.HeldAsync(db, space.Id, request.Start, request.End, ct)).Count > 0)
            {
                var taken = await BookingSlots.TakenAsync(db, space, request, booker, now, zone, ct);
                return EventResult.Refused(BookingRefusal.Taken.Key, BookingRefusal.FieldStart, taken.Alternatives);
            }

            var booking = Booking.Request(space.Id, request, userId, ev.InitiativeId, forHub: ev.InitiativeId is null, ev.Title,
                space.Policy.InitialStatus(booker), now, ev.SeriesId);
            ev.HeldBy(booking.Id);
            db.Bookings.Add(booking);
            db.AuditEntries.Add(BookingAudit.Entry(hubId, userId, booking, AuditActions.BookingRequested, now));
        }

        return null;
    }
}

/// <summary>The edit form of one event, filled with what it says now, and the version it was read at.</summary>
public sealed class GetEventForEdit(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Result(EventForm Form, uint Version, bool InSeries, bool ChangedInSeries);

    public async Task<Result> HandleAsync(Guid eventId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException();
        var organiser = await Organisers.OfAsync(db, authorizer, ev, userId, ct);
        if (!organiser.IsCoordinator && !(ev.InitiativeId is not null && organiser.OnInitiativeTeam))
        {
            throw new NotFoundException();
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var hubLanguages = await db.Hubs.AsNoTracking().Where(h => h.Id == hub.Id).Select(h => h.Languages).SingleAsync(ct);
        var start = HubTime.ToLocal(ev.Start, zone);
        var form = new EventForm
        {
            Title = ev.Title, Description = ev.Description, Language = ev.Language, Category = ev.Category, Languages = [.. ev.Languages],
            MembersOnly = !ev.IsPublic, Capacity = ev.Capacity, Date = start.Date, Start = start.TimeOfDay, End = HubTime.ToLocal(ev.End, zone).TimeOfDay,
            AtAddress = ev.SpaceId is null, SpaceId = ev.SpaceId, Address = ev.Address, InitiativeId = ev.InitiativeId,
            Translations = [.. hubLanguages.Where(l => l != ev.Language).Select(l => ev.Translations.FirstOrDefault(t => t.Language == l) is { } t
                ? new EventForm.TranslationForm { Language = l, Title = t.Title, Description = t.Description, Stale = t.Stale }
                : new EventForm.TranslationForm { Language = l })],
        };
        return new Result(form, ev.Version, ev.SeriesId is not null, ev.ChangedInSeries);
    }
}
