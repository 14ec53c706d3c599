using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// A weekly language café in Leipzig-Ost (every Tuesday 18:00–20:00, eight weeks, at an outside address so it never clashes
/// with the demo bookings): the third date changed on its own, the fifth called off. Seeds only while the hub has no series.
/// </summary>
public sealed class DemoEventSeries(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    private const string Slug = "leipzig-ost";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        ResolvedHub? hub;
        List<string> languages;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var row = await db.Hubs.Where(h => h.Slug == Slug).Select(h => new { Hub = new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone), h.Languages })
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
        var coordinator = await hubDb.HubMemberships.Where(m => m.State == MembershipState.Active && m.Roles.HasFlag(HubRoles.Coordinator))
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).Select(m => (Guid?)m.UserId).FirstOrDefaultAsync(ct);
        if (coordinator is not { } creator || await hubDb.EventSeries.AnyAsync(ct))
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        var today = HubTime.LocalDate(now, zone);
        var firstTuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 6) % 7 + 1);
        var series = EventSeries.Create(firstTuesday, new TimeOnly(18, 0), new TimeOnly(20, 0), null, 8, creator, now);
        hubDb.EventSeries.Add(series);
        var organiser = new EventOrganiser(IsCoordinator: true, OnInitiativeTeam: false);
        var translations = new EventTranslation[]
        {
            new("ar", "مقهى اللغة", "نتحدث الألمانية معًا على الشاي والقهوة – لكل المستويات."),
            new("en", "Language café", "Speaking German together over tea and coffee – every level welcome."),
            new("uk", "Мовне кафе", "Говоримо німецькою за чаєм і кавою – для всіх рівнів."),
        }.Where(t => languages.Contains(t.Language)).ToArray();
        var occurrences = series.Occurrences(zone).Where(o => o.Exists).ToList();
        for (var i = 0; i < occurrences.Count; i++)
        {
            var details = new Event.Details("Sprachcafé", "Gemeinsam Deutsch sprechen bei Tee und Kaffee – alle Niveaus willkommen.", "de", translations,
                EventCategory.Language, ["de", "ar", "uk"], EventVisibility.Public, 25, occurrences[i].Start!.Value, occurrences[i].End!.Value, null,
                "Stadtteilbibliothek Volkmarsdorf, Konradstraße 34, 04315 Leipzig");
            var occurrence = Event.Create(details, languages, null, organiser, creator, now);
            occurrence.JoinSeries(series.Id);
            if (i == 2)
            {
                occurrence.Edit(details with { Title = "Sprachcafé – Spezial: Bewerbungen schreiben", End = details.End.AddHours(1) }, languages, organiser, now, confirmed: 0);
            }
            else if (i == 4)
            {
                occurrence.Cancel(organiser, now);
            }

            hubDb.Events.Add(occurrence);
        }

        await hubDb.SaveChangesAsync(ct);
    }
}
