using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// A weekly event. First the plan: each occurrence with what stands in its way (a clash, a closure, a time the clocks skip).
/// Creating then saves the series, every free occurrence as an event and, in a space, each one's booking — in one transaction,
/// all or none — once the organiser agreed to leave the others out.
/// </summary>
public sealed class CreateEventSeries(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<EventForm> validator, TimeProvider time)
{
    /// <summary>One planned occurrence: its local date and instants, or the resource key of what stands in its way.</summary>
    public sealed record Planned(DateOnly Date, DateTimeOffset? Start, DateTimeOffset? End, string? ProblemKey)
    {
        public bool CanCreate => ProblemKey is null;
    }

    public sealed record Result(Guid? SeriesId, int Created, EventStatus? Status, IReadOnlyList<Planned> Plan, string? RefusalKey, string Field)
    {
        public bool Succeeded => RefusalKey is null;

        public static Result Refused(string key, string field, IReadOnlyList<Planned>? plan = null) => new(null, 0, null, plan ?? [], key, field);

        public static Result Refused(EventResult refusal) => Refused(refusal.RefusalKey!, refusal.Field);
    }

    public Task<Result> PlanAsync(EventForm form, CancellationToken ct = default) => RunAsync(form, create: false, skipProblems: false, ct);

    /// <param name="skipProblems">The organiser saw the occurrences that cannot take place and wants the rest.</param>
    public Task<Result> HandleAsync(EventForm form, bool skipProblems, CancellationToken ct = default) => RunAsync(form, create: true, skipProblems, ct);

    private async Task<Result> RunAsync(EventForm form, bool create, bool skipProblems, CancellationToken ct)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        if (!form.Repeats)
        {
            return Result.Refused("Events.Series.EndRequired", EventResult.FieldRepeat);
        }

        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (organiser, notAllowed) = await CreateEvent.OrganiserAsync(db, form, userId, isCoordinator, ct);
        if (notAllowed is not null)
        {
            return Result.Refused(notAllowed);
        }

        if (create && await db.EventSeries.AsNoTracking().AnyAsync(s => s.Id == form.Id && s.CreatedByUserId == userId, ct))
        {
            return await SavedAsync(db, form.Id, ct);
        }

        EventSeries series;
        try
        {
            var first = DateOnly.FromDateTime(form.Date!.Value);
            series = EventSeries.Create(first, TimeOnly.FromTimeSpan(form.Start!.Value), TimeOnly.FromTimeSpan(form.End!.Value),
                form.RepeatByCount ? null : DateOnly.FromDateTime(form.RepeatUntil!.Value), form.RepeatByCount ? form.RepeatCount : null, userId, now);

            // The form's id names the series: the same form sent twice creates it once (decision 0028).
            series.Id = form.Id;
        }
        catch (DomainException refused)
        {
            return Result.Refused(refused.Code, EventResult.FieldOf(refused.Code));
        }

