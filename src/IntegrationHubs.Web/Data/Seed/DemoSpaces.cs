using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// The spatial programme of each demo hub (5–7 spaces with hours, policies and a closure) and a realistic week of
/// bookings around "now" at seed time: mostly confirmed, a few waiting for the coordinator. Idempotent per hub: a hub
/// that has spaces is left alone.
/// </summary>
public sealed class DemoSpaces(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    private sealed record DemoSpace(string Name, SpaceType Type, int Capacity, SpaceFeatures Features, string Description, BookingPolicy Policy,
        (DayOfWeek[] Days, int Opens, int Closes)[] Hours);

    /// <summary>One booking of the demo week: days from today, local start hour, hours, purpose, who (account email or null for the hub), pending?</summary>
    private sealed record DemoBooking(string Space, int Day, double Start, double Hours, string Purpose, string? By, bool Pending = false);

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] WeekdaysAndSaturday = [.. Weekdays, DayOfWeek.Saturday];
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static BookingPolicy Open(double maxHours = 4, int leadHours = 2) =>
        new() { RequiresApproval = false, MaxDuration = TimeSpan.FromHours(maxHours), MinLeadTime = TimeSpan.FromHours(leadHours), HorizonDays = 60, ShowPurposeInFeed = true };

    private static BookingPolicy Approved(double maxHours = 4, int leadHours = 24, WhoMayBook who = WhoMayBook.Members) =>
        new() { RequiresApproval = true, MaxDuration = TimeSpan.FromHours(maxHours), MinLeadTime = TimeSpan.FromHours(leadHours), HorizonDays = 90, WhoMayBook = who };

    private static readonly Dictionary<string, DemoSpace[]> Programmes = new()
    {
        ["leipzig-ost"] =
        [
            new("Stadtteilcafé", SpaceType.Cafe, 40, SpaceFeatures.StepFreeAccess | SpaceFeatures.Kitchen | SpaceFeatures.Wifi | SpaceFeatures.AccessibleToilet,
                "Das Herz des Hubs an der Eisenbahnstraße: Tische, Sofas, ein Klavier.", Open(3), [(WeekdaysAndSaturday, 10, 20), (Weekend[1..], 12, 18)]),
            new("Werkstatt", SpaceType.Workshop, 12, SpaceFeatures.StepFreeAccess | SpaceFeatures.Sound,
                "Werkbänke, Nähmaschinen, Lötstationen – für das Repair Café und eigene Projekte.", Approved(4), [(WeekdaysAndSaturday, 9, 21)]),
            new("Gemeinschaftsküche", SpaceType.Kitchen, 16, SpaceFeatures.StepFreeAccess | SpaceFeatures.Kitchen,
                "Profiküche mit sechs Kochstellen; Hygieneschulung vor der ersten Nutzung.", Approved(5, 48, WhoMayBook.InitiativeTeams), [(WeekdaysAndSaturday, 8, 22)]),
            new("Saal", SpaceType.EventHall, 80, SpaceFeatures.StepFreeAccess | SpaceFeatures.Projector | SpaceFeatures.Sound | SpaceFeatures.AccessibleToilet,
                "Großer Saal für Feste, Theater und Versammlungen.", Approved(6, 72), [(WeekdaysAndSaturday, 10, 22), (Weekend[1..], 10, 18)]),
            new("Beratungsraum", SpaceType.AdviceRoom, 4, SpaceFeatures.StepFreeAccess | SpaceFeatures.Wifi,
                "Ruhiger Raum für vertrauliche Gespräche.", Approved(2, 4, WhoMayBook.CoordinatorsOnly), [(Weekdays, 9, 18)]),
            new("Kinderecke", SpaceType.ChildrensCorner, 10, SpaceFeatures.ChildFriendly | SpaceFeatures.StepFreeAccess,
                "Spielecke mit Blick ins Café – Kinderbetreuung während der Kurse.", Open(3), [(WeekdaysAndSaturday, 10, 18)]),
        ],
        ["leipzig-gruenau"] =
        [
            new("Sprachcafé", SpaceType.Cafe, 25, SpaceFeatures.StepFreeAccess | SpaceFeatures.Kitchen | SpaceFeatures.Wifi,
                "Der Prototyp-Raum für Sprachtandems und Gespräche.", Open(3), [(WeekdaysAndSaturday, 10, 19)]),
            new("Reparaturwerkstatt", SpaceType.Workshop, 10, SpaceFeatures.Sound,
                "Werkzeug für Fahrräder, Elektrogeräte und Kleidung.", Approved(4), [(Weekdays, 14, 20), (Weekend[..1], 10, 16)]),
            new("Gruppenraum", SpaceType.CoWorking, 14, SpaceFeatures.Projector | SpaceFeatures.Wifi | SpaceFeatures.StepFreeAccess,
                "Tische und Beamer für Kurse und Treffen.", Approved(3, 24), [(Weekdays, 9, 21)]),
            new("Beratungsecke", SpaceType.AdviceRoom, 3, SpaceFeatures.Wifi,
                "Abgetrennte Ecke für Beratung auf Ukrainisch, Russisch und Deutsch.", Approved(2, 4, WhoMayBook.CoordinatorsOnly), [(Weekdays, 10, 16)]),
            new("Spielzimmer", SpaceType.ChildrensCorner, 8, SpaceFeatures.ChildFriendly,
                "Für Kinder, während die Eltern lernen.", Open(3), [(Weekdays, 10, 18)]),
        ],
        ["kassel-nord"] =
        [
            new("Co-Working", SpaceType.CoWorking, 20, SpaceFeatures.StepFreeAccess | SpaceFeatures.Wifi | SpaceFeatures.Projector,
                "Schreibtische, Drucker und schnelles Netz für Gründerinnen und Gründer.", Open(8, 1), [(Weekdays, 8, 20)]),
            new("Veranstaltungssaal", SpaceType.EventHall, 120, SpaceFeatures.StepFreeAccess | SpaceFeatures.Projector | SpaceFeatures.Sound | SpaceFeatures.AccessibleToilet,
                "Bühne, Tonanlage, 120 Stühle.", Approved(6, 72), [(WeekdaysAndSaturday, 10, 23)]),
            new("Beratungsraum 1", SpaceType.AdviceRoom, 4, SpaceFeatures.StepFreeAccess,
                "Gründungs- und Steuerberatung.", Approved(2, 4, WhoMayBook.CoordinatorsOnly), [(Weekdays, 9, 17)]),
            new("Beratungsraum 2", SpaceType.AdviceRoom, 4, SpaceFeatures.StepFreeAccess,
                "Rechts- und Sozialberatung.", Approved(2, 4), [(Weekdays, 9, 17)]),
            new("Lehrküche", SpaceType.Kitchen, 12, SpaceFeatures.Kitchen | SpaceFeatures.StepFreeAccess,
                "Für Catering-Ideen: Probekochen, Schulungen, Supper Clubs.", Approved(5, 48, WhoMayBook.InitiativeTeams), [(WeekdaysAndSaturday, 9, 22)]),
            new("Kinderraum", SpaceType.ChildrensCorner, 10, SpaceFeatures.ChildFriendly | SpaceFeatures.StepFreeAccess,
                "Betreuung während Beratung und Kursen.", Open(4), [(Weekdays, 9, 17)]),
            new("Lager", SpaceType.Other, 2, SpaceFeatures.None, "Regale für Material der Initiativen.", Approved(2, 24, WhoMayBook.CoordinatorsOnly), [(Weekdays, 9, 17)]),
        ],
    };

    private static readonly Dictionary<string, DemoBooking[]> Weeks = new()
    {
        ["leipzig-ost"] =
        [
            new("Stadtteilcafé", -2, 15, 2, "Sprachcafé Deutsch–Arabisch", DemoData.Amal.Email),
            new("Stadtteilcafé", 0, 16, 2, "Hausaufgabenhilfe", null),
            new("Stadtteilcafé", 1, 10, 2, "Frühstück der Nachbarschaft", DemoData.Peter.Email),
            new("Stadtteilcafé", 3, 15, 2, "Sprachcafé Deutsch–Arabisch", DemoData.Amal.Email),
            new("Werkstatt", -1, 14, 3, "Repair Café", DemoData.Peter.Email),
            new("Werkstatt", 2, 17, 3, "Nähwerkstatt", DemoData.Amal.Email),
            new("Werkstatt", 4, 10, 2, "Fahrradreparatur mit Kindern", DemoData.Peter.Email, Pending: true),
            new("Gemeinschaftsküche", 1, 17, 4, "Supper Club: syrische Küche", null),
            new("Gemeinschaftsküche", 5, 11, 3, "Probekochen Catering", DemoData.Mentor.Email, Pending: true),
            new("Saal", 4, 18, 4, "Nachbarschaftsfest", null),
            new("Saal", 6, 14, 3, "Theatergruppe Probe", DemoData.Amal.Email, Pending: true),
            new("Beratungsraum", 0, 10, 2, "Sozialberatung (offen)", null),
            new("Beratungsraum", 2, 10, 2, "Bewerbungstraining", DemoData.CoordinatorOst.Email),
            new("Kinderecke", 1, 15, 2, "Kinderbetreuung Sprachkurs", null),
        ],
        ["leipzig-gruenau"] =
        [
            new("Sprachcafé", 0, 16, 2, "Sprachtandem Ukrainisch–Deutsch", DemoData.Olena.Email),
            new("Sprachcafé", 2, 16, 2, "Sprachtandem Ukrainisch–Deutsch", DemoData.Olena.Email),
            new("Reparaturwerkstatt", 1, 15, 3, "Repair Café Grünau", null),
            new("Gruppenraum", 3, 10, 2, "Deutschkurs A2", null),
            new("Gruppenraum", 4, 17, 2, "Elternabend", DemoData.Olena.Email, Pending: true),
            new("Spielzimmer", 3, 10, 2, "Kinderbetreuung Deutschkurs", null),
        ],
        ["kassel-nord"] =
        [
            new("Co-Working", -1, 9, 8, "Gründungswerkstatt", null),
            new("Co-Working", 1, 9, 6, "Webseite für das Catering", DemoData.Peter.Email),
            new("Veranstaltungssaal", 5, 18, 4, "Konzert: Musik aus Westafrika", null),
            new("Veranstaltungssaal", 3, 18, 3, "Pitch-Abend", DemoData.Peter.Email, Pending: true),
            new("Beratungsraum 1", 2, 10, 2, "Steuerberatung für Gründungen", null),
            new("Lehrküche", 4, 12, 4, "Supper Club Kassel", null),
        ],
    };

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var (slug, programme) in Programmes)
        {
            await SeedHubAsync(slug, programme, Weeks.GetValueOrDefault(slug) ?? [], ct);
        }
    }

    private async Task SeedHubAsync(string slug, DemoSpace[] programme, DemoBooking[] week, CancellationToken ct)
    {
        ResolvedHub? hub;
        Dictionary<string, Guid> people;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            hub = await db.Hubs.Where(h => h.Slug == slug)
                .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
                .SingleOrDefaultAsync(ct);
            people = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id, StringComparer.OrdinalIgnoreCase, ct);
        }

        if (hub is null)
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(hub);
        await using var hubDb = await dbFactory.CreateDbContextAsync(ct);
        if (await hubDb.Spaces.AnyAsync(ct))
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        var today = HubTime.LocalDate(now, zone);
        var spaces = new Dictionary<string, Space>();
        foreach (var demo in programme)
        {
            var space = Space.Create(demo.Name, demo.Type, demo.Capacity);
            space.Describe(demo.Name, demo.Type, demo.Capacity, demo.Features, demo.Description);
            space.SetPolicy(demo.Policy);
            space.SetOpeningHours(demo.Hours.SelectMany(h => h.Days.Select(d => new OpeningPeriod(d, new TimeOnly(h.Opens, 0), h.Closes == 24 ? TimeOnly.MinValue : new TimeOnly(h.Closes, 0)))));
            space.SetClosures([new Closure(new DateOnly(today.Year, 12, 24), new DateOnly(today.Year, 12, 26), "Weihnachten"), new Closure(new DateOnly(today.Year + 1, 1, 1), new DateOnly(today.Year + 1, 1, 1), "Neujahr")]);
            hubDb.Spaces.Add(space);
            spaces[demo.Name] = space;
        }

        var coordinator = people.GetValueOrDefault(slug == "kassel-nord" ? DemoData.CoordinatorKassel.Email : DemoData.CoordinatorOst.Email);
        foreach (var demo in week)
        {
            var space = spaces[demo.Space];
            var date = today.AddDays(demo.Day);
            var start = HubTime.ToInstant(date, TimeOnly.FromTimeSpan(TimeSpan.FromHours(demo.Start)), zone);
            var booker = demo.By is null ? coordinator : people.GetValueOrDefault(demo.By);
            if (start is not { } from || booker == Guid.Empty)
            {
                continue;
            }

            var request = new BookingRequest(from, from.AddHours(demo.Hours));

            // The demo week is relative to today: a booking that would fall on a closed day this week is left out.
            var open = OpeningWindows.Between(space.OpeningHours, space.Closures, date, date, zone).Any(w => w.Start <= request.Start && request.End <= w.End);
            var pending = demo.Pending && request.Start > now;
            if (!open)
            {
                continue;
            }

            hubDb.Bookings.Add(Booking.Request(space.Id, request, booker, null, demo.By is null, demo.Purpose,
                pending ? BookingStatus.Pending : BookingStatus.Confirmed, now.AddDays(Math.Min(demo.Day, 0) - 3)));
        }

        await hubDb.SaveChangesAsync(ct);
    }
}
