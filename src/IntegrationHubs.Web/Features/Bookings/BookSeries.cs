using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>
/// The same slot every week until a date. First the plan: each occurrence with what stands in its way (a clash,
/// a closure…). Booking then takes every free occurrence together — all or none — once the person agreed to
/// skip the others.
/// </summary>
public sealed class BookSeries(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, BookingSlots slots,
    IValidator<BookingForm> validator, TimeProvider time)
{
    public static readonly BookingRefusal HasProblems = new("Bookings.Series.HasProblems", BookingRefusal.FieldDate);
    public static readonly BookingRefusal RepeatUntilRequired = new("Bookings.Validation.RepeatUntil", BookingRefusal.FieldDate);
    public static readonly BookingRefusal NothingToBook = new("Bookings.Series.NothingToBook", BookingRefusal.FieldDate);

    public sealed record Result(Guid? SeriesId, int Booked, IReadOnlyList<PlannedOccurrence> Plan, BookingRefusal? Refusal)
    {
        public bool Succeeded => Refusal is null;
    }

    public Task<Result> PlanAsync(BookingForm form, CancellationToken ct = default) => RunAsync(form, book: false, skipProblems: false, ct);

    /// <param name="skipProblems">The person saw the occurrences that cannot be booked and wants the rest.</param>
    public Task<Result> HandleAsync(BookingForm form, bool skipProblems, CancellationToken ct = default) => RunAsync(form, book: true, skipProblems, ct);

    private async Task<Result> RunAsync(BookingForm form, bool book, bool skipProblems, CancellationToken ct)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        if (form.RepeatUntil is null)
        {
            return new Result(null, 0, [], RepeatUntilRequired);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.SpaceId, ct);
        if (space is null)
        {
            return new Result(null, 0, [], BookingSlots.UnknownSpace);
        }

        var (booker, refusal) = await slots.BookerAsync(db, userId, form.InitiativeId, ct);
        if (refusal is not null)
        {
            return new Result(null, 0, [], refusal);
        }

        if (book && await SavedAsync(db, form, userId, ct) is { } saved)
        {
            return saved;
        }

        var until = DateOnly.FromDateTime(form.RepeatUntil.Value);
        var from = HubTime.StartOfDay(form.LocalDate, zone);
        var held = await BookingSlots.HeldAsync(db, space.Id, from, HubTime.StartOfDay(until.AddDays(2), zone), ct);
        var plan = Scheduling.PlanWeekly(space, form.LocalDate, form.StartTime, form.EndTime, until, booker, held, now, zone);
        if (!book)
        {
            return new Result(null, 0, plan, null);
        }

        // Slots in the way may be this very form's, booked a moment ago (a double click): that series is the answer.
        if (plan.Any(o => !o.CanBook) && await SavedAsync(db, form, userId, ct) is { } mine)
        {
            return mine;
        }

        if (plan.Any(o => !o.CanBook) && !skipProblems)
        {
            return new Result(null, 0, plan, HasProblems);
        }

        var bookable = plan.Where(o => o.CanBook).ToList();
        if (bookable.Count == 0)
        {
            return new Result(null, 0, plan, NothingToBook);
        }

        try
        {
            // The form's id names the series: the same form sent twice books the series once (decision 0028).
            var seriesId = form.Id;
            var status = space.Policy.InitialStatus(booker);
            foreach (var occurrence in bookable)
            {
                var booking = Booking.Request(space.Id, new BookingRequest(occurrence.Start, occurrence.End), userId, form.InitiativeId,
                    form.ForHub && booker.IsCoordinator, form.Purpose, status, now, seriesId);
                db.Bookings.Add(booking);
                db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingRequested, now));
            }

            // One SaveChanges is one transaction: the series is booked together or not at all.
            await db.SaveChangesAsync(ct);
            return new Result(seriesId, bookable.Count, plan, null);
        }
        catch (DomainException invalid)
        {
            return new Result(null, 0, plan, new BookingRefusal(invalid.Code, BookingRefusal.FieldSpace));
        }
        catch (DbUpdateException clash) when (BookingSlots.IsOverlap(clash))
        {
            db.ChangeTracker.Clear();
            if (await SavedAsync(db, form, userId, ct) is { } first)
            {
                return first;
            }

            var again = await BookingSlots.HeldAsync(db, space.Id, from, HubTime.StartOfDay(until.AddDays(2), zone), ct);
            return new Result(null, 0, Scheduling.PlanWeekly(space, form.LocalDate, form.StartTime, form.EndTime, until, booker, again, now, zone), BookingRefusal.Taken);
        }
    }

    /// <summary>The series this form already booked (sent twice): answered as the first send was.</summary>
    private static async Task<Result?> SavedAsync(HubsDbContext db, BookingForm form, Guid userId, CancellationToken ct)
    {
        var booked = await db.Bookings.CountAsync(b => b.SeriesId == form.Id && b.BookedByUserId == userId, ct);
        return booked == 0 ? null : new Result(form.Id, booked, [], null);
    }
}
