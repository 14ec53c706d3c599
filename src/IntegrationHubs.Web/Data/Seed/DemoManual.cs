using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Version 1 of each part of the Manual — spatial programme, incubation curriculum, community-building strategy — in
/// German and English, our own wording. Network-wide, so no hub is entered. Idempotent: a kind that has any version is
/// left alone (an admin's later versions are never touched). The prototype hub in Grünau gets the setup checklist a
/// wizard would have given it, a third of it ticked, so coordinators have something to look at.
/// </summary>
public sealed class DemoManual(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    private static ManualText T(string de, string en) => new(de, en);

    internal static TemplateContent SpatialProgramme => TemplateContent.Spatial(
        T("""
          ## Das Raumprogramm

          Ein Hub braucht **nicht alle** Räume sofort. Beginnen Sie mit dem Café: Es ist die Tür zur Nachbarschaft.
          Werkstatt, Küche und Saal folgen, wenn Initiativen sie brauchen.

          - Stufenloser Zugang und eine barrierefreie Toilette gehören in jeden Hub.
          - Räume, die Initiativen allein nutzen, brauchen klare Buchungsregeln.
          """,
          """
          ## The spatial programme

          A hub does **not** need every room at once. Start with the café: it is the door to the neighbourhood.
          Workshop, kitchen and hall follow when initiatives need them.

          - Step-free access and an accessible toilet belong in every hub.
          - Rooms that initiatives use on their own need clear booking rules.
          """),
        new(SpaceType.Cafe, T("Stadtteilcafé", "Neighbourhood café"), 80, 40,
            SpaceFeatures.StepFreeAccess | SpaceFeatures.Kitchen | SpaceFeatures.Wifi | SpaceFeatures.AccessibleToilet, WhoMayBook.Members, false, 3),
        new(SpaceType.Workshop, T("Werkstatt", "Workshop"), 50, 12, SpaceFeatures.StepFreeAccess | SpaceFeatures.Sound, WhoMayBook.Members, true, 4),
        new(SpaceType.Kitchen, T("Gemeinschaftsküche", "Community kitchen"), 35, 16,
            SpaceFeatures.StepFreeAccess | SpaceFeatures.Kitchen, WhoMayBook.InitiativeTeams, true, 5),
        new(SpaceType.CoWorking, T("Co-Working", "Co-working"), 60, 20, SpaceFeatures.Wifi | SpaceFeatures.StepFreeAccess, WhoMayBook.Members, false, 8),
        new(SpaceType.EventHall, T("Saal", "Hall"), 120, 80,
            SpaceFeatures.StepFreeAccess | SpaceFeatures.Projector | SpaceFeatures.Sound | SpaceFeatures.AccessibleToilet, WhoMayBook.Members, true, 6),
        new(SpaceType.AdviceRoom, T("Beratungsraum", "Advice room"), 15, 4, SpaceFeatures.StepFreeAccess, WhoMayBook.CoordinatorsOnly, true, 2),
        new(SpaceType.ChildrensCorner, T("Kinderecke", "Children's corner"), 25, 10, SpaceFeatures.ChildFriendly | SpaceFeatures.StepFreeAccess,
            WhoMayBook.Members, false, 3));

    private static readonly (string De, string En)[] Sessions =
    [
        ("Zwei Treffen: Ideenwerkstatt und Steckbrief-Runde.", "Two sessions: idea workshop and profile round."),
        ("Ein Treffen mit dem ganzen Team, ein Gespräch mit der Mentorin.", "One meeting with the whole team, one talk with the mentor."),
        ("Drei Wochen Gespräche, ein Auswertungstreffen.", "Three weeks of conversations, one review meeting."),
        ("Ein Testtermin im Hub und eine Feedbackrunde.", "One trial in the hub and one feedback round."),
        ("Zwei Treffen mit einer Beraterin für Finanzen.", "Two sessions with a finance adviser."),
        ("Ein Treffen mit der Rechtsberatung des Netzwerks.", "One meeting with the network's legal advice."),
        ("Ein Workshop zu Texten und Bildern.", "One workshop on texts and pictures."),
        ("Ein Planungstreffen, dann die Eröffnung.", "One planning meeting, then the opening."),
    ];

    internal static TemplateContent Curriculum => TemplateContent.Curriculum(
        T("""
          ## Das Inkubationsprogramm

          Acht Module führen eine Initiative von der Idee bis zum Start. Jedes Modul endet mit **einem** Meilenstein,
          den die Mentorin oder der Mentor abzeichnet. Die Reihenfolge ist ein Vorschlag — der Hub kann sie ändern.
          """,
          """
          ## The incubation programme

          Eight modules take an initiative from idea to launch. Each module ends with **one** milestone that the mentor
          signs off. The order is a suggestion — the hub can change it.
          """),
        [.. DemoIncubation.Curriculum.Select((m, i) => new ModuleTemplate(
            T(m.Title, m.TitleEn!), T(m.Goals, m.GoalsEn!), T(Sessions[i].De, Sessions[i].En), T(m.Milestone, m.MilestoneEn!)))]);

    internal static TemplateContent Strategy => TemplateContent.Strategy(
        T("""
          ## Gemeinschaft aufbauen

          Ein Hub wächst in Phasen. Gehen Sie erst weiter, wenn die Nachbarschaft mitgeht:
          **zuhören** kommt vor **anbieten**. Haken Sie ab, was erledigt ist, und notieren Sie, was Sie gelernt haben.
          """,
          """
          ## Building community

          A hub grows in phases. Move on only when the neighbourhood comes along:
          **listening** comes before **offering**. Tick what is done and note what you learned.
          """),
        new(T("Die Nachbarschaft verstehen", "Understand the neighbourhood"), 8,
        [
            T("Vereine, Schulen, Moscheen, Kirchen und Beratungsstellen im Viertel auflisten", "List the associations, schools, mosques, churches and advice centres nearby"),
            T("Mit mindestens 20 Menschen sprechen, die schon lange hier leben oder neu angekommen sind", "Talk to at least 20 people who have lived here long or have just arrived"),
            T("Die Sprachen der Nachbarschaft erfassen", "Note the languages spoken in the neighbourhood"),
        ]),
        new(T("Die Türen öffnen", "Open the doors"), 6,
        [
            T("Einen Tag der offenen Tür in mehreren Sprachen ankündigen", "Announce an open day in several languages"),
            T("Feste Café-Zeiten einführen", "Set regular café hours"),
            T("Ein Begrüßungsteam aus Freiwilligen bilden", "Form a welcome team of volunteers"),
        ]),
        new(T("Erste Initiativen", "First initiatives"), 12,
        [
            T("Drei Ideen aus der Nachbarschaft sammeln und vorstellen", "Collect and present three ideas from the neighbourhood"),
            T("Räume für erste Testläufe freigeben", "Open rooms for first trials"),
            T("Mentorinnen und Mentoren gewinnen", "Recruit mentors"),
        ]),
        new(T("Die erste Kohorte", "The first cohort"), 16,
        [
            T("Eine Kohorte mit drei bis fünf Initiativen starten", "Start a cohort of three to five initiatives"),
            T("Jeder Initiative eine Mentorin oder einen Mentor zuordnen", "Give each initiative a mentor"),
            T("Ein Schaufenster-Fest für die gestarteten Initiativen feiern", "Hold a showcase for the launched initiatives"),
        ]),
        new(T("Sich selbst tragen", "Self-sustaining"), 26,
        [
            T("Einen Beirat aus der Nachbarschaft bilden", "Form an advisory board from the neighbourhood"),
            T("Finanzierung für das nächste Jahr sichern", "Secure funding for the next year"),
            T("Koordination teilen: eine zweite Person einarbeiten", "Share coordination: train a second person"),
        ]));

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.TemplateVersions.Select(v => v.Kind).Distinct().ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var (kind, content) in new[]
        {
            (TemplateKind.SpatialProgramme, SpatialProgramme), (TemplateKind.Curriculum, Curriculum), (TemplateKind.Strategy, Strategy),
        })
        {
            if (!existing.Contains(kind))
            {
                db.TemplateVersions.Add(TemplateVersion.First(kind, content, null, now));
            }
        }

        await db.SaveChangesAsync(ct);
        await ChecklistAsync("leipzig-gruenau", ct);
        await RevisedStrategyAsync(ct);
    }

    /// <summary>
    /// A second strategy version after Grünau was opened from the first, so its coordinators see "New in the Manual".
    /// </summary>
    private async Task RevisedStrategyAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var versions = await db.TemplateVersions.Where(v => v.Kind == TemplateKind.Strategy).OrderBy(v => v.Number).ToListAsync(ct);
        if (versions.Count != 1)
        {
            return;
        }

        var phases = versions[0].Content.Phases.ToList();
        phases[0] = phases[0] with
        {
            Activities = [.. phases[0].Activities, T("Einen Stadtteilspaziergang mit Kindern und Jugendlichen machen", "Walk the neighbourhood with children and young people")],
        };
        db.TemplateVersions.Add(TemplateVersion.After(versions[0], versions[0].Content with { Phases = phases },
            "Kinder und Jugendliche früh einbeziehen.", null, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    private async Task ChecklistAsync(string slug, CancellationToken ct)
    {
        await using var lookup = await dbFactory.CreateDbContextAsync(ct);
        var hub = await lookup.Hubs.AsNoTracking().SingleOrDefaultAsync(h => h.Slug == slug, ct);
        var strategy = await lookup.TemplateVersions.AsNoTracking().Where(v => v.Kind == TemplateKind.Strategy).OrderBy(v => v.Number).FirstOrDefaultAsync(ct);
        var coordinator = await lookup.Users.Where(u => u.Email == DemoData.CoordinatorOst.Email).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        if (hub is null || strategy is null || coordinator is null)
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(new ResolvedHub(hub.Id, hub.Slug, hub.Name, hub.MunicipalityId, hub.Status, hub.TimeZone));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SetupItems.AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var items = SetupItem.CopyFrom(strategy.Content);
        foreach (var item in items.Take(items.Count / 3))
        {
            item.Tick(coordinator.Value, now.AddDays(-30));
        }

        items[items.Count / 3].Plan("Mit dem Quartiersmanagement Grünau abstimmen.", DateOnly.FromDateTime(now.AddDays(14).UtcDateTime));
        db.SetupItems.AddRange(items);
        db.HubManualOrigins.Add(new HubManualOrigin { HubId = hub.Id, StrategyVersionId = strategy.Id });
        await db.SaveChangesAsync(ct);
    }
}
