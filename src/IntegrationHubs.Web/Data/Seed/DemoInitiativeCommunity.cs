using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Demo initiatives in Leipzig-Ost with people around them: teams (one open invitation), a discussion with the team's
/// answers, supporters and people who would join, and the notifications these brought. Idempotent: once the hub has a
/// comment on an initiative, nothing is added.
/// </summary>
public sealed class DemoInitiativeCommunity(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        ResolvedHub? hub;
        Dictionary<string, Guid> people;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            hub = await db.Hubs.Where(h => h.Slug == "leipzig-ost")
                .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
                .SingleOrDefaultAsync(ct);
            people = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        }

        string[] needed = [DemoData.Amal.Email, DemoData.Peter.Email, DemoData.CoordinatorOst.Email, "samira.haidari@example.org",
            "yusuf.demir@example.org", "hanna.becker@example.org", "mohammed.alali@example.org", "lina.rahimi@example.org"];
        if (hub is null || !needed.All(people.ContainsKey))
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(hub);
        await using var hubDb = await dbFactory.CreateDbContextAsync(ct);
        if (await hubDb.InitiativeComments.AnyAsync(ct))
        {
            return;
        }

        var amal = people[DemoData.Amal.Email];
        var peter = people[DemoData.Peter.Email];
        var jonas = people[DemoData.CoordinatorOst.Email];
        var samira = people["samira.haidari@example.org"];
        var yusuf = people["yusuf.demir@example.org"];
        var hanna = people["hanna.becker@example.org"];
        var mohammed = people["mohammed.alali@example.org"];
        var lina = people["lina.rahimi@example.org"];
        var now = time.GetUtcNow();
        DateTimeOffset DaysAgo(double days) => now.AddDays(-days);
        string Link(Initiative i) => $"/hubs/{hub.Slug}/initiatives/{i.Id}";
        Notification Note(Guid to, string kind, Initiative i, DateTimeOffset at, bool read, params string[] parameters) =>
            new() { UserId = to, Kind = kind, Link = Link(i), Parameters = [.. parameters], CreatedAt = at, ReadAt = read ? at.AddHours(2) : null };

        // A neighbourhood breakfast in review: a team of two and one open invitation, a lively discussion and supporters.
        var breakfast = Start(hub, amal, DaysAgo(20), "Nachbarschaftsfrühstück am Sonntag",
            "Einmal im Monat bringen Nachbarinnen und Nachbarn ein Gericht aus ihrer Heimat mit, und alle frühstücken zusammen an einer langen Tafel. "
            + "Wir brauchen den Saal an einem Sonntagvormittag und ein kleines Budget für Brot und Getränke.",
            InitiativeCategory.Social, ["de", "ar", "fa"], InitiativeNeeds.Space | InitiativeNeeds.Funding | InitiativeNeeds.Materials);
        InitiativeTeam.Invite(breakfast, amal, peter, true, DaysAgo(19));
        InitiativeTeam.Accept(breakfast, peter, DaysAgo(18));
        InitiativeTeam.Invite(breakfast, amal, samira, true, DaysAgo(2));
        breakfast.MoveTo(InitiativeStatus.Submitted, new InitiativeActor(amal, true, false), null, DaysAgo(14));
        breakfast.MoveTo(InitiativeStatus.InReview, new InitiativeActor(jonas, false, true), "Schön! Wir sprechen am Montag im Team darüber.", DaysAgo(12));
        hubDb.Initiatives.Add(breakfast);
        hubDb.InitiativeComments.AddRange(
            InitiativeComment.Write(breakfast, hanna, "Gibt es auch vegetarische Gerichte? Und dürfen Kinder mitkommen?", DaysAgo(11)),
            InitiativeComment.Write(breakfast, amal, "Ja, jedes Mal mindestens ein vegetarisches Gericht — und Kinder sind herzlich willkommen!", DaysAgo(10.8)),
            InitiativeComment.Write(breakfast, mohammed, "Ich kann beim Aufbau der Tische helfen.", DaysAgo(9)),
            InitiativeComment.Write(breakfast, peter, "Danke, Mohammed! Wir melden uns vor dem ersten Abend.", DaysAgo(8.5)));
        foreach (var (who, kind, days) in new[]
        {
            (hanna, SupportKind.Support, 11.0), (yusuf, SupportKind.Support, 10.0), (mohammed, SupportKind.Support, 9.0),
            (lina, SupportKind.Support, 6.0), (mohammed, SupportKind.WouldJoin, 9.0), (lina, SupportKind.WouldJoin, 6.0),
        })
        {
            hubDb.InitiativeSupports.Add(InitiativeSupport.Give(breakfast, who, kind, DaysAgo(days)));
        }

        // A bicycle workshop sent back for changes, with the coordinator's comment.
        var bikes = Start(hub, peter, DaysAgo(16), "Fahrradwerkstatt für alle",
            "Jeden zweiten Samstag reparieren wir gemeinsam Fahrräder und zeigen, wie es geht — Werkzeug und Ersatzteile teilen wir.",
            InitiativeCategory.CommunityEvent, ["de", "tr", "en"], InitiativeNeeds.Space | InitiativeNeeds.Materials);
        InitiativeTeam.Invite(bikes, peter, yusuf, true, DaysAgo(15));
        InitiativeTeam.Accept(bikes, yusuf, DaysAgo(15));
        bikes.MoveTo(InitiativeStatus.Submitted, new InitiativeActor(peter, true, false), null, DaysAgo(9));
        bikes.MoveTo(InitiativeStatus.InReview, new InitiativeActor(jonas, false, true), null, DaysAgo(7));
        bikes.MoveTo(InitiativeStatus.NeedsChanges, new InitiativeActor(jonas, false, true),
            "Bitte ergänzt, wer für die Werkzeuge verantwortlich ist und wie ihr die Bremsen reparierter Räder prüft.", DaysAgo(3));
        hubDb.Initiatives.Add(bikes);
        hubDb.InitiativeComments.Add(InitiativeComment.Write(bikes, hanna, "Super Idee — mein Fahrrad wartet schon!", DaysAgo(6)));
        hubDb.InitiativeSupports.Add(InitiativeSupport.Give(bikes, hanna, SupportKind.Support, DaysAgo(6)));
        hubDb.InitiativeSupports.Add(InitiativeSupport.Give(bikes, samira, SupportKind.WouldJoin, DaysAgo(5)));

        // A draft with an invitation not yet answered.
        var parents = Start(hub, amal, DaysAgo(1), "Sprachcafé für Eltern",
            "Während die Kinder spielen, üben Eltern Deutsch im Gespräch.", InitiativeCategory.Social, ["de", "ar"], InitiativeNeeds.LanguageSupport);
        InitiativeTeam.Invite(parents, amal, lina, true, DaysAgo(1));
        hubDb.Initiatives.Add(parents);

        const string Comment = NotificationKinds.InitiativeComment;
        const string Status = NotificationKinds.InitiativeStatusChanged;
        string StatusName(InitiativeStatus status) => Notifier.ResourcePrefix + $"Initiatives.Status.{status}";
        hubDb.Notifications.AddRange(
            Note(peter, NotificationKinds.TeamInvitation, breakfast, DaysAgo(19), true, "Amal Nasser", breakfast.Title),
            Note(amal, NotificationKinds.TeamInvitationAccepted, breakfast, DaysAgo(18), true, "Peter Schmidt", breakfast.Title),
            Note(amal, Status, breakfast, DaysAgo(12), true, breakfast.Title, StatusName(InitiativeStatus.InReview), "Schön! Wir sprechen am Montag im Team darüber."),
            Note(peter, Status, breakfast, DaysAgo(12), false, breakfast.Title, StatusName(InitiativeStatus.InReview), "Schön! Wir sprechen am Montag im Team darüber."),
            Note(amal, Comment, breakfast, DaysAgo(11), true, "Hanna Becker", breakfast.Title),
            Note(peter, Comment, breakfast, DaysAgo(11), false, "Hanna Becker", breakfast.Title),
            Note(amal, Comment, breakfast, DaysAgo(9), false, "Mohammed Al-Ali", breakfast.Title),
            Note(samira, NotificationKinds.TeamInvitation, breakfast, DaysAgo(2), false, "Amal Nasser", breakfast.Title),
            Note(peter, Status, bikes, DaysAgo(3), false, bikes.Title, StatusName(InitiativeStatus.NeedsChanges), bikes.Transitions[^1].Comment!),
            Note(yusuf, Status, bikes, DaysAgo(3), false, bikes.Title, StatusName(InitiativeStatus.NeedsChanges), bikes.Transitions[^1].Comment!),
            Note(lina, NotificationKinds.TeamInvitation, parents, DaysAgo(1), false, "Amal Nasser", parents.Title));
        await hubDb.SaveChangesAsync(ct);
    }

    private static Initiative Start(ResolvedHub hub, Guid creator, DateTimeOffset at, string title, string summary, InitiativeCategory category,
        string[] languages, InitiativeNeeds needs)
    {
        var initiative = Initiative.StartDraft(creator, at);
        initiative.HubId = hub.Id;
        initiative.Edit(creator, title, summary, category, languages, needs);
        return initiative;
    }
}
