using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>The signed-in person's bookings in every hub, upcoming first — for /me/bookings.</summary>
public sealed class ListMyBookings(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    private static readonly string[] TenantOnly = [HubsDbContext.TenantFilter];

    public sealed record Item(Guid Id, string HubSlug, string HubName, string HubTimeZone, string SpaceName, DateTimeOffset Start, DateTimeOffset End,
        string Purpose, BookingStatus Status, string? Reason, bool CanCancel);

    public async Task<IReadOnlyList<Item>> HandleAsync(bool includePast = false, CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Cross-hub on purpose: a person's own bookings, read by their own user id.
        var rows = await db.Bookings.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(b => b.BookedByUserId == userId && (includePast || b.End > now))
            .OrderBy(b => b.Start)
            .Select(b => new
            {
                b.Id, b.Start, b.End, b.Purpose, b.Status, b.Reason,
                Hub = db.Hubs.Where(h => h.Id == b.HubId).Select(h => new { h.Slug, h.Name, h.TimeZone }).First(),
                Space = db.Spaces.IgnoreQueryFilters(TenantOnly).Where(s => s.HubId == b.HubId && s.Id == b.SpaceId).Select(s => s.Name).First(),
            })
            .Take(500)
            .ToListAsync(ct);
        return [.. rows.Select(r => new Item(r.Id, r.Hub.Slug, r.Hub.Name, r.Hub.TimeZone, r.Space, r.Start, r.End, r.Purpose, r.Status, r.Reason,
            r.End > now && r.Status is BookingStatus.Pending or BookingStatus.Confirmed))];
    }
}

/// <summary>The coordinators' approval queue: pending bookings of the hub, soonest first.</summary>
public sealed class ListPendingBookings(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public sealed record Item(Guid Id, uint Version, Guid SpaceId, string SpaceName, DateTimeOffset Start, DateTimeOffset End, string Purpose,
        string? BookedBy, string? Initiative, Guid? SeriesId, DateTimeOffset CreatedAt);

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Bookings.AsNoTracking()
            .Where(b => b.Status == BookingStatus.Pending && b.End > now)
            .OrderBy(b => b.Start)
            .Select(b => new Item(b.Id, b.Version, b.SpaceId,
                db.Spaces.Where(s => s.Id == b.SpaceId).Select(s => s.Name).First(),
                b.Start, b.End, b.Purpose,
                db.Users.Where(u => u.Id == b.BookedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Initiatives.Where(i => i.Id == b.InitiativeId).Select(i => i.Title).FirstOrDefault(),
                b.SeriesId, b.CreatedAt))
            .Take(500)
            .ToListAsync(ct);
    }
}

/// <summary>
/// A space's calendar for some local days: the open windows and the bookings holding slots. Members see
/// their own bookings' purposes and "booked" for the rest; coordinators see who booked what.
/// </summary>
public sealed class GetSpaceCalendar(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, BookingSlots bookingSlots, TimeProvider time)
{
    private static readonly TimeSpan Cell = TimeSpan.FromMinutes(30);

    public sealed record Query(Guid SpaceId, DateOnly From, int Days = 7);

    public sealed record Slot(Guid Id, DateTime LocalStart, DateTime LocalEnd, BookingStatus Status, string? Purpose, string? BookedBy, bool IsMine);

    public sealed record Window(DateOnly Date, DateTime LocalStart, DateTime LocalEnd);

