using System.Globalization;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Calendars;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>Whether the signed-in person has a calendar address, and since when (the address itself is not kept).</summary>
public sealed class GetMyCalendarFeed(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public async Task<DateTimeOffset?> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync(ct);
        if (since is not { } at)
        {
            return null;
        }

        // A page of the person's own, across their hubs: on the clock those hubs share (else UTC), not the server's.
        var zones = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Hubs, m => m.HubId, h => h.Id, (m, h) => h.TimeZone)
            .Distinct()
            .ToListAsync(ct);
        return Clocks.Shared(at, zones).At;
    }
}

/// <summary>Makes the person's calendar address, or a new one in place of the old, which stops working at once.</summary>
public sealed class ResetMyCalendarFeed(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    /// <summary>The path of a feed with <paramref name="token"/>, relative to the site.</summary>
    public static string PathFor(string token) => $"/api/v1/me/events.ics?token={Uri.EscapeDataString(token)}";

    /// <summary>The new token: shown to the person once, never stored.</summary>
    public async Task<string> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var (token, hash) = InvitationTokens.Create();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, TokenHash = hash, CreatedAt = time.GetUtcNow() });
        }
        else
        {
            feed.TokenHash = hash;
            feed.CreatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        return token;
    }
}

/// <summary>
/// The feed a calendar app fetches without signing in: the events its owner RSVPed to in every hub, from 30 days ago,
/// as far as the owner may see them now (<see cref="PersonalView"/>), written in the owner's language (a waitlisted place says so). An unknown token finds nothing: null, answered 404.
/// </summary>
public sealed class ReadMyCalendarFeed(IDbContextFactory<HubsDbContext> dbFactory, IStringLocalizer<Strings> localizer, TimeProvider time)
{
    public const int PastDays = 30;

    public async Task<string?> HandleAsync(string? token, Uri baseUri, CancellationToken ct = default)
    {
        if (InvitationTokens.HashOrNull(token) is not { } hash)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owner = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash)
            .Join(db.Users, f => f.UserId, u => u.Id, (f, u) => new { u.Id, u.PreferredCulture }).SingleOrDefaultAsync(ct);
        if (owner is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var from = now.AddDays(-PastDays);
        var culture = CultureInfo.GetCultureInfo(owner.PreferredCulture is { } c && Cultures.IsSupported(c) ? c : Cultures.Default);

        // Across hubs on purpose: the owner's own RSVPs, wherever they made them; each event and space matched on its own hub.
        // An RSVP outlives the membership it was made in: each event shows only as far as the owner's standing now allows.
        var standing = await PersonalView.ReadAsync(db, owner.Id, ct);
        var tenant = new[] { HubsDbContext.TenantFilter };
        var rows = await db.Rsvps.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(r => r.UserId == owner.Id && r.Status != RsvpStatus.Cancelled)
            .Join(db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).Where(standing.Events), r => new { r.HubId, Id = r.EventId }, e => new { e.HubId, e.Id },
                (r, e) => new { r.Status, Event = e })
            .Where(x => x.Event.End > from)
            .OrderBy(x => x.Event.Start).ThenBy(x => x.Event.Id)
            .Take(500)
            .Select(x => new
            {
                x.Status, x.Event,
                Space = db.Spaces.IgnoreQueryFilters(tenant).Where(s => s.HubId == x.Event.HubId && s.Id == x.Event.SpaceId).Select(s => s.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var language = culture.TwoLetterISOLanguageName;
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // The localizer reads the current UI culture: the feed speaks its owner's language, not the fetching app's.
            CultureInfo.CurrentUICulture = culture;
            var events = rows.Select(x =>
            {
                var (title, description, _) = x.Event.In(language);
                var summary = x.Status == RsvpStatus.Waitlisted ? localizer["Events.Feed.Waitlisted", title].Value : title;
                return new CalendarEvent($"event-{x.Event.Id}@integrationhubs", x.Event.Start, x.Event.End, summary, x.Event.ChangedAt ?? x.Event.CreatedAt,
                    description, x.Space ?? x.Event.Address, new Uri(baseUri, $"/events/{x.Event.Id}"), Cancelled: x.Event.Status == EventStatus.Cancelled,
                    Sequence: x.Event.Revision);
            }).ToList();
            return ICalendarWriter.Write(localizer["Events.Feed.Name"].Value, events, now);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
