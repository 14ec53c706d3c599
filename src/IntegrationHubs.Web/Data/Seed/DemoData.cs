using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data.Seed;

/// <summary>
/// Demo content for Development: two municipalities, three hubs and an account for every role.
/// Idempotent — it adds only what is missing, so it runs on every start. Never a substitute for a feature.
/// </summary>
public sealed class DemoData(
    IDbContextFactory<HubsDbContext> dbFactory,
    HubContext hubContext,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    TimeProvider time,
    ILogger<DemoData> logger)
{
    public const string Password = "Hubs-Demo-2026";

    public sealed record DemoAccount(string Email, string DisplayName, string Culture, string Description);

    public static readonly DemoAccount Admin = new("admin@example.org", "Nadia Network", "de", "Network admin");
    public static readonly DemoAccount Viewer = new("viewer.leipzig@example.org", "Lena Stadtverwaltung", "de", "Municipality viewer, Leipzig");
    public static readonly DemoAccount CoordinatorOst = new("coordinator.ost@example.org", "Jonas Weber", "de", "Coordinator, Hub Leipzig-Ost");
    public static readonly DemoAccount CoordinatorKassel = new("coordinator.kassel@example.org", "Miriam Haddad", "en", "Coordinator, Hub Kassel Nord");
    public static readonly DemoAccount Mentor = new("mentor@example.org", "Thomas Krüger", "de", "Mentor, Hub Leipzig-Ost");
    public static readonly DemoAccount Amal = new("amal@example.org", "Amal Nasser", "ar", "Member (newcomer), Hub Leipzig-Ost");
    public static readonly DemoAccount Olena = new("olena@example.org", "Olena Kovalenko", "uk", "Member (newcomer), Hub Grünau");
    public static readonly DemoAccount Peter = new("peter@example.org", "Peter Schmidt", "de", "Member (long-term resident), Leipzig-Ost and Kassel Nord");

    public static IReadOnlyList<DemoAccount> Accounts => [Admin, Viewer, CoordinatorOst, CoordinatorKassel, Mentor, Amal, Olena, Peter];

    /// <summary>
    /// More people, so the coordinators' member lists are worth looking at.
    /// <c>Languages</c>: "code:Level,…"; <c>Hubs</c>: "slug:Role|State,…" (Member, Mentor; Requested, Deactivated).
    /// </summary>
    /// <summary>The vocabulary the migration seeds: demo tags are stored as concept keys, as a saved profile's are.</summary>
    internal static readonly TagVocabulary DemoVocabulary = new(TagVocabularySeed.Concepts);

    internal sealed record DemoMember(string Email, string Name, string Culture, Background? Background, string Languages, string Skills, string Interests, string Hubs, int JoinedDaysAgo, bool InDirectory = true);

    internal static readonly IReadOnlyList<DemoMember> Members =
    [
        new("samira.haidari@example.org", "Samira Haidari", "de", Background.Newcomer, "fa:Native,de:Conversational,en:Learning", "Kochen,Nähen", "Supper Club,Kinder", "leipzig-ost:Member", 120),
        new("yusuf.demir@example.org", "Yusuf Demir", "de", Background.LongTermResident, "tr:Native,de:Native,en:Fluent", "Fahrradreparatur,Elektrik", "Repair Café", "leipzig-ost:Mentor", 300),
        new("hanna.becker@example.org", "Hanna Becker", "de", Background.LongTermResident, "de:Native,en:Fluent,fr:Conversational", "Grafikdesign,Fotografie", "Theater,Sprachcafé", "leipzig-ost:Member", 200),
        new("mohammed.alali@example.org", "Mohammed Al-Ali", "ar", Background.Newcomer, "ar:Native,de:Learning,en:Conversational", "Schreinerei,Buchhaltung", "Gründung,Fußball", "leipzig-ost:Member", 45),
        new("lina.rahimi@example.org", "Lina Rahimi", "de", null, "fa:Native,ps:Fluent,de:Fluent", "Übersetzen,Beratung", "Frauencafé", "leipzig-ost:Member", 90),
        new("jan.vogel@example.org", "Jan Vogel", "de", Background.PreferNotToSay, "de:Native,en:Conversational", "IT,Webseiten", "Digitalsprechstunde", "leipzig-ost:Member", 30, InDirectory: false),
        new("fatima.osman@example.org", "Fatima Osman", "ar", Background.Newcomer, "so:Native,ar:Fluent,de:Learning", "Catering,Kochen", "Supper Club", "leipzig-ost:Member", 15),
        new("ines.moreno@example.org", "Inés Moreno", "en", Background.Newcomer, "es:Native,en:Fluent,de:Conversational", "Tanz,Unterrichten", "Kultur", "leipzig-ost:Member", 60),
        new("tesfaye.bekele@example.org", "Tesfaye Bekele", "en", Background.Newcomer, "am:Native,ti:Fluent,en:Fluent,de:Learning", "Landwirtschaft,Gärtnern", "Gemeinschaftsgarten", "leipzig-ost:Member", 10),
        new("karin.lehmann@example.org", "Karin Lehmann", "de", Background.LongTermResident, "de:Native,ru:Conversational", "Buchhaltung,Förderanträge", "Gründung", "leipzig-ost:Mentor", 400),
        new("omar.haddad@example.org", "Omar Haddad", "ar", Background.Newcomer, "ar:Native,en:Conversational", "Elektrik", "Repair Café", "leipzig-ost:Requested", 2),
        new("marta.nowak@example.org", "Marta Nowak", "en", null, "pl:Native,de:Fluent,en:Fluent", "Pflege", "Sprachcafé", "leipzig-ost:Requested", 1, InDirectory: false),
        new("felix.braun@example.org", "Felix Braun", "de", Background.LongTermResident, "de:Native", "Handwerk", "Werkstatt", "leipzig-ost:Deactivated", 250, InDirectory: false),
        new("iryna.shevchenko@example.org", "Iryna Shevchenko", "uk", Background.Newcomer, "uk:Native,ru:Fluent,de:Learning,en:Conversational", "Nähen,Kinderbetreuung", "Sprachcafé", "leipzig-gruenau:Member", 80),
        new("dmytro.bondarenko@example.org", "Dmytro Bondarenko", "uk", Background.Newcomer, "uk:Native,ru:Native,en:Conversational,de:Learning", "Elektrik,Reparatur", "Repair Café", "leipzig-gruenau:Member", 70),
        new("sabine.richter@example.org", "Sabine Richter", "de", Background.LongTermResident, "de:Native,ru:Conversational", "Deutschunterricht", "Sprachcafé", "leipzig-gruenau:Mentor", 180),
        new("oksana.melnyk@example.org", "Oksana Melnyk", "uk", Background.PreferNotToSay, "uk:Native,de:Conversational", "Friseurhandwerk", "Gründung", "leipzig-gruenau:Member", 40),
        new("gerd.hoffmann@example.org", "Gerd Hoffmann", "de", Background.LongTermResident, "de:Native", "Holzarbeiten,Fahrräder", "Repair Café", "leipzig-gruenau:Member", 220),
        new("natalia.ivanova@example.org", "Natalia Ivanova", "de", null, "ru:Native,de:Fluent,uk:Fluent", "Übersetzen", "Kultur", "leipzig-gruenau:Member", 25, InDirectory: false),
        new("maksym.tkachenko@example.org", "Maksym Tkachenko", "uk", Background.Newcomer, "uk:Native,en:Fluent", "IT", "Digitalsprechstunde", "leipzig-gruenau:Member,kassel-nord:Member", 12),
        new("petra.wolf@example.org", "Petra Wolf", "de", Background.LongTermResident, "de:Native,en:Conversational", "Gärtnern", "Gemeinschaftsgarten", "leipzig-gruenau:Member", 150),
        new("emre.yilmaz@example.org", "Emre Yılmaz", "de", Background.LongTermResident, "tr:Native,de:Native", "Handel,Marketing", "Gründung", "kassel-nord:Mentor", 260),
        new("aylin.kaya@example.org", "Aylin Kaya", "de", Background.PreferNotToSay, "tr:Native,de:Native,en:Fluent", "Social Media", "Kultur", "kassel-nord:Member", 95),
        new("ahmad.karimi@example.org", "Ahmad Karimi", "en", Background.Newcomer, "fa:Native,en:Fluent,de:Conversational", "Softwareentwicklung", "Co-Working", "kassel-nord:Member", 50),
        new("julia.schneider@example.org", "Julia Schneider", "de", Background.LongTermResident, "de:Native,en:Fluent,es:Conversational", "Veranstaltungen", "Theater", "kassel-nord:Member", 130),
        new("kwame.mensah@example.org", "Kwame Mensah", "en", Background.Newcomer, "en:Native,fr:Fluent,de:Learning", "Musik,Tontechnik", "Konzerte", "kassel-nord:Member", 35),
        new("rania.saleh@example.org", "Rania Saleh", "ar", Background.Newcomer, "ar:Native,fr:Conversational,de:Conversational", "Kosmetik", "Gründung", "kassel-nord:Member", 20),
        new("lukas.fischer@example.org", "Lukas Fischer", "de", null, "de:Native,en:Conversational", "Steuerrecht", "Beratung", "kassel-nord:Member", 75, InDirectory: false),
        new("giorgi.beridze@example.org", "Giorgi Beridze", "en", Background.Newcomer, "ka:Native,ru:Fluent,en:Conversational", "Kochen", "Supper Club", "kassel-nord:Member", 8),
        new("elif.arslan@example.org", "Elif Arslan", "de", Background.LongTermResident, "tr:Native,de:Native,ku:Conversational", "Sozialarbeit", "Frauencafé", "kassel-nord:Member,leipzig-ost:Member", 110),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var leipzig = await MunicipalityAsync("Leipzig", "DE", "Sachsen", ct);
        var kassel = await MunicipalityAsync("Kassel", "DE", "Hessen", ct);

        var ost = await HubAsync(leipzig, "leipzig-ost", "Hub Leipzig-Ost", "Eisenbahnstraße 66, 04315 Leipzig", "Neustadt-Neuschönefeld",
            HubStatus.Active, ["de", "ar", "en", "fa"],
            "Café, Werkstatt und Küche an der Eisenbahnstraße: Hier treffen sich Nachbarinnen und Nachbarn, die schon lange hier leben, und solche, die neu angekommen sind — und starten gemeinsam Initiativen.", ct);
        var gruenau = await HubAsync(leipzig, "leipzig-gruenau", "Hub Grünau", "Stuttgarter Allee 20, 04209 Leipzig", "Grünau-Mitte",
            HubStatus.Prototype, ["de", "uk", "ru"],
            "Der Prototyp in Grünau testet das Sprachcafé und die Reparaturwerkstatt des Handbuchs.", ct);
        var kasselNord = await HubAsync(kassel, "kassel-nord", "Hub Kassel Nord", "Holländische Straße 120, 34127 Kassel", "Nord-Holland",
            HubStatus.Active, ["de", "en", "ar", "tr"],
            "Co-Working, Veranstaltungssaal und Beratung unter einem Dach — für Gründungsideen aus dem ganzen Stadtteil.", ct);

        var admin = await AccountAsync(Admin, ct);
        var viewer = await AccountAsync(Viewer, ct);
        var coordinatorOst = await AccountAsync(CoordinatorOst, ct);
        var coordinatorKassel = await AccountAsync(CoordinatorKassel, ct);
        var mentor = await AccountAsync(Mentor, ct);
        var amal = await AccountAsync(Amal, ct);
        var olena = await AccountAsync(Olena, ct);
        var peter = await AccountAsync(Peter, ct);

        if (!await roles.RoleExistsAsync(NetworkRoles.NetworkAdmin))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(NetworkRoles.NetworkAdmin));
        }

        if (!await users.IsInRoleAsync(admin, NetworkRoles.NetworkAdmin))
        {
            await users.AddToRoleAsync(admin, NetworkRoles.NetworkAdmin);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.MunicipalityViewers.AnyAsync(v => v.UserId == viewer.Id && v.MunicipalityId == leipzig.Id, ct))
            {
                db.MunicipalityViewers.Add(new MunicipalityViewer { UserId = viewer.Id, MunicipalityId = leipzig.Id, AppointedAt = time.GetUtcNow() });
                await db.SaveChangesAsync(ct);
            }
        }

        await MembershipAsync(ost, coordinatorOst, HubRoles.Member | HubRoles.Coordinator, admin, ct);
        await MembershipAsync(ost, mentor, HubRoles.Member | HubRoles.Mentor, coordinatorOst, ct);
        await MembershipAsync(ost, amal, HubRoles.Member, null, ct);
        await MembershipAsync(ost, peter, HubRoles.Member, null, ct);
        await MembershipAsync(gruenau, coordinatorOst, HubRoles.Member | HubRoles.Coordinator, admin, ct);
        await MembershipAsync(gruenau, olena, HubRoles.Member, null, ct);
        await MembershipAsync(kasselNord, coordinatorKassel, HubRoles.Member | HubRoles.Coordinator, admin, ct);
        await MembershipAsync(kasselNord, peter, HubRoles.Member, null, ct);

        var hubs = new[] { ost, gruenau, kasselNord }.ToDictionary(h => h.Slug);
        var coordinators = new Dictionary<string, ApplicationUser> { [ost.Slug] = coordinatorOst, [gruenau.Slug] = coordinatorOst, [kasselNord.Slug] = coordinatorKassel };
        foreach (var member in Members)
        {
            await DemoMemberAsync(member, hubs, coordinators, ct);
        }

        await new DemoCommunity(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoInitiativeCommunity(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoSpaces(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoIncubation(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoManual(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoEvents(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoAttendance(dbFactory, hubContext, time).SeedAsync(ct);
        await new DemoEventSeries(dbFactory, hubContext, time).SeedAsync(ct);

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Demo data ready: 2 municipalities, 3 hubs, {Count} accounts (password in README)", Accounts.Count + Members.Count);
        }
    }

    private async Task<Municipality> MunicipalityAsync(string name, string country, string region, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.Municipalities.SingleOrDefaultAsync(m => m.CountryCode == country && m.Name == name, ct);
        if (existing is not null)
        {
            return existing;
        }

        var municipality = new Municipality { Name = name, CountryCode = country, Region = region };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(ct);
        return municipality;
    }

    private async Task<ResolvedHub> HubAsync(Municipality municipality, string slug, string name, string address, string neighbourhood,
        HubStatus status, List<string> languages, string description, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hub = await db.Hubs.SingleOrDefaultAsync(h => h.Slug == slug, ct);
        if (hub is null)
        {
            hub = new Hub
            {
                MunicipalityId = municipality.Id, Slug = slug, Name = name, Address = address, Neighbourhood = neighbourhood,
                TimeZone = "Europe/Berlin", Languages = languages, Description = description, CreatedAt = time.GetUtcNow(),
            };
            // Walk the life cycle as a real hub would; the domain refuses shortcuts.
            foreach (var step in new[] { HubStatus.Prototype, HubStatus.Active }.Where(s => s <= status))
            {
                hub.MoveTo(step);
            }

            db.Hubs.Add(hub);
            await db.SaveChangesAsync(ct);
        }

        return new ResolvedHub(hub.Id, hub.Slug, hub.Name, hub.MunicipalityId, hub.Status, hub.TimeZone);
    }

    private async Task<ApplicationUser> AccountAsync(DemoAccount account, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(account.Email) is { } existing)
        {
            return existing;
        }

        var user = new ApplicationUser
        {
            UserName = account.Email, Email = account.Email, EmailConfirmed = true,
            DisplayName = account.DisplayName, PreferredCulture = account.Culture, CreatedAt = time.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        return user;
    }

    private async Task MembershipAsync(ResolvedHub hub, ApplicationUser user, HubRoles hubRoles, ApplicationUser? grantedBy, CancellationToken ct,
        MembershipState state = MembershipState.Active, DateTimeOffset? joinedAt = null, ApplicationUser? coordinator = null)
    {
        using var _ = hubContext.EnterTemporarily(hub);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.HubMemberships.AnyAsync(m => m.UserId == user.Id, ct))
        {
            return;
        }

        var now = joinedAt ?? time.GetUtcNow();
        db.HubMemberships.Add(new HubMembership { UserId = user.Id, Roles = hubRoles, State = state, JoinedAt = now });
        if (state != MembershipState.Requested)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = grantedBy?.Id ?? user.Id, At = now,
                Action = grantedBy is null ? AuditActions.MembershipJoined : AuditActions.RolesGranted,
                EntityType = nameof(HubMembership), EntityId = user.Id.ToString(), Detail = hubRoles.ToString(),
            });
        }

        if (state == MembershipState.Deactivated && coordinator is not null)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = coordinator.Id, At = now.AddDays(30),
                Action = AuditActions.MembershipDeactivated,
                EntityType = nameof(HubMembership), EntityId = user.Id.ToString(), Detail = state.ToString(),
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task DemoMemberAsync(DemoMember member, Dictionary<string, ResolvedHub> hubs, Dictionary<string, ApplicationUser> coordinators, CancellationToken ct)
    {
        var user = await AccountAsync(new DemoAccount(member.Email, member.Name, member.Culture, "Member"), ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.MemberProfiles.AnyAsync(p => p.UserId == user.Id, ct))
            {
                db.MemberProfiles.Add(new MemberProfile
                {
                    UserId = user.Id, Background = member.Background, ShowInDirectory = member.InDirectory, UpdatedAt = time.GetUtcNow(),
                    Skills = DemoVocabulary.NormaliseTags(member.Skills.Split(',')),
                    Interests = DemoVocabulary.NormaliseTags(member.Interests.Split(',')),
                    Languages =
                    [
                        .. member.Languages.Split(',').Select(l => l.Split(':')).Select(l => new SpokenLanguage
                        {
                            UserId = user.Id, LanguageCode = l[0], Level = Enum.Parse<LanguageLevel>(l[1]),
                        }),
                    ],
                });
                await db.SaveChangesAsync(ct);
            }
        }

        var joinedAt = time.GetUtcNow().AddDays(-member.JoinedDaysAgo);
        foreach (var (slug, kind) in member.Hubs.Split(',').Select(h => h.Split(':')).Select(h => (h[0], h[1])))
        {
            var (roles, state) = kind switch
            {
                "Mentor" => (HubRoles.Member | HubRoles.Mentor, MembershipState.Active),
                "Requested" => (HubRoles.Member, MembershipState.Requested),
                "Deactivated" => (HubRoles.Member, MembershipState.Deactivated),
                _ => (HubRoles.Member, MembershipState.Active),
            };
            var coordinator = coordinators[slug];
            await MembershipAsync(hubs[slug], user, roles, roles.HasFlag(HubRoles.Mentor) ? coordinator : null, ct, state, joinedAt, coordinator);
        }
    }
}
