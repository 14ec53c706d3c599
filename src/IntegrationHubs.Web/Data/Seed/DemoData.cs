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
        logger.LogInformation("Demo data ready: 2 municipalities, 3 hubs, demo accounts (password in README)");
        await new DemoCommunity(dbFactory, hubContext, time).SeedAsync(ct);
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

    private async Task MembershipAsync(ResolvedHub hub, ApplicationUser user, HubRoles hubRoles, ApplicationUser? grantedBy, CancellationToken ct)
    {
        using var _ = hubContext.EnterTemporarily(hub);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.HubMemberships.AnyAsync(m => m.UserId == user.Id, ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        db.HubMemberships.Add(new HubMembership { UserId = user.Id, Roles = hubRoles, State = MembershipState.Active, JoinedAt = now });
        db.AuditEntries.Add(new AuditEntry
        {
            HubId = hub.Id, ActorUserId = grantedBy?.Id ?? user.Id, At = now,
            Action = grantedBy is null ? AuditActions.MembershipJoined : AuditActions.RolesGranted,
            EntityType = nameof(HubMembership), EntityId = user.Id.ToString(), Detail = hubRoles.ToString(),
        });
        await db.SaveChangesAsync(ct);
    }
}
