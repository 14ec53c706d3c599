using System.Globalization;
using IntegrationHubs.Web.Calendars;
using IntegrationHubs.Web.Operations;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// A public hub's public events as JSON and as an iCalendar feed. Members-only events and events waiting for approval
/// never appear: the handlers run as a visitor whoever asks.
/// </summary>
public static class EventsApi
{
    public sealed record EventDto(
        Guid Id, string Title, string Description, string Language, string Category, IReadOnlyList<string> Languages, string Status,
        DateTimeOffset Start, DateTimeOffset End, string? Place, int Capacity, int PlacesLeft, string Url);

    public static void MapEventsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/hubs/{slug}").WithTags("Events");
        api.MapGet("/events", ListAsync)
            .CacheForVisitors()
            .WithName("ListHubEvents")
            .WithSummary("A public hub's public events between two dates (yyyy-MM-dd, both optional; from defaults to now), at most 100.")
            .WithDescription("Texts are in the language asked for (Accept-Language or ?culture=) when the event has that translation. "
                + "Answers 400 for a malformed date and 404 for a hub that does not exist or is not public.");
        api.MapGet("/events/{id:guid}", GetAsync)
            .CacheForVisitors()
            .WithName("GetHubEvent")
            .WithSummary("One public event of a public hub; 404 problem details for an unknown or members-only event.");
        api.MapGet("/events.ics", FeedAsync)
            .CacheForVisitors()
            .WithName("HubEventsFeed")
            .WithSummary("A public hub's public events as an iCalendar feed (RFC 5545), each linking back to its page; from 30 days ago.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/v1/me/events.ics", MyFeedAsync)
            .WithTags("Events")
            .WithName("MyEventsFeed")
            .WithSummary("A person's events (their RSVPs in every hub, from 30 days ago) as an iCalendar feed, by the secret token of their "
                + "calendar address; no sign-in, so calendar apps can fetch it. 404 for an unknown or reset token.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static ProblemHttpResult HubNotFound(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Hub not found", detail: $"There is no public hub '{slug}'.");

    private static EventDto ToDto(EventCard c, PublicAddress address) => new(
        c.Id, c.Title, c.Description, c.TextLanguage, c.Category.ToString(), c.Languages, c.Status.ToString(), c.Start, c.End, c.Place,
        c.Capacity, Math.Max(0, c.Capacity - c.Confirmed), address.Link($"events/{c.Id}"));

    private static async Task<Results<Ok<List<EventDto>>, ProblemHttpResult>> ListAsync(
        string slug, [FromQuery] string? from, [FromQuery] string? to, ListHubEvents handler, PublicAddress address, CancellationToken ct)
    {
        var filter = EventFilter.Parse(from, to, null, null);
        if ((from is not null && filter.From is null) || (to is not null && filter.To is null))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed date", detail: "Dates are written yyyy-MM-dd.");
        }

        try
        {
            var events = await handler.HandleAsync(filter, Language, publicOnly: true, ct);
            return TypedResults.Ok(events.Select(e => ToDto(e, address)).ToList());
        }
        catch (NotFoundException)
        {
            return HubNotFound(slug);
        }
    }

    private static async Task<Results<Ok<EventDto>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, ListHubEvents handler, PublicAddress address, CancellationToken ct)
    {
        try
        {
            var card = await handler.FindPublicAsync(id, Language, ct);
            return card is null
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Event not found", detail: $"Hub '{slug}' has no public event {id}.")
                : TypedResults.Ok(ToDto(card, address));
        }
        catch (NotFoundException)
        {
            return HubNotFound(slug);
        }
    }

    private static async Task<IResult> MyFeedAsync([FromQuery] string? token, ReadMyCalendarFeed handler, PublicAddress address, HttpContext context, CancellationToken ct)
    {
        var feed = await handler.HandleAsync(token, address.BaseUri, ct);
        if (feed is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Feed not found", detail: "There is no calendar with this address.");
        }

        // Personal: no shared cache may keep it.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(feed, ICalendarWriter.ContentType);
    }

    private static async Task<IResult> FeedAsync(string slug, ListHubEvents handler, Tenancy.HubContext hubContext, PublicAddress address, TimeProvider time, CancellationToken ct)
    {
        try
        {
            var now = time.GetUtcNow();
            var from = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-30));
            var events = await handler.HandleAsync(new EventFilter(From: from), Language, publicOnly: true, ct);
            var hubName = hubContext.Hub?.Name ?? slug;
            var feed = ICalendarWriter.Write(hubName, events.Select(e => new CalendarEvent(
                $"event-{e.Id}@integrationhubs", e.Start, e.End, e.Title, now, e.Description, e.Place, new Uri(address.Link($"events/{e.Id}")),
                Cancelled: e.Status == Domain.Events.EventStatus.Cancelled)), now);
            return Results.Text(feed, ICalendarWriter.ContentType);
        }
        catch (NotFoundException)
        {
            return HubNotFound(slug);
        }
    }
}
