using System.Globalization;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>One event as a list or page shows it: texts in the reader's language when translated, times local to the hub.</summary>
public sealed record EventCard(
    Guid Id, string HubSlug, string HubName, string Title, string Description, string TextLanguage, EventCategory Category,
    IReadOnlyList<string> Languages, bool MembersOnly, EventStatus Status, DateTime LocalStart, DateTime LocalEnd,
    DateTimeOffset Start, DateTimeOffset End, string? Place, int Capacity, int Confirmed, int Waiting, bool InSeries = false, bool ChangedInSeries = false);

/// <summary>What's on: filters from the query string; all optional.</summary>
public sealed record EventFilter(DateOnly? From = null, DateOnly? To = null, EventCategory? Category = null, string? Language = null)
{
    public static EventFilter Parse(string? from, string? to, string? category, string? language) => new(
        Operations.RequestValues.Date(from),
        Operations.RequestValues.Date(to),
        Enum.TryParse<EventCategory>(category, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null,
        LanguageCatalog.IsKnown(language) ? language : null);
}

internal static class EventCards
{
    public const int PageSize = 100;

    public static IQueryable<Event> Filter(IQueryable<Event> events, EventFilter filter, TimeZoneInfo zone, DateTimeOffset now)
    {
        var from = filter.From is { } f ? HubTime.StartOfDay(f, zone) : now;
        events = events.Where(e => e.End > from);
        if (filter.To is { } t)
        {
            var until = HubTime.StartOfDay(t.AddDays(1), zone);
            events = events.Where(e => e.Start < until);
        }

        if (filter.Category is { } category)
        {
            events = events.Where(e => e.Category == category);
        }

        if (filter.Language is { } language)
        {
            events = events.Where(e => e.Languages.Contains(language));
        }

        return events;
    }

    public static async Task<List<EventCard>> ToCardsAsync(HubsDbContext db, IQueryable<Event> events, Func<Guid, (string Slug, string Name, string TimeZone)> hubOf,
        string uiLanguage, CancellationToken ct)
    {
        // No IgnoreQueryFilters here: it acts on the whole query, so a subquery using it would lift the filter off the events too.
        // Spaces and RSVPs are matched on hub_id explicitly; the network listing lifts the filter at its root, for public rows only.
        var rows = await events.OrderBy(e => e.Start).ThenBy(e => e.Id).Take(PageSize)
            .Select(e => new
            {
                Event = e,
                Space = db.Spaces.Where(s => s.HubId == e.HubId && s.Id == e.SpaceId).Select(s => s.Name).FirstOrDefault(),
                Confirmed = db.Rsvps.Count(r => r.HubId == e.HubId && r.EventId == e.Id && r.Status == RsvpStatus.Confirmed),
                Waiting = db.Rsvps.Count(r => r.HubId == e.HubId && r.EventId == e.Id && r.Status == RsvpStatus.Waitlisted),
            })
            .AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var e = r.Event;
            var hub = hubOf(e.HubId);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
            var (title, description, language) = e.In(uiLanguage);
            return new EventCard(e.Id, hub.Slug, hub.Name, title, description, language, e.Category, e.Languages, !e.IsPublic, e.Status,
                HubTime.ToLocal(e.Start, zone), HubTime.ToLocal(e.End, zone), e.Start, e.End, r.Space ?? e.Address, e.Capacity, r.Confirmed, r.Waiting,
                e.SeriesId is not null, e.ChangedInSeries);
        })];
    }
}

