using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>The booking form: a space, a local date and times in the hub's time zone, a purpose, perhaps an initiative.</summary>
public sealed class BookingForm
{
    /// <summary>The new booking's id, made with the form: submitting the same form twice books once (decision 0028).</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? SpaceId { get; set; }
    public DateTime? Date { get; set; }
    public TimeSpan? Start { get; set; }
    public TimeSpan? End { get; set; }
    public string Purpose { get; set; } = "";
    public Guid? InitiativeId { get; set; }

    /// <summary>A coordinator books on behalf of the hub.</summary>
    public bool ForHub { get; set; }

    /// <summary>Weekly until this date (inclusive); null for a single booking.</summary>
    public DateTime? RepeatUntil { get; set; }

    public DateOnly LocalDate => DateOnly.FromDateTime(Date!.Value);

    public TimeOnly StartTime => TimeOnly.FromTimeSpan(Start!.Value);

    public TimeOnly EndTime => TimeOnly.FromTimeSpan(End!.Value);

    public sealed class Validator : AbstractValidator<BookingForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.SpaceId).NotNull().WithMessage(_ => l["Bookings.Validation.SpaceRequired"]);
            RuleFor(x => x.Date).NotNull().WithMessage(_ => l["Bookings.Validation.DateRequired"]);
            RuleFor(x => x.Start).NotNull().WithMessage(_ => l["Bookings.Validation.StartRequired"]);
            RuleFor(x => x.End).NotNull().WithMessage(_ => l["Bookings.Validation.EndRequired"]);
            RuleFor(x => x.End).Must((form, end) => form.Start is null || end is null || end > form.Start || end == TimeSpan.Zero)
                .WithMessage(_ => l["Bookings.Refused.EndBeforeStart"]);
            RuleFor(x => x.End).Must((form, end) => !(end == TimeSpan.Zero && form.Start == TimeSpan.Zero))
                .WithMessage(_ => l["Bookings.Refused.EndBeforeStart"]);
            RuleFor(x => x.Purpose).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage(_ => l["Bookings.Validation.PurposeRequired"]);
            RuleFor(x => x.Purpose).Must(p => p is null || p.Trim().Length <= Booking.PurposeMaxLength)
                .WithMessage(_ => l["Bookings.Validation.PurposeTooLong", Booking.PurposeMaxLength]);
            RuleFor(x => x.RepeatUntil).Must((form, until) => until is null || form.Date is null || until >= form.Date)
                .WithMessage(_ => l["Bookings.Validation.RepeatUntil"]);
        }
    }
}

/// <summary>
/// A member, an initiative's team or a coordinator books one slot. The policy is checked first and a taken slot
/// answered with the next free ones; the exclusion constraint decides between two people booking at once.
/// </summary>
public sealed class BookSpace(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, BookingSlots slots,
    IValidator<BookingForm> validator, TimeProvider time)
{
    public async Task<BookingResult> HandleAsync(BookingForm form, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SavedAsync(db, form, userId, ct) is { } saved)
        {
            return BookingResult.Booked(saved);
        }

        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.SpaceId, ct);
        if (space is null)
        {
            return BookingResult.Refused(BookingSlots.UnknownSpace);
        }

        var (booker, refusal) = await slots.BookerAsync(db, userId, form.InitiativeId, ct);
        if (refusal is not null)
        {
            return BookingResult.Refused(refusal);
        }

        var start = HubTime.ToInstant(form.LocalDate, form.StartTime, zone);
        var end = form.EndTime == TimeOnly.MinValue ? HubTime.StartOfDay(form.LocalDate.AddDays(1), zone) : HubTime.ToInstant(form.LocalDate, form.EndTime, zone);
        if (start is null || end is null)
        {
            return BookingResult.Refused(start is null ? BookingRefusal.NoSuchLocalTime : BookingRefusal.NoSuchLocalTime with { Field = BookingRefusal.FieldEnd });
        }

        var request = new BookingRequest(start.Value, end.Value);
        if (BookingRules.Check(space, request, booker, now, zone) is { } broken)
        {
            return BookingResult.Refused(broken);
        }

        if (!booker.IsCoordinator && await db.Bookings.CountAsync(b => b.BookedByUserId == userId && b.End > now
                && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed), ct) >= BookingSlots.MaxUpcomingPerPerson)
        {
            return BookingResult.Refused(BookingSlots.TooMany);
        }

        // The friendly check: most clashes are found here and answered with alternatives.
        if ((await BookingSlots.HeldAsync(db, space.Id, request.Start, request.End, ct)).Count > 0)
        {
            // Held by this very form, sent a moment ago (a double click): that booking is the answer.
            return await SavedAsync(db, form, userId, ct) is { } mine
                ? BookingResult.Booked(mine)
                : await BookingSlots.TakenAsync(db, space, request, booker, now, zone, ct);
        }

        try
        {
            var booking = Booking.Request(space.Id, request, userId, form.InitiativeId, form.ForHub && booker.IsCoordinator, form.Purpose,
                space.Policy.InitialStatus(booker), now);
            booking.Id = form.Id;
            db.Bookings.Add(booking);
            db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingRequested, now));
            await db.SaveChangesAsync(ct);
            return BookingResult.Booked(booking);
        }
        catch (DomainException invalid)
        {
            return BookingResult.Refused(new BookingRefusal(invalid.Code, BookingRefusal.FieldSpace));
        }
        catch (DbUpdateException clash) when (BookingSlots.IsOverlap(clash) || RepeatedCreate.IsSameKey(clash))
        {
            // The same form submitted twice at once: the first one booked, and this one answers as it did.
            db.ChangeTracker.Clear();
            if (await SavedAsync(db, form, userId, ct) is { } first)
            {
                return BookingResult.Booked(first);
            }

            // Someone booked the slot between the check and the insert: the database decided, the answer is the same.
            return await BookingSlots.TakenAsync(db, space, request, booker, now, zone, ct);
        }
    }

    private static Task<Booking?> SavedAsync(HubsDbContext db, BookingForm form, Guid userId, CancellationToken ct) =>
        db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == form.Id && b.BookedByUserId == userId, ct);
}

internal static class BookingAudit
{
    /// <summary>An entry about a booking: the detail is its status and interval, never the purpose.</summary>
    public static AuditEntry Entry(Guid hubId, Guid actorId, Booking booking, string action, DateTimeOffset at) => new()
    {
        HubId = hubId, ActorUserId = actorId, Action = action, EntityType = nameof(Booking), EntityId = booking.Id.ToString(),
        Detail = $"{booking.Status} {booking.Start:O}/{booking.End:O}", At = at,
    };
}
