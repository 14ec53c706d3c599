using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Configurations;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>What a booking attempt came to: booked (pending or confirmed), or refused with the reason, its field and free slots nearby.</summary>
public sealed record BookingResult(Guid? Id, BookingStatus? Status, BookingRefusal? Refusal, IReadOnlyList<BookingRequest> Alternatives)
{
    public bool Succeeded => Refusal is null;

    public static BookingResult Booked(Booking booking) => new(booking.Id, booking.Status, null, []);

    public static BookingResult Refused(BookingRefusal refusal, IReadOnlyList<BookingRequest>? alternatives = null) =>
        new(null, null, refusal, alternatives ?? []);
}

/// <summary>Shared steps of booking: who the booker is, the slots held on a space, and the database's refusal of an overlap.</summary>
public sealed class BookingSlots(HubAuthorizer authorizer)
{
    /// <summary>Unknown space: refused at the space field, like a space of another hub (the tenant filter hides those).</summary>
    public static readonly BookingRefusal UnknownSpace = new("Bookings.Refused.UnknownSpace", BookingRefusal.FieldSpace);

    public static readonly BookingRefusal UnknownInitiative = new("Bookings.Refused.UnknownInitiative", BookingRefusal.FieldInitiative);

    public static readonly BookingRefusal TooMany = new("Bookings.Refused.TooMany", BookingRefusal.FieldSpace);

    /// <summary>Upcoming pending and confirmed bookings one person may hold in a hub: a circuit's clicks never reach the HTTP rate limiter.</summary>
    public const int MaxUpcomingPerPerson = 60;

    /// <summary>Who is booking: their roles here and whether the initiative named (if any) is theirs; a refusal when it is not.</summary>
    public async Task<(Booker Booker, BookingRefusal? Refusal)> BookerAsync(HubsDbContext db, Guid userId, Guid? initiativeId, CancellationToken ct)
    {
        var isMember = await authorizer.HasAsync(HubPermission.ViewMemberArea);
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var onTeam = false;
        if (initiativeId is { } id)
        {
            var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
            if (initiative is null || !initiative.IsVisibleTo(userId))
            {
                return (default, UnknownInitiative);
            }

            onTeam = initiative.IsTeam(userId);
            if (!onTeam && !isCoordinator)
            {
                return (default, BookingRefusal.TeamOnly);
            }
        }

        return (new Booker(isMember, isCoordinator, onTeam), null);
    }

    /// <summary>
    /// Who is booking before an initiative is chosen — what the booking page offers: an initiative counts when the person
    /// is on the team of one, since they may book for it (the same test as <see cref="BookerAsync"/> for a named initiative).
    /// </summary>
    public async Task<Booker> OfferedToAsync(HubsDbContext db, Guid userId, CancellationToken ct)
    {
        var isMember = await authorizer.HasAsync(HubPermission.ViewMemberArea);
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var onATeam = await db.Initiatives.AnyAsync(i => i.CreatedByUserId == userId
            || i.Team.Any(m => m.UserId == userId && m.State == TeamMemberState.Accepted), ct);
        return new Booker(isMember, isCoordinator, onATeam);
    }

    /// <summary>The intervals already held (pending or confirmed) on <paramref name="spaceId"/> between two instants.</summary>
    public static async Task<IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>> HeldAsync(HubsDbContext db, Guid spaceId,
        DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await db.Bookings.AsNoTracking()
            .Where(b => b.SpaceId == spaceId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed) && b.Start < to && b.End > from)
            .Select(b => new { b.Start, b.End })
            .ToListAsync(ct))
        .Select(b => (b.Start, b.End)).ToList();

    /// <summary>The taken answer with the next free slots of the same length.</summary>
    public static async Task<BookingResult> TakenAsync(HubsDbContext db, Space space, BookingRequest wanted, Booker booker, DateTimeOffset now,
        TimeZoneInfo zone, CancellationToken ct)
    {
        var held = await HeldAsync(db, space.Id, wanted.Start.AddDays(-1), wanted.Start.AddDays(16), ct);
        return BookingResult.Refused(BookingRefusal.Taken, Scheduling.NextFreeSlots(space, wanted, booker, held, now, zone));
    }

    /// <summary>The exclusion constraint refused an overlap (SQLSTATE 23P01): someone else booked the slot a moment earlier.</summary>
    public static bool IsOverlap(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation } postgres
        && postgres.ConstraintName == BookingConfiguration.NoOverlapConstraint;
}
