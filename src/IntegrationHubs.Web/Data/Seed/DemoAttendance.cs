using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Held and closed demo events of the last four months in every demo hub, with people ticked at the door and walk-ins counted:
/// some where newcomers and long-term residents met, some where they did not, some too small to count. Seeds a hub only while it
/// has no closed event. And in Leipzig-Ost, whenever no event's door is open or about to open, one starting within the hour,
/// with RSVPs and a waitlist, so the check-in page can be tried at once.
/// </summary>
public sealed class DemoAttendance(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    /// <summary>Days ago, local start hour, hours; how many to tick by background (as their profiles say); walk-ins; RSVPs who did not come.</summary>
    private sealed record HeldEvent(string Title, EventCategory Category, string[] Languages, int DaysAgo, int Start, int Hours, string Address,
        int Newcomers, int Residents, int NotSaid, Attendance WalkIns, int NoShows);

    private static readonly Dictionary<string, HeldEvent[]> Held = new()
    {
        ["leipzig-ost"] =
        [
            new("Nachbarschaftsfest im Rabet", EventCategory.Culture, ["de", "ar", "fa"], 112, 15, 4, "Rabet-Park, Eisenbahnstraße, 04315 Leipzig", 3, 3, 1, new(4, 5, 2), 1),
            new("Sprachcafé Deutsch–Arabisch", EventCategory.Language, ["de", "ar"], 84, 18, 2, "Ostwache, Eisenbahnstraße 40, 04315 Leipzig", 3, 2, 0, new(1, 1, 1), 1),
            new("Kochabend: Rezepte aus Syrien", EventCategory.Food, ["ar", "de"], 61, 18, 3, "Ostwache, Eisenbahnstraße 40, 04315 Leipzig", 4, 0, 1, new(3, 0, 0), 0),
            new("Repair Café", EventCategory.Workshop, ["de", "tr"], 40, 14, 3, "Eisenbahnstraße 66, 04315 Leipzig", 2, 2, 0, new(2, 3, 1), 1),
            new("Hausaufgabenhilfe", EventCategory.Family, ["de"], 19, 16, 2, "Eisenbahnstraße 66, 04315 Leipzig", 1, 1, 0, new(0, 0, 0), 1),
            new("Frauencafé", EventCategory.Meetup, ["de", "ar", "fa"], 8, 10, 2, "Ostwache, Eisenbahnstraße 40, 04315 Leipzig", 3, 0, 1, new(2, 1, 0), 0),
        ],
        ["leipzig-gruenau"] =
        [
            new("Sprachspaziergang am Kulkwitzer See", EventCategory.Language, ["de", "uk"], 98, 14, 2, "Kulkwitzer See, Parkplatz Nord, 04209 Leipzig", 3, 2, 0, new(1, 1, 1), 1),
            new("Reparaturtreff", EventCategory.Workshop, ["de", "ru"], 52, 15, 2, "Stuttgarter Allee 20, 04209 Leipzig", 1, 1, 0, new(0, 0, 1), 0),
            new("Ukrainischer Liederabend", EventCategory.Culture, ["uk", "de"], 16, 19, 2, "Stuttgarter Allee 20, 04209 Leipzig", 4, 0, 0, new(6, 1, 0), 0),
        ],
        ["kassel-nord"] =
        [
            new("Community Cooking Night", EventCategory.Food, ["en", "de", "ar"], 95, 18, 3, "Kulturzentrum Schlachthof, Mombachstraße 12, 34127 Kassel", 3, 2, 1, new(2, 2, 0), 1),
            new("Gründungsstammtisch", EventCategory.Meetup, ["de", "tr"], 45, 19, 2, "Holländische Straße 120, 34127 Kassel", 0, 3, 1, new(0, 3, 0), 0),
            new("Open Mic", EventCategory.Culture, ["en", "de"], 12, 20, 2, "Holländische Straße 120, 34127 Kassel", 2, 0, 1, new(0, 0, 0), 1),
        ],
    };

    private static readonly EventOrganiser Coordinator = new(IsCoordinator: true, OnInitiativeTeam: false);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var (slug, held) in Held)
        {
            await SeedHubAsync(slug, held, ct);
        }
    }

    private async Task SeedHubAsync(string slug, HeldEvent[] held, CancellationToken ct)
    {
        await using var lookup = await dbFactory.CreateDbContextAsync(ct);
        var hub = await lookup.Hubs.Where(h => h.Slug == slug).Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
            .SingleOrDefaultAsync(ct);
        if (hub is null)
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(hub);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var languages = await db.Hubs.Where(h => h.Id == hub.Id).Select(h => h.Languages).SingleAsync(ct);
        var people = await db.HubMemberships.Where(m => m.State == MembershipState.Active).OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId)
            .Select(m => new Person(m.UserId, m.Roles.HasFlag(HubRoles.Coordinator),
                db.MemberProfiles.Where(p => p.UserId == m.UserId).Select(p => p.Background).FirstOrDefault()))
            .ToListAsync(ct);
        var coordinator = people.FirstOrDefault(p => p.IsCoordinator);
        if (coordinator is null)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        if (!await db.Events.AnyAsync(e => e.Status == EventStatus.Closed, ct))
        {
            foreach (var demo in held)
            {
                await HoldAsync(db, demo, people, coordinator.UserId, languages, zone, now, ct);
            }
        }

        if (slug == "leipzig-ost" && !await db.Events.AnyAsync(e => e.Status == EventStatus.Published && e.End > now && e.Start <= now.AddHours(1), ct))
        {
            await AtTheDoorSoonAsync(db, people, coordinator.UserId, languages, zone, now, ct);
        }
    }

    private sealed record Person(Guid UserId, bool IsCoordinator, Background? Background);

    /// <summary>An event as it went: created two weeks before, RSVPs, people ticked, walk-ins counted, closed at its end.</summary>
    private static async Task HoldAsync(HubsDbContext db, HeldEvent demo, List<Person> people, Guid coordinatorId, List<string> languages,
        TimeZoneInfo zone, DateTimeOffset now, CancellationToken ct)
    {
        var start = HubTime.ToInstantOrAfterGap(HubTime.LocalDate(now, zone).AddDays(-demo.DaysAgo), new TimeOnly(demo.Start, 0), zone);
        var end = start.AddHours(demo.Hours);
        var guests = people.Where(p => !p.IsCoordinator).ToList();
        var came = guests.Where(p => p.Background == Background.Newcomer).Take(demo.Newcomers)
            .Concat(guests.Where(p => p.Background == Background.LongTermResident).Take(demo.Residents))
            .Concat(guests.Where(p => p.Background is null or Background.PreferNotToSay).Take(demo.NotSaid)).ToList();
        var stayedAway = guests.Except(came).Reverse().Take(demo.NoShows).ToList();
        var capacity = Math.Max(came.Count + stayedAway.Count + 5, 10);
        var ev = Event.Create(new Event.Details(demo.Title, "", "de", [], demo.Category, demo.Languages, EventVisibility.Public, capacity, start, end, null, demo.Address),
            languages, null, Coordinator, coordinatorId, start.AddDays(-14));
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);

        var checkedIn = new Attendance(0, 0, 0);
        foreach (var person in came.Concat(stayedAway))
        {
            var rsvp = Rsvp.Answer(ev.Id, person.UserId, RsvpStatus.Confirmed, start.AddDays(-10));
            if (came.Contains(person))
            {
                rsvp.CheckIn(ev, Coordinator, present: true, start.AddMinutes(5));
                checkedIn = checkedIn.With(person.Background);
            }

            db.Rsvps.Add(rsvp);
            await db.SaveChangesAsync(ct);
        }

        ev.CountWalkIns(Coordinator, demo.WalkIns.Newcomers, demo.WalkIns.Residents, demo.WalkIns.Unknown, start.AddMinutes(30));
        ev.Close(Coordinator, checkedIn, new RsvpTally(came.Count + stayedAway.Count, came.Count), end);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Starts within the hour: six seats, eight RSVPs (two wait), the door already open.</summary>
    private static async Task AtTheDoorSoonAsync(HubsDbContext db, List<Person> people, Guid coordinatorId, List<string> languages,
        TimeZoneInfo zone, DateTimeOffset now, CancellationToken ct)
    {
        // The next quarter hour at least 20 minutes away, so it is still upcoming when the app has started.
        var local = HubTime.ToLocal(now.AddMinutes(20), zone);
        var start = HubTime.ToInstantOrAfterGap(DateOnly.FromDateTime(local),
            new TimeOnly(local.Hour, 0).AddMinutes((local.Minute / 15 + 1) * 15, out var wrapped), zone);
        if (wrapped > 0)
        {
            start = start.AddDays(wrapped);
        }

        var translations = new EventTranslation[]
        {
            new("ar", "مقهى اللغة – الليلة", "نتحدث الألمانية والعربية معًا. تعال كما أنت."),
            new("en", "Language café – tonight", "We speak German and Arabic together. Come as you are."),
        }.Where(t => languages.Contains(t.Language)).ToArray();
        var ev = Event.Create(new Event.Details("Sprachcafé – heute", "Wir sprechen Deutsch und Arabisch miteinander. Kommen Sie, wie Sie sind.", "de",
                translations, EventCategory.Language, ["de", "ar"], EventVisibility.Public, 6, start, start.AddHours(2), null,
                "Ostwache, Eisenbahnstraße 40, 04315 Leipzig"),
            languages, null, Coordinator, coordinatorId, now);

        // Reminders are for events a day ahead; this one is here for the door.
        ev.ReminderSentAt = now;
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        var confirmed = 0;
        var waiting = 0;
        foreach (var person in people.Where(p => !p.IsCoordinator).Take(8))
        {
            var status = Waitlist.Place(ev.Capacity, confirmed, waiting);
            db.Rsvps.Add(Rsvp.Answer(ev.Id, person.UserId, status, now));
            await db.SaveChangesAsync(ct);
            confirmed += status == RsvpStatus.Confirmed ? 1 : 0;
            waiting += status == RsvpStatus.Waitlisted ? 1 : 0;
        }
    }
}
