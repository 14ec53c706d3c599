using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Upcoming demo events at outside addresses (so they never clash with the demo bookings): public and members-only,
/// translated into the hub's languages, one small one full with a waitlist. Seeds a hub only while it has no events.
/// </summary>
public sealed class DemoEvents(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    /// <summary>Days from today, local start hour, hours, capacity, how many of the hub's members RSVP.</summary>
    private sealed record DemoEvent(string Title, string Description, EventTranslation[] Translations, EventCategory Category, string[] Languages,
        EventVisibility Visibility, int Day, int Start, int Hours, int Capacity, int Rsvps, string Address, string Language = "de");

    private static readonly Dictionary<string, DemoEvent[]> Programmes = new()
    {
        ["leipzig-ost"] =
        [
            new("Nachbarschaftsfrühstück", "Brot, Tee und Gespräche auf dem Platz vor dem Hub. Alle sind willkommen, Kinder auch.",
                [new("ar", "فطور الجيران", "خبز وشاي وأحاديث في الساحة أمام المركز. الجميع مرحب بهم."), new("en", "Neighbourhood breakfast", "Bread, tea and talk on the square in front of the hub. Everyone welcome.")],
                EventCategory.Food, ["de", "ar"], EventVisibility.Public, 3, 10, 2, 40, 6, "Rabet-Park, Eisenbahnstraße, 04315 Leipzig"),
            new("Stadtteilspaziergang mit Geschichte", "Eine Stunde durch Neustadt-Neuschönefeld: Häuser, Läden und wer sie gebaut hat. Nur 4 Plätze!",
                [new("ar", "جولة في الحي مع التاريخ", "ساعة في الحي: البيوت والمحلات ومن بناها.")],
                EventCategory.Culture, ["de", "ar"], EventVisibility.Public, 5, 15, 1, 4, 7, "Treffpunkt: Eisenbahnstraße 66, 04315 Leipzig"),
            new("Mitgliederversammlung", "Wir planen das nächste Quartal: Programm, Räume, Initiativen.", [],
                EventCategory.Meetup, ["de"], EventVisibility.MembersOnly, 9, 18, 2, 30, 3, "Ostwache, Eisenbahnstraße 40, 04315 Leipzig"),
        ],
        ["leipzig-gruenau"] =
        [
            new("Sprachspaziergang am Kulkwitzer See", "Deutsch üben beim Gehen – in kleinen Gruppen, mit Tandempartnern.",
                [new("uk", "Мовна прогулянка біля озера", "Практикуємо німецьку під час прогулянки – у малих групах.")],
                EventCategory.Language, ["de", "uk", "ru"], EventVisibility.Public, 4, 14, 2, 15, 1, "Kulkwitzer See, Parkplatz Nord, 04209 Leipzig"),
        ],
        ["kassel-nord"] =
        [
            new("Community Cooking Night", "Cooking together from three continents; bring a recipe from home.",
                [new("de", "Gemeinsames Kochen", "Wir kochen gemeinsam Gerichte von drei Kontinenten.")],
                EventCategory.Food, ["en", "de", "ar"], EventVisibility.Public, 6, 18, 3, 20, 1, "Kulturzentrum Schlachthof, Mombachstraße 12, 34127 Kassel", "en"),
        ],
    };

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var (slug, programme) in Programmes)
        {
            await SeedHubAsync(slug, programme, ct);
        }
    }

    private async Task SeedHubAsync(string slug, DemoEvent[] programme, CancellationToken ct)
    {
        ResolvedHub? hub;
        List<string> languages;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var row = await db.Hubs.Where(h => h.Slug == slug).Select(h => new { Hub = new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone), h.Languages })
                .SingleOrDefaultAsync(ct);
            hub = row?.Hub;
            languages = row?.Languages ?? [];
        }

        if (hub is null)
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(hub);
        await using var hubDb = await dbFactory.CreateDbContextAsync(ct);
        if (await hubDb.Events.AnyAsync(ct))
        {
            return;
        }

        var people = await hubDb.HubMemberships.Where(m => m.State == MembershipState.Active).OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).ToListAsync(ct);
        var coordinator = people.FirstOrDefault(m => m.Roles.HasFlag(HubRoles.Coordinator));
        if (coordinator is null)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        var today = HubTime.LocalDate(now, zone);
        var organiser = new EventOrganiser(IsCoordinator: true, OnInitiativeTeam: false);
        foreach (var demo in programme)
        {
            var start = HubTime.ToInstantOrAfterGap(today.AddDays(demo.Day), new TimeOnly(demo.Start, 0), zone);
            var translations = demo.Translations.Where(t => languages.Contains(t.Language) && t.Language != demo.Language).ToArray();
            var created = Event.Create(
                new Event.Details(demo.Title, demo.Description, demo.Language, translations, demo.Category, demo.Languages, demo.Visibility, demo.Capacity,
                    start, start.AddHours(demo.Hours), null, demo.Address),
                languages, null, organiser, coordinator.UserId, now);
            hubDb.Events.Add(created);
            await hubDb.SaveChangesAsync(ct);

            // One by one, as people would: the database gives each its place in the arrival order.
            var confirmed = 0;
            var waiting = 0;
            foreach (var person in people.Where(p => p.UserId != coordinator.UserId).Take(demo.Rsvps))
            {
                var status = Waitlist.Place(created.Capacity, confirmed, waiting);
                hubDb.Rsvps.Add(Rsvp.Answer(created.Id, person.UserId, status, now));
                await hubDb.SaveChangesAsync(ct);
                confirmed += status == RsvpStatus.Confirmed ? 1 : 0;
                waiting += status == RsvpStatus.Waitlisted ? 1 : 0;
            }
        }
    }
}