/// <summary>
/// A hub's upcoming events. Visitors see public published ones; members also members-only ones; coordinators and
/// the creators also those waiting for approval. Hidden hubs look like no hub.
/// </summary>
public sealed class ListHubEvents(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task<IReadOnlyList<EventCard>> HandleAsync(EventFilter filter, string uiLanguage, bool publicOnly = false, CancellationToken ct = default)
    {
        if (hubContext.Hub is not { } hub)
        {
            throw new NotFoundException();
        }

        var access = publicOnly ? HubAccess.Anonymous : await authorizer.GetAccessAsync(ct);
        if (!HubStatusTransitions.Public.Contains(hub.Status) && !access.Allows(HubPermission.ViewMemberArea))
        {
            throw new NotFoundException();
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = Visible(db.Events, access);
        events = EventCards.Filter(events, filter, zone, time.GetUtcNow());
        return await EventCards.ToCardsAsync(db, events, _ => (hub.Slug, hub.Name, hub.TimeZone), uiLanguage, ct);
    }

    /// <summary>One event as the public sees it, or null.</summary>
    public async Task<EventCard?> FindPublicAsync(Guid id, string uiLanguage, CancellationToken ct = default)
    {
        if (hubContext.Hub is not { } hub || !HubStatusTransitions.Public.Contains(hub.Status))
        {
            throw new NotFoundException();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = Visible(db.Events.Where(e => e.Id == id), HubAccess.Anonymous);
        return (await EventCards.ToCardsAsync(db, events, _ => (hub.Slug, hub.Name, hub.TimeZone), uiLanguage, ct)).SingleOrDefault();
    }

    /// <summary>
    /// Whoever is not an active member of the hub sees exactly what a visitor sees (<see cref="VisitorView"/>), signed in
    /// or not; members see members-only and cancelled events too, coordinators and creators also those waiting.
    /// </summary>
    internal static IQueryable<Event> Visible(IQueryable<Event> events, HubAccess access)
    {
        if (!access.Allows(HubPermission.ViewMemberArea))
        {
            return events.Where(VisitorView.Events);
        }

        var coordinator = access.Allows(HubPermission.Manage);
        var userId = access.UserId;
        var shown = VisitorView.MemberEventStatuses;
        return events.Where(e => shown.Contains(e.Status)
            || (e.Status == EventStatus.PendingApproval && (coordinator || e.CreatedByUserId == userId)));
    }
}

/// <summary>The network's upcoming public events, across the public hubs, for the home page.</summary>
public sealed class ListNetworkEvents(IDbContextFactory<HubsDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<EventCard>> HandleAsync(EventFilter filter, string uiLanguage, int take = 12, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hubs = await db.Hubs.AsNoTracking().Where(VisitorView.Hubs)
            .Select(h => new { h.Id, h.Slug, h.Name, h.TimeZone }).ToDictionaryAsync(h => h.Id, ct);
        var ids = hubs.Keys.ToList();

        // Across hubs on purpose: only what a visitor may see, in public hubs.
        var events = db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .Where(e => ids.Contains(e.HubId)).Where(VisitorView.Events);
        events = EventCards.Filter(events, filter, TimeZoneInfo.Utc, time.GetUtcNow());
        var cards = await EventCards.ToCardsAsync(db, events, id => (hubs[id].Slug, hubs[id].Name, hubs[id].TimeZone), uiLanguage, ct);
        return [.. cards.Take(take)];
    }
}

/// <summary>One event's page: its card, the place, and the reader's own RSVP.</summary>
public sealed class GetEvent(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, HubAuthorizer authorizer)
{
    /// <param name="RsvpRefusal">Why the person cannot answer now (a resource key: started, cancelled, not open), null when they can.</param>
    public sealed record Result(EventCard Card, Guid HubId, RsvpStatus? MyRsvp, int MyWaitlistPosition, string? RsvpRefusal, bool IsMember, bool IsOrganiser)
    {
        public bool CanRsvp => IsMember && RsvpRefusal is null;
    }

    /// <summary>The hub is entered by the caller from the event's own hub (see <see cref="FindHubAsync"/>).</summary>
    public async Task<Result> HandleAsync(Guid id, string uiLanguage, DateTimeOffset now, CancellationToken ct = default)
    {
        if (hubContext.Hub is not { } hub)
        {
            throw new NotFoundException();
        }

        var access = await authorizer.GetAccessAsync(ct);
        if (!HubStatusTransitions.Public.Contains(hub.Status) && !access.Allows(HubPermission.ViewMemberArea))
        {
            throw new NotFoundException();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = ListHubEvents.Visible(db.Events.Where(e => e.Id == id), access);
        var card = (await EventCards.ToCardsAsync(db, events, _ => (hub.Slug, hub.Name, hub.TimeZone), uiLanguage, ct)).SingleOrDefault()
            ?? throw new NotFoundException();
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == id, ct);
        RsvpStatus? mine = null;
        var position = 0;
        if (access.UserId is { } userId && await db.Rsvps.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == id && r.UserId == userId && r.Status != RsvpStatus.Cancelled, ct) is { } rsvp)
        {
            mine = rsvp.Status;
            position = rsvp.Status == RsvpStatus.Waitlisted
                ? await db.Rsvps.CountAsync(r => r.EventId == id && r.Status == RsvpStatus.Waitlisted && r.Sequence <= rsvp.Sequence, ct)
                : 0;
        }

        var isMember = access.Allows(HubPermission.ViewMemberArea);
        // Organisers work the door: the hub's coordinators, and an initiative's team at their initiative's events.
        var organiser = access.Allows(HubPermission.Manage)
            || (access.UserId is { } u && ev.InitiativeId is { } initiativeId
                && (await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct))?.IsTeam(u) == true);
        return new Result(card, hub.Id, mine, position, ev.RsvpRefusal(now), isMember, organiser);
    }

    /// <summary>The slug of the hub an event belongs to, for /events/{id}; null when there is no such event.</summary>
    public async Task<string?> FindHubAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Across hubs on purpose: only to find which hub to enter; the event is then read inside it, with its rules.
        var hubId = await db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).Where(e => e.Id == id).Select(e => (Guid?)e.HubId).FirstOrDefaultAsync(ct);
        return hubId is null ? null : await db.Hubs.Where(h => h.Id == hubId).Select(h => h.Slug).SingleOrDefaultAsync(ct);
    }
}

