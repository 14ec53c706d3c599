using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Demo profiles for the directory and tandems: the demo members' languages, skills and interests with directory
/// opt-in and consent, and one active tandem Amal–Peter in Leipzig-Ost. Idempotent: a profile that exists is left as
/// its owner edited it, and the tandem is added once.
/// </summary>
public sealed class DemoCommunity(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, TimeProvider time)
{
    internal sealed record DemoProfile(DemoData.DemoAccount Account, Background Background, (string Code, LanguageLevel Level)[] Languages,
        string[] Skills, string[] Interests);

    internal static readonly DemoProfile[] Profiles =
    [
        new(DemoData.Amal, Background.Newcomer, [("ar", LanguageLevel.Native), ("de", LanguageLevel.Learning), ("en", LanguageLevel.Conversational)],
            ["Kochen", "Übersetzen"], ["Supper Club", "Sprachcafé"]),
        new(DemoData.Peter, Background.LongTermResident, [("de", LanguageLevel.Native), ("ar", LanguageLevel.Learning), ("en", LanguageLevel.Fluent)],
            ["Reparieren", "Fahrräder"], ["Repair Café", "Sprachcafé"]),
        new(DemoData.Olena, Background.Newcomer, [("uk", LanguageLevel.Native), ("ru", LanguageLevel.Fluent), ("de", LanguageLevel.Learning)],
            ["Nähen", "Buchhaltung"], ["Theater", "Kinder und Familie"]),
        new(DemoData.Mentor, Background.LongTermResident, [("de", LanguageLevel.Native), ("uk", LanguageLevel.Learning), ("en", LanguageLevel.Fluent)],
            ["Gründen", "Buchhaltung"], ["Sprachcafé", "Theater"]),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            foreach (var demo in Profiles)
            {
                var userId = await db.Users.Where(u => u.Email == demo.Account.Email).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
                if (userId is not { } id || await db.MemberProfiles.AnyAsync(p => p.UserId == id, ct))
                {
                    continue;
                }

                db.MemberProfiles.Add(new MemberProfile
                {
                    UserId = id, Background = demo.Background, ShowInDirectory = true, Skills = DemoData.DemoVocabulary.NormaliseTags(demo.Skills), Interests = DemoData.DemoVocabulary.NormaliseTags(demo.Interests),
                    Languages = [.. demo.Languages.Select(l => new SpokenLanguage { UserId = id, LanguageCode = l.Code, Level = l.Level })],
                    UpdatedAt = now,
                });
                foreach (var (kind, version) in Consent.CurrentVersions)
                {
                    if (!await db.Consents.AnyAsync(c => c.UserId == id && c.Kind == kind && c.Version == version, ct))
                    {
                        db.Consents.Add(new Consent { UserId = id, Kind = kind, Version = version, GivenAt = now });
                    }
                }
            }

            await db.SaveChangesAsync(ct);
        }

        await TandemAsync("leipzig-ost", DemoData.Amal, DemoData.Peter, "de", "ar", now, ct);
    }

    private async Task TandemAsync(string slug, DemoData.DemoAccount requester, DemoData.DemoAccount partner, string requesterLearns,
        string partnerLearns, DateTimeOffset now, CancellationToken ct)
    {
        ResolvedHub? hub;
        Guid[] ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            hub = await db.Hubs.Where(h => h.Slug == slug)
                .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
                .SingleOrDefaultAsync(ct);
            ids = await db.Users.Where(u => u.Email == requester.Email || u.Email == partner.Email)
                .OrderBy(u => u.Email == requester.Email ? 0 : 1)
                .Select(u => u.Id)
                .ToArrayAsync(ct);
        }

        if (hub is null || ids.Length != 2)
        {
            return;
        }

        using var _ = hubContext.EnterTemporarily(hub);
        await using var hubDb = await dbFactory.CreateDbContextAsync(ct);
        if (await hubDb.Tandems.AnyAsync(t => (t.RequesterId == ids[0] && t.PartnerId == ids[1]) || (t.RequesterId == ids[1] && t.PartnerId == ids[0]), ct))
        {
            return;
        }

        hubDb.Tandems.Add(new Tandem
        {
            RequesterId = ids[0], PartnerId = ids[1], RequesterLearns = requesterLearns, PartnerLearns = partnerLearns,
            State = TandemState.Active, CreatedAt = now, RespondedAt = now,
        });
        await hubDb.SaveChangesAsync(ct);
    }
}