    /// <param name="LocalNow">The hub's local time now: earlier half hours cannot be picked.</param>
    /// <param name="Unavailable">
    /// Local starts of open, future half hours this person may not book, with the resource key of the reason (too short
    /// notice, too far ahead, not for them): the booking rules answer before the form is filled, not after.
    /// </param>
    public sealed record Result(Guid SpaceId, string SpaceName, DateOnly From, int Days, IReadOnlyList<Window> Open, IReadOnlyList<Slot> Bookings,
        DateTime? LocalNow = null, IReadOnlyDictionary<DateTime, string>? Unavailable = null);

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var days = Math.Clamp(query.Days, 1, 31);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SpaceId, ct) ?? throw new NotFoundException();
        var to = query.From.AddDays(days - 1);
        var from = HubTime.StartOfDay(query.From, zone);
        var until = HubTime.StartOfDay(to.AddDays(1), zone);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.SpaceId == space.Id && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed) && b.Start < until && b.End > from)
            .OrderBy(b => b.Start)
            .Select(b => new { b.Id, b.Start, b.End, b.Status, b.Purpose, b.BookedByUserId, By = db.Users.Where(u => u.Id == b.BookedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var windows = OpeningWindows.Between(space.OpeningHours, space.Closures, query.From, to, zone).ToList();
        var open = windows.Select(w => new Window(w.Date, HubTime.ToLocal(w.Start, zone), HubTime.ToLocal(w.End, zone))).ToList();

        // Each half hour asked of the rules the booking handler applies (BookingRules.Check), for this very person.
        var booker = await bookingSlots.OfferedToAsync(db, userId, ct);
        var now = time.GetUtcNow();
        var unavailable = new Dictionary<DateTime, string>();
        foreach (var window in windows)
        {
            for (var start = window.Start; start + Cell <= window.End; start += Cell)
            {
                if (start >= now && BookingRules.Check(space, new BookingRequest(start, start + Cell), booker, now, zone) is { } refusal)
                {
                    unavailable[HubTime.ToLocal(start, zone)] = refusal.Key;
                }
            }
        }

        var slots = bookings.Select(b =>
        {
            var mine = b.BookedByUserId == userId;
            return new Slot(b.Id, HubTime.ToLocal(b.Start, zone), HubTime.ToLocal(b.End, zone), b.Status,
                mine || isCoordinator ? b.Purpose : null, isCoordinator ? b.By : null, mine);
        }).ToList();
        return new Result(space.Id, space.Name, query.From, days, open, slots, HubTime.ToLocal(now, zone), unavailable);
    }
}

/// <summary>
/// The spaces a person may book, for the booking page to offer, and those they may not, to say who books them — split by
/// the policy's own rule (<see cref="BookingPolicy.WhoRefusal"/>), the one the booking handler refuses with.
/// </summary>
public sealed class ListBookableSpaces(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, Spaces.ListSpaces listSpaces, BookingSlots slots)
{
    public sealed record Result(IReadOnlyList<Spaces.ListSpaces.Item> Bookable, IReadOnlyList<Spaces.ListSpaces.Item> NotForMe);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var spaces = await listSpaces.HandleAsync(ct: ct);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booker = await slots.OfferedToAsync(db, userId, ct);
        var mine = spaces.ToLookup(s => s.Policy.WhoRefusal(booker) is null);
        return new Result([.. mine[true]], [.. mine[false]]);
    }
}

/// <summary>Registers the spaces and bookings handlers.</summary>
public static class BookingsServiceCollectionExtensions
{
    public static IServiceCollection AddSpacesAndBookings(this IServiceCollection services)
    {
        services.AddScoped<Spaces.SaveSpace>();
        services.AddScoped<Spaces.ListSpaces>();
        services.AddScoped<Spaces.GetSpace>();
        services.AddScoped<Spaces.GetSpaceUtilisation>();
        services.AddScoped<BookingSlots>();
        services.AddScoped<BookSpace>();
        services.AddScoped<BookSeries>();
        services.AddScoped<DecideBooking>();
        services.AddScoped<BookingNotifier>();
        services.AddScoped<CancelBooking>();
        services.AddScoped<UndoCancelBooking>();
        services.AddScoped<ListMyBookings>();
        services.AddScoped<ListPendingBookings>();
        services.AddScoped<GetSpaceCalendar>();
        services.AddScoped<ListBookableSpaces>();
        services.AddScoped<GetSpaceFeed>();
        return services;
    }
}