/// <summary>"My events": the signed-in person's upcoming RSVPs in every hub, as far as their standing there lets them see each event now.</summary>
public sealed class ListMyEvents(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public sealed record Item(EventCard Card, RsvpStatus Status);

    public async Task<IReadOnlyList<Item>> HandleAsync(string uiLanguage, CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Across hubs on purpose: a person's own RSVPs, wherever they made them.
        var mine = await db.Rsvps.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(r => r.UserId == userId && r.Status != RsvpStatus.Cancelled)
            .Select(r => new { r.HubId, r.EventId, r.Status }).ToListAsync(ct);
        var ids = mine.Select(r => r.EventId).ToList();
        var hubIds = mine.Select(r => r.HubId).Distinct().ToList();
        var hubs = await db.Hubs.AsNoTracking().Where(h => hubIds.Contains(h.Id)).Select(h => new { h.Id, h.Slug, h.Name, h.TimeZone }).ToDictionaryAsync(h => h.Id, ct);

        // An RSVP outlives the membership it was made in: what shows is decided by the person's standing now.
        var standing = await PersonalView.ReadAsync(db, userId, ct);
        var events = db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).Where(e => ids.Contains(e.Id) && hubIds.Contains(e.HubId) && e.End > now)
            .Where(standing.Events);
        var cards = await EventCards.ToCardsAsync(db, events, id => (hubs[id].Slug, hubs[id].Name, hubs[id].TimeZone), uiLanguage, ct);
        return [.. cards.Select(c => new Item(c, mine.First(m => m.EventId == c.Id).Status))];
    }
}

/// <summary>Registers the events handlers.</summary>
public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddScoped<CreateEvent>();
        services.AddScoped<CreateEventSeries>();
        services.AddScoped<EditEvent>();
        services.AddScoped<GetEventForEdit>();
        services.AddScoped<ListInitiativeEvents>();
        services.AddScoped<GetMyCalendarFeed>();
        services.AddScoped<ResetMyCalendarFeed>();
        services.AddScoped<ReadMyCalendarFeed>();
        services.AddScoped<GetEventFormOptions>();
        services.AddScoped<ApproveEvent>();
        services.AddScoped<CancelEvent>();
        services.AddScoped<RsvpToEvent>();
        services.AddScoped<CancelRsvp>();
        services.AddScoped<EventNotifier>();
        services.AddScoped<ListHubEvents>();
        services.AddScoped<ListNetworkEvents>();
        services.AddScoped<GetEvent>();
        services.AddScoped<ListMyEvents>();
        services.AddScoped<GetCheckIn>();
        services.AddScoped<CheckInRsvp>();
        services.AddScoped<ChangeWalkIns>();
        services.AddScoped<CloseEvent>();
        services.AddSingleton<DoorBroadcast>();
        services.AddScoped<SendEventReminders>();
        services.AddHostedService<EventReminderService>();
        return services;
    }
}
