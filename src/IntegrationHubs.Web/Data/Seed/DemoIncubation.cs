using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Demo incubation: each demo hub's curriculum (eight modules, German and English), initiatives in every status across
/// the hubs, past cohorts whose initiatives launched and one running cohort in Leipzig-Ost with mentors (among them
/// mentor@example.org) and partly completed milestones. Every step goes through the domain rules, as in the app.
/// Idempotent: a hub with a curriculum keeps it, and an initiative whose title exists in its hub is not added again.
/// </summary>
public sealed class DemoIncubation(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    /// <summary>The default curriculum, our own wording after the Manual's incubation part.</summary>
    internal static readonly ModuleText[] Curriculum =
    [
        new("Idee schärfen", "Wen spricht die Initiative an, welches Bedürfnis greift sie auf, was macht sie besonders?",
            "Ein Steckbrief auf einer Seite: Ziel, Zielgruppe und erste Schritte.",
            "Sharpen the idea", "Who is the initiative for, which need does it meet, what makes it special?",
            "A one-page profile: aim, audience and first steps."),
        new("Team und Rollen", "Wer macht mit, wer übernimmt was, und wie trifft das Team Entscheidungen?",
            "Rollen und Absprachen sind aufgeschrieben und von allen bestätigt.",
            "Team and roles", "Who takes part, who does what, and how does the team decide?",
            "Roles and agreements are written down and confirmed by everyone."),
        new("Nachbarschaft verstehen", "Mit mindestens zehn Menschen aus dem Stadtteil sprechen und den Bedarf prüfen.",
            "Eine Zusammenfassung der Gespräche mit den drei wichtigsten Erkenntnissen.",
            "Understand the neighbourhood", "Talk to at least ten people from the neighbourhood and check the need.",
            "A summary of the conversations with the three most important findings."),
        new("Angebot testen", "Einen ersten, kleinen Testlauf im Hub durchführen und Rückmeldungen einholen.",
            "Ein Testtermin hat stattgefunden; die Rückmeldungen sind gesammelt.",
            "Test the offer", "Run a first, small trial in the hub and ask for feedback.",
            "A trial has taken place; the feedback is collected."),
        new("Geld und Ressourcen", "Kosten, Einnahmen, Fördermittel und Sachspenden planen.",
            "Ein einfacher Finanzplan für die ersten sechs Monate.",
            "Money and resources", "Plan costs, income, grants and donations in kind.",
            "A simple financial plan for the first six months."),
        new("Recht und Organisation", "Rechtsform, Versicherung sowie Hygiene- oder Gewerbevorschriften klären.",
            "Eine Checkliste der Pflichten ist erledigt oder mit Terminen versehen.",
            "Legal and organisation", "Clarify legal form, insurance and hygiene or trade rules.",
            "A checklist of obligations is done or scheduled."),
        new("Sichtbar werden", "Name, Bilder und Texte in den Sprachen der Nachbarschaft; passende Kanäle wählen.",
            "Ein Flyer oder eine Seite in mindestens zwei Sprachen ist fertig.",
            "Get visible", "Name, pictures and texts in the neighbourhood's languages; choose the right channels.",
            "A flyer or page in at least two languages is ready."),
        new("Start vorbereiten", "Eröffnung planen, Partner einladen, die ersten drei Monate festlegen.",
            "Der Starttermin steht und ist im Hub angekündigt.",
            "Prepare the launch", "Plan the opening, invite partners, set the first three months.",
            "The launch date is set and announced in the hub."),
    ];

    /// <summary>Where an initiative's story ends in the demo, and how far it got in its cohort.</summary>
    internal sealed record DemoInitiative(string Hub, string Title, string Summary, InitiativeCategory Category, string[] Languages,
        InitiativeNeeds Needs, string Creator, InitiativeStatus Status, int DaysAgo, string? Cohort = null, string? Mentor = null,
        int SignedOff = 0, bool ForReview = false, bool InProgress = false, string? Comment = null);

    internal sealed record DemoCohort(string Hub, string Name, int StartDaysAgo, int EndDaysAgo, int Capacity);

    internal static readonly DemoCohort[] Cohorts =
    [
        new("leipzig-ost", "Frühjahr 2026", 270, 90, 4),
        new("leipzig-ost", "Herbst 2026", 75, -60, 5),
        new("leipzig-gruenau", "Pilotkohorte 2026", 240, 60, 3),
        new("kassel-nord", "Gründungskohorte 2026", 300, 120, 4),
    ];

    private const string Ost = "leipzig-ost";
    private const string Gruenau = "leipzig-gruenau";
    private const string Kassel = "kassel-nord";

    internal static readonly DemoInitiative[] Initiatives =
    [
        new(Ost, "Supper Club Eisenbahnstraße", "Einmal im Monat kochen Nachbarinnen und Nachbarn Gerichte aus ihrer Heimat – für alle, gegen Spende.",
            InitiativeCategory.CommunityEvent, ["de", "fa", "ar"], InitiativeNeeds.Space | InitiativeNeeds.Materials, "samira.haidari@example.org",
            InitiativeStatus.Launched, 300, "Frühjahr 2026", DemoData.Mentor.Email, SignedOff: 8),
        new(Ost, "Repair Café Ost", "Jeden zweiten Samstag reparieren wir gemeinsam Fahrräder, Toaster und Lieblingsstücke – und lernen voneinander.",
            InitiativeCategory.Social, ["de", "tr", "en"], InitiativeNeeds.Space | InitiativeNeeds.Materials, DemoData.Peter.Email,
            InitiativeStatus.Launched, 295, "Frühjahr 2026", "yusuf.demir@example.org", SignedOff: 8),
        new(Ost, "Sprachcafé Arabisch–Deutsch", "Ein offener Abend pro Woche: Deutsch üben, Arabisch lernen, Tee trinken. Ohne Anmeldung, für jedes Niveau.",
            InitiativeCategory.Social, ["ar", "de"], InitiativeNeeds.Space | InitiativeNeeds.LanguageSupport, DemoData.Amal.Email,
            InitiativeStatus.Incubating, 110, "Herbst 2026", DemoData.Mentor.Email, SignedOff: 3, ForReview: true, InProgress: true),
        new(Ost, "Kiezküche Catering", "Ein kleines Catering aus der Hub-Küche für Vereine und Feste im Stadtteil, mit Gerichten aus Somalia und Sachsen.",
            InitiativeCategory.BusinessIdea, ["de", "so", "ar"], InitiativeNeeds.Space | InitiativeNeeds.Funding | InitiativeNeeds.Mentoring, "fatima.osman@example.org",
            InitiativeStatus.Incubating, 100, "Herbst 2026", "karin.lehmann@example.org", SignedOff: 2, InProgress: true),
        new(Ost, "Tanzabende für alle", "Salsa, Dabke und Walzer: Tanzabende, bei denen alle mitmachen können, ganz gleich, woher sie kommen.",
            InitiativeCategory.Culture, ["es", "de", "en"], InitiativeNeeds.Space, "ines.moreno@example.org",
            InitiativeStatus.Incubating, 95, "Herbst 2026", DemoData.Mentor.Email, SignedOff: 1, ForReview: true),
        new(Ost, "Gemeinschaftsgarten am Rabet", "Hochbeete am Rabet: gemeinsam gärtnern, ernten und kochen, mit einer Saatgutbörse im Frühjahr.",
            InitiativeCategory.Social, ["de", "am", "en"], InitiativeNeeds.Materials | InitiativeNeeds.Funding, "tesfaye.bekele@example.org",
            InitiativeStatus.Accepted, 40),
        new(Ost, "Holzwerkstatt für Jugendliche", "Offene Werkstatt am Nachmittag: Jugendliche bauen Möbel für den Hub und lernen das Schreinern.",
            InitiativeCategory.Social, ["de", "ar"], InitiativeNeeds.Space | InitiativeNeeds.Materials | InitiativeNeeds.Mentoring, "mohammed.alali@example.org",
            InitiativeStatus.InReview, 20),
        new(Ost, "Nachbarschaftsgesichter", "Eine Fotoausstellung mit Porträts und kurzen Geschichten der Menschen an der Eisenbahnstraße.",
            InitiativeCategory.Culture, ["de", "en"], InitiativeNeeds.Space | InitiativeNeeds.Funding, "hanna.becker@example.org",
            InitiativeStatus.Submitted, 8),
        new(Ost, "Frauencafé am Mittwoch", "Ein geschützter Treffpunkt für Frauen mit Kinderbetreuung, Beratung und Gesprächen auf Dari, Paschtu und Deutsch.",
            InitiativeCategory.Social, ["fa", "ps", "de"], InitiativeNeeds.Space | InitiativeNeeds.LanguageSupport, "lina.rahimi@example.org",
            InitiativeStatus.NeedsChanges, 30, Comment: "Schöne Idee! Bitte beschreibt noch, wer die Kinderbetreuung übernimmt."),
        new(Ost, "Flohmarkt im Hof", "Ein Hofflohmarkt jeden ersten Sonntag im Monat.",
            InitiativeCategory.CommunityEvent, ["de", "ar"], InitiativeNeeds.Space, DemoData.Amal.Email, InitiativeStatus.Draft, 3),

        new(Gruenau, "Nähwerkstatt Grünau", "Nähen, flicken, umgestalten: eine Werkstatt mit Nähmaschinen und Kursen auf Ukrainisch und Deutsch.",
            InitiativeCategory.Social, ["uk", "de", "ru"], InitiativeNeeds.Space | InitiativeNeeds.Materials, "iryna.shevchenko@example.org",
            InitiativeStatus.Launched, 260, "Pilotkohorte 2026", "sabine.richter@example.org", SignedOff: 8),
        new(Gruenau, "Reparaturtreff Grünau", "Elektrogeräte und Fahrräder reparieren – mit Werkzeug aus dem Hub und viel Geduld.",
            InitiativeCategory.Social, ["uk", "de"], InitiativeNeeds.Space | InitiativeNeeds.Materials, "dmytro.bondarenko@example.org",
            InitiativeStatus.Paused, 250, "Pilotkohorte 2026", "sabine.richter@example.org", SignedOff: 4, InProgress: true,
            Comment: "Pause bis zum Frühjahr: Das Team sucht eine zweite Person für die Elektrik."),
        new(Gruenau, "Friseursalon-Gründung", "Ein eigener kleiner Friseursalon in Grünau.",
            InitiativeCategory.BusinessIdea, ["uk", "de"], InitiativeNeeds.Funding | InitiativeNeeds.Mentoring, "oksana.melnyk@example.org",
            InitiativeStatus.Declined, 60, Comment: "Ein Geschäft mit einer Person passt nicht in die Inkubation. Die Gründungsberatung der Stadt hilft gern weiter."),
        new(Gruenau, "Ukrainischer Kinderchor", "Ein Kinderchor mit ukrainischen und deutschen Liedern, einmal pro Woche im Veranstaltungsraum.",
            InitiativeCategory.Culture, ["uk", "de"], InitiativeNeeds.Space, DemoData.Olena.Email, InitiativeStatus.Submitted, 5),

        new(Kassel, "Co-Working für Gründerinnen", "Feste Plätze im Co-Working, Kinderbetreuung am Vormittag und ein monatlicher Austausch für Gründerinnen.",
            InitiativeCategory.BusinessIdea, ["en", "fa", "de"], InitiativeNeeds.Space | InitiativeNeeds.Mentoring, "ahmad.karimi@example.org",
            InitiativeStatus.Launched, 330, "Gründungskohorte 2026", "emre.yilmaz@example.org", SignedOff: 8),
        new(Kassel, "Konzertreihe Nordstadt", "Konzerte im Veranstaltungssaal mit Musikerinnen und Musikern aus dem Stadtteil.",
            InitiativeCategory.Culture, ["en", "fr", "de"], InitiativeNeeds.Space | InitiativeNeeds.Funding, "kwame.mensah@example.org",
            InitiativeStatus.Ended, 320, "Gründungskohorte 2026", "emre.yilmaz@example.org", SignedOff: 5,
            Comment: "Beendet: Die Reihe zieht ins Kulturzentrum um – herzlichen Glückwunsch!"),
        new(Kassel, "Georgische Kochabende", "Chatschapuri und Chinkali: Kochabende mit georgischer Küche und Geschichten.",
            InitiativeCategory.CommunityEvent, ["ka", "en", "de"], InitiativeNeeds.Space | InitiativeNeeds.Materials, "giorgi.beridze@example.org",
            InitiativeStatus.Accepted, 25),
        new(Kassel, "Kosmetikstudio-Idee", "Ein Kosmetikstudio mit Ausbildungsplatz für eine junge Frau aus dem Stadtteil.",
            InitiativeCategory.BusinessIdea, ["ar", "de"], InitiativeNeeds.Funding | InitiativeNeeds.Mentoring, "rania.saleh@example.org",
            InitiativeStatus.InReview, 15),
        new(Kassel, "Theater der Nachbarn", "Ein Theaterstück über Ankommen und Bleiben.",
            InitiativeCategory.Culture, ["de", "en"], InitiativeNeeds.Space, "julia.schneider@example.org", InitiativeStatus.Draft, 2),
    ];

    private static readonly Dictionary<string, string> Coordinators = new()
    {
        [Ost] = DemoData.CoordinatorOst.Email, [Gruenau] = DemoData.CoordinatorOst.Email, [Kassel] = DemoData.CoordinatorKassel.Email,
    };

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var slug in new[] { Ost, Gruenau, Kassel })
        {
            await HubAsync(slug, ct);
        }
    }

    private async Task HubAsync(string slug, CancellationToken ct)
    {
        ResolvedHub? hub;
        Dictionary<string, Guid> people;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            hub = await db.Hubs.Where(h => h.Slug == slug)
                .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
                .SingleOrDefaultAsync(ct);
            var emails = Initiatives.Where(i => i.Hub == slug).SelectMany(i => new[] { i.Creator, i.Mentor }).Append(Coordinators[slug]).OfType<string>().Distinct().ToList();
            people = await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        }

        if (hub is null)
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(hub);
        await using var hubDb = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        if (!await hubDb.CurriculumModules.AnyAsync(ct))
        {
            hubDb.CurriculumModules.AddRange(Curriculum.Select((text, i) => new CurriculumModule { Position = i, Text = text }));
            await hubDb.SaveChangesAsync(ct);
        }

        var curriculum = await hubDb.CurriculumModules.AsNoTracking().OrderBy(m => m.Position).ToListAsync(ct);
        var cohorts = await hubDb.Cohorts.Include(c => c.Modules).ToDictionaryAsync(c => c.Name, ct);
        foreach (var demo in Cohorts.Where(c => c.Hub == slug && !cohorts.ContainsKey(c.Name)))
        {
            var cohort = Cohort.Create(demo.Name, DateOnly.FromDateTime(now.AddDays(-demo.StartDaysAgo).UtcDateTime),
                DateOnly.FromDateTime(now.AddDays(-demo.EndDaysAgo).UtcDateTime), demo.Capacity, curriculum, now.AddDays(-demo.StartDaysAgo - 14));
            hubDb.Cohorts.Add(cohort);
            cohorts[demo.Name] = cohort;
        }

        var existing = await hubDb.Initiatives.Select(i => i.Title).ToListAsync(ct);
        var coordinator = new InitiativeActor(people[Coordinators[slug]], IsTeam: false, IsCoordinator: true);
        foreach (var demo in Initiatives.Where(i => i.Hub == slug && !existing.Contains(i.Title)))
        {
            if (!people.TryGetValue(demo.Creator, out var creator))
            {
                continue;
            }

            Story(hubDb, demo, creator, coordinator, demo.Cohort is { } name ? cohorts[name] : null,
                demo.Mentor is { } mentor ? people.GetValueOrDefault(mentor) : null, now);
        }

        await hubDb.SaveChangesAsync(ct);
    }

    /// <summary>Walks one demo initiative through the rules to its status, a few days between steps.</summary>
    private static void Story(HubsDbContext db, DemoInitiative demo, Guid creator, InitiativeActor coordinator, Cohort? cohort, Guid? mentor, DateTimeOffset now)
    {
        var at = now.AddDays(-demo.DaysAgo);
        DateTimeOffset Next(int days = 3) => at = at.AddDays(days) < now ? at.AddDays(days) : now.AddMinutes(-1);
        var team = new InitiativeActor(creator, IsTeam: true, IsCoordinator: false);
        var initiative = Initiative.StartDraft(creator, at);
        initiative.Edit(creator, demo.Title, demo.Summary, demo.Category, demo.Languages, demo.Needs);
        db.Initiatives.Add(initiative);
        if (demo.Status == InitiativeStatus.Draft)
        {
            return;
        }

        initiative.MoveTo(InitiativeStatus.Submitted, team, null, Next(1));
        if (demo.Status == InitiativeStatus.Submitted)
        {
            return;
        }

        initiative.MoveTo(InitiativeStatus.InReview, coordinator, null, Next(2));
        switch (demo.Status)
        {
            case InitiativeStatus.InReview:
                return;
            case InitiativeStatus.NeedsChanges or InitiativeStatus.Declined:
                initiative.MoveTo(demo.Status, coordinator, demo.Comment, Next());
                return;
        }

        initiative.MoveTo(InitiativeStatus.Accepted, coordinator, "Willkommen in der Inkubation!", Next());
        if (cohort is null)
        {
            return;
        }

        var (enrolment, _, milestones) = cohort.Enrol(initiative, coordinator, Next(7));
        enrolment.MentorUserId = mentor;
        db.Enrolments.Add(enrolment);
        db.Milestones.AddRange(milestones);
        var mentorActor = new MilestoneActor(mentor ?? coordinator.UserId, false, mentor is not null, mentor is null);
        var teamActor = new MilestoneActor(creator, true, false, false);
        var index = 0;
        foreach (var milestone in milestones)
        {
            if (index < demo.SignedOff)
            {
                milestone.MoveTo(MilestoneStatus.InProgress, teamActor, InitiativeStatus.Incubating, null, Next(5));
                milestone.MoveTo(MilestoneStatus.ForReview, teamActor, InitiativeStatus.Incubating, "Erledigt – Unterlagen liegen im Hub.", Next(6));
                milestone.MoveTo(MilestoneStatus.SignedOff, mentorActor, InitiativeStatus.Incubating, "Gut gemacht, weiter so!", Next(2));
            }
            else if (index == demo.SignedOff && demo.ForReview)
            {
                milestone.MoveTo(MilestoneStatus.InProgress, teamActor, InitiativeStatus.Incubating, null, Next(2));
                milestone.MoveTo(MilestoneStatus.ForReview, teamActor, InitiativeStatus.Incubating, "Entwurf ist fertig, bitte einmal drüberschauen.", Next(3));
            }
            else if (index == demo.SignedOff + (demo.ForReview ? 1 : 0) && demo.InProgress)
            {
                milestone.MoveTo(MilestoneStatus.InProgress, teamActor, InitiativeStatus.Incubating, "Wir haben angefangen.", Next(2));
            }

            index++;
        }

        if (demo.Status is InitiativeStatus.Launched or InitiativeStatus.Paused or InitiativeStatus.Ended)
        {
            initiative.MoveTo(demo.Status, coordinator, demo.Comment ?? (demo.Status == InitiativeStatus.Launched ? "Herzlichen Glückwunsch zum Start!" : null), Next(4));
        }
    }
}
