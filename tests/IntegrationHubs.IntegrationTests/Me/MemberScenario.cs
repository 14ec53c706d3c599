using System.Security.Claims;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Me;

/// <summary>Arranges hubs and people directly in the database and runs handlers as a given person in a given hub.</summary>
internal sealed class MemberScenario(HubsAppFactory app)
{
    public async Task<Hub> HubAsync(string slug, JoinPolicy policy = JoinPolicy.Open, HubStatus status = HubStatus.Active)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var municipality = await db.Municipalities.FirstOrDefaultAsync() ?? new Municipality { Name = "Teststadt", CountryCode = "DE" };
        var hub = new Hub
        {
            Municipality = municipality, Name = $"Hub {slug}", Slug = slug, Address = "Straße 1", TimeZone = "Europe/Berlin",
            Languages = ["de", "ar"], JoinPolicy = policy,
        };
        foreach (var step in new[] { HubStatus.Prototype, HubStatus.Active }.Where(s => s <= status))
        {
            hub.MoveTo(step);
        }

        db.Hubs.Add(hub);
        await db.SaveChangesAsync();
        return hub;
    }

    public async Task<ApplicationUser> PersonAsync(string name, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        (await users.CreateAsync(user, "garten-2026-sommer")).Succeeded.ShouldBeTrue();
        return user;
    }

    public async Task MembershipAsync(Hub hub, ApplicationUser user, HubRoles roles, MembershipState state = MembershipState.Active)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HubContext>().Enter(Resolved(hub));
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        db.HubMemberships.Add(new HubMembership { UserId = user.Id, Roles = roles, State = state });
        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope, signed in as <paramref name="user"/>, inside <paramref name="hub"/> if given.</summary>
    public async Task<T> AsAsync<T>(ApplicationUser user, Hub? hub, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        if (hub is not null)
        {
            services.GetRequiredService<HubContext>().Enter(Resolved(hub));
        }

        return await action(services);
    }

    public Task AsAsync(ApplicationUser user, Hub? hub, Func<IServiceProvider, Task> action) =>
        AsAsync(user, hub, async s => { await action(s); return true; });

    /// <summary>A context that sees every hub, for assertions.</summary>
    public async Task<T> ReadAsync<T>(Func<HubsDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await query(db);
    }

    public static ResolvedHub Resolved(Hub hub) => new(hub.Id, hub.Slug, hub.Name, hub.MunicipalityId, hub.Status, hub.TimeZone);

    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());
}
