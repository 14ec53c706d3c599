using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>
/// Puts municipalities, hubs, accounts and memberships straight into the database, the way the
/// data layer would, so a test can start from the state it is about.
/// </summary>
public sealed class Arrange(HubsAppFactory app)
{
    public const string Password = "Correct-Horse-42";

    /// <summary>An address no other test uses, so mails and rows never mix.</summary>
    public static string Email(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    /// <summary>A slug no other test uses: the app caches slug lookups for a while.</summary>
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>The municipality named <paramref name="name"/>, created when it is not there yet.</summary>
    public Task<Municipality> MunicipalityAsync(string name = "Leipzig") =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            if (await db.Municipalities.SingleOrDefaultAsync(m => m.CountryCode == "DE" && m.Name == name) is { } existing)
            {
                return existing;
            }

            var municipality = new Municipality { Name = name, CountryCode = "DE", Region = "Sachsen" };
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync();
            return municipality;
        });

    /// <summary>A hub that has walked its life cycle up to <paramref name="status"/>.</summary>
    public async Task<ResolvedHub> HubAsync(string name, HubStatus status = HubStatus.Active, Municipality? municipality = null)
    {
        municipality ??= await MunicipalityAsync();
        return await app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            var hub = new Hub
            {
                MunicipalityId = municipality.Id, Name = name, Slug = Slug(name.Split(' ')[0].ToLowerInvariant()),
                Address = "Eisenbahnstraße 66, 04315 Leipzig", TimeZone = "Europe/Berlin", Languages = ["de", "en"],
                CreatedAt = DateTimeOffset.UtcNow,
            };
            if (status == HubStatus.Closed)
            {
                hub.MoveTo(HubStatus.Closed);
            }
            else
            {
                foreach (var step in new[] { HubStatus.Prototype, HubStatus.Active }.Where(s => s <= status))
                {
                    hub.MoveTo(step);
                }
            }

            db.Hubs.Add(hub);
            await db.SaveChangesAsync();
            return new ResolvedHub(hub.Id, hub.Slug, hub.Name, hub.MunicipalityId, hub.Status, hub.TimeZone);
        });
    }

    /// <summary>An account with a confirmed address (unless told otherwise) and <see cref="Password"/>.</summary>
    public Task<ApplicationUser> UserAsync(string who = "person", bool confirmed = true, string? email = null) =>
        app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            email ??= Email(who);
            var user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = who, CreatedAt = DateTimeOffset.UtcNow,
            };
            var result = await users.CreateAsync(user, Password);
            result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
            return user;
        });

    public Task NetworkAdminAsync(ApplicationUser user) =>
        app.WithScopeAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            if (!await roles.RoleExistsAsync(NetworkRoles.NetworkAdmin))
            {
                (await roles.CreateAsync(new IdentityRole<Guid>(NetworkRoles.NetworkAdmin))).Succeeded.ShouldBeTrue();
            }

            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, NetworkRoles.NetworkAdmin)).Succeeded.ShouldBeTrue();
        });

    /// <summary>A membership written from inside its hub, as the app writes it.</summary>
    public Task MembershipAsync(ResolvedHub hub, ApplicationUser user, HubRoles roles = HubRoles.Member, MembershipState state = MembershipState.Active) =>
        InHubAsync(hub, db =>
        {
            db.HubMemberships.Add(new HubMembership { UserId = user.Id, Roles = roles, State = state, JoinedAt = DateTimeOffset.UtcNow });
            return Task.CompletedTask;
        });

    /// <summary>A person with an active membership in <paramref name="hub"/> holding <paramref name="roles"/>.</summary>
    public async Task<ApplicationUser> MemberAsync(ResolvedHub hub, string who, HubRoles roles = HubRoles.Member)
    {
        var user = await UserAsync(who);
        await MembershipAsync(hub, user, roles);
        return user;
    }

    public Task AuditAsync(ResolvedHub? hub, string action, ApplicationUser? actor = null) =>
        hub is null
            ? app.WithScopeAsync(async services =>
            {
                await using var db = await HubsAppFactory.CreateDbContextAsync(services);
                db.AuditEntries.Add(Entry(null, action, actor));
                await db.SaveChangesAsync();
            })
            : InHubAsync(hub, db =>
            {
                db.AuditEntries.Add(Entry(hub.Id, action, actor));
                return Task.CompletedTask;
            });

    private static AuditEntry Entry(Guid? hubId, string action, ApplicationUser? actor) => new()
    {
        HubId = hubId, ActorUserId = actor?.Id, Action = action, EntityType = nameof(HubMembership),
        EntityId = Guid.NewGuid().ToString(), At = DateTimeOffset.UtcNow,
    };

    private Task InHubAsync(ResolvedHub hub, Func<HubsDbContext, Task> change) =>
        app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<HubContext>().Enter(hub);
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            await change(db);
            await db.SaveChangesAsync();
        });
}