        Space? space = null;
        if (!form.AtAddress)
        {
            space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.SpaceId, ct);
            if (space is null)
            {
                return Result.Refused("Events.Refused.UnknownSpace", EventResult.FieldPlace);
            }
        }

        var booker = new Booker(IsMember: true, isCoordinator, organiser.OnInitiativeTeam);
        var plan = await PlanOccurrencesAsync(db, series, space, booker, now, zone, ct);
        if (!create)
        {
            return new Result(null, 0, null, plan, null, "");
        }

        // Slots in the way may be this very form's, sent a moment ago (a double click): that series is the answer.
        if (plan.Any(o => !o.CanCreate) && await db.EventSeries.AsNoTracking().AnyAsync(s => s.Id == form.Id && s.CreatedByUserId == userId, ct))
        {
            return await SavedAsync(db, form.Id, ct);
        }

        if (plan.Any(o => !o.CanCreate) && !skipProblems)
        {
            return Result.Refused("Events.Series.HasProblems", EventResult.FieldRepeat, plan);
        }

        var creatable = plan.Where(o => o.CanCreate).ToList();
        if (creatable.Count == 0)
        {
            return Result.Refused("Events.Series.NothingToCreate", EventResult.FieldRepeat, plan);
        }

        var hubLanguages = await db.Hubs.AsNoTracking().Where(h => h.Id == hub.Id).Select(h => h.Languages).SingleAsync(ct);
        db.EventSeries.Add(series);
        EventStatus? status = null;
        foreach (var occurrence in creatable)
        {
            Event created;
            try
            {
                created = Event.Create(CreateEvent.Details(form, occurrence.Start!.Value, occurrence.End!.Value), hubLanguages, form.InitiativeId, organiser, userId, now);
            }
            catch (DomainException refused)
            {
                return Result.Refused(refused.Code, EventResult.FieldOf(refused.Code), plan);
            }

            created.JoinSeries(series.Id);
            status = created.Status;
            if (space is not null)
            {
                var booking = Booking.Request(space.Id, new BookingRequest(created.Start, created.End), userId, form.InitiativeId,
                    forHub: form.InitiativeId is null, created.Title, space.Policy.InitialStatus(booker), now, series.Id);
                created.HeldBy(booking.Id);
                db.Bookings.Add(booking);
                db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingRequested, now));
            }

            db.Events.Add(created);
            db.AuditEntries.Add(EventAudit.Entry(hub.Id, userId, created, AuditActions.EventCreated, now));
        }

        try
        {
            // One SaveChanges, one transaction: the series, its events and their bookings together or not at all.
            await db.SaveChangesAsync(ct);
            return new Result(series.Id, creatable.Count, status, plan, null, "");
        }
        catch (DbUpdateException clash) when ((space is not null && BookingSlots.IsOverlap(clash)) || RepeatedCreate.IsSameKey(clash))
        {
            db.ChangeTracker.Clear();
            if (await db.EventSeries.AsNoTracking().AnyAsync(s => s.Id == series.Id && s.CreatedByUserId == userId, ct))
            {
                return await SavedAsync(db, series.Id, ct);
            }

            if (space is null)
            {
                throw;
            }

            // Someone took one of the slots a moment ago: show the plan as it stands now.
            var again = await PlanOccurrencesAsync(db, series, space, booker, now, zone, ct);
            return Result.Refused(BookingRefusal.Taken.Key, EventResult.FieldRepeat, again);
        }
    }

    /// <summary>The series this form already created (sent twice): answered as the first send was.</summary>
    private static async Task<Result> SavedAsync(HubsDbContext db, Guid seriesId, CancellationToken ct)
    {
        var statuses = await db.Events.AsNoTracking().Where(e => e.SeriesId == seriesId).Select(e => e.Status).ToListAsync(ct);
        return new Result(seriesId, statuses.Count, statuses.Count > 0 ? statuses[0] : null, [], null, "");
    }

    private static async Task<IReadOnlyList<Planned>> PlanOccurrencesAsync(HubsDbContext db, EventSeries series, Space? space, Booker booker,
        DateTimeOffset now, TimeZoneInfo zone, CancellationToken ct)
    {
        var occurrences = series.Occurrences(zone);
        var held = space is null
            ? []
            : await BookingSlots.HeldAsync(db, space.Id, HubTime.StartOfDay(occurrences[0].Date, zone), HubTime.StartOfDay(occurrences[^1].Date.AddDays(2), zone), ct);
        return [.. occurrences.Select(o => new Planned(o.Date, o.Start, o.End, Problem(o, space, booker, held, now, zone)))];
    }

    private static string? Problem(SeriesOccurrence o, Space? space, Booker booker, IReadOnlyCollection<(DateTimeOffset Start, DateTimeOffset End)> held,
        DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!o.Exists)
        {
            return BookingRefusal.NoSuchLocalTime.Key;
        }

        if (o.Start < now)
        {
            return "Events.Refused.InPast";
        }

        if (space is null)
        {
            return null;
        }

        var request = new BookingRequest(o.Start!.Value, o.End!.Value);
        return BookingRules.Check(space, request, booker, now, zone)?.Key
            ?? (held.Any(h => Scheduling.Overlaps(h.Start, h.End, request.Start, request.End)) ? BookingRefusal.Taken.Key : null);
    }
}
