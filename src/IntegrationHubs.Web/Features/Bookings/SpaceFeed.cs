using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Calendars;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>
/// A space's confirmed bookings as a public iCalendar feed, for the hub's own calendars and for anyone who
/// wants to know when a room is taken. Titles say only "booked" unless the space's policy shows purposes and the
/// booking holds no event a visitor may not see (<see cref="VisitorView"/>); never who booked.
/// </summary>
public sealed class GetSpaceFeed(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, IStringLocalizer<Strings> l, TimeProvider time)
{
    public static readonly TimeSpan Past = TimeSpan.FromDays(30);
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(400);

    /// <summary>The feed's text, or null when the hub is not public or has no such space.</summary>
    public async Task<string?> HandleAsync(Guid spaceId, CancellationToken ct = default)
    {
        if (hubContext.Hub is not { } hub || !HubStatusTransitions.IsPublic(hub.Status))
        {
            return null;
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == spaceId, ct);
        if (space is null)
        {
            return null;
        }

        var from = now - Past;
        var until = now + Ahead;
        // An event's booking carries the event's title as its purpose: it is shown only if a visitor may see the event.
        var visibleEvents = db.Events.Where(VisitorView.Events);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(VisitorView.Bookings)
            .Where(b => b.SpaceId == spaceId && b.End > from && b.Start < until)
            .OrderBy(b => b.Start)
            .Select(b => new
            {
                b.Id, b.Start, b.End, b.Purpose, b.CreatedAt, b.DecidedAt,
                HoldsEvent = db.Events.Any(e => e.BookingId == b.Id),
                HoldsVisibleEvent = visibleEvents.Any(e => e.BookingId == b.Id),
            })
            .ToListAsync(ct);
        var booked = l["Bookings.Feed.Booked"].Value;
        var events = bookings.Select(b => new CalendarEvent(
            $"booking-{b.Id}@integrationhubs", b.Start, b.End,
            VisitorView.ShowsPurpose(space.Policy, b.HoldsEvent, b.HoldsVisibleEvent) ? b.Purpose : booked,
            b.DecidedAt ?? b.CreatedAt,
            Location: $"{space.Name}, {hub.Name}"));
        return ICalendarWriter.Write($"{space.Name} · {hub.Name}", events, now);
    }
}

public static class SpaceFeedApi
{
    public static void MapSpaceFeeds(this WebApplication app)
    {
        app.MapGet("/api/v1/hubs/{slug}/spaces/{id:guid}/bookings.ics", async (string slug, Guid id, GetSpaceFeed handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } feed
                    ? Results.Text(feed, ICalendarWriter.ContentType)
                    : Results.NotFound())
            .WithTags("Spaces")
            .WithName("SpaceBookingsFeed")
            .WithSummary("A space's confirmed bookings as an iCalendar feed (RFC 5545), from 30 days ago to 400 days ahead.");
    }
}
