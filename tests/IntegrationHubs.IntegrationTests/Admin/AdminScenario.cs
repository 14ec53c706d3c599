using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Admin;

/// <summary>Runs the admin handlers as a given person, outside any hub, as a circuit on /admin would.</summary>
internal sealed class AdminScenario(HubsAppFactory app)
{
    public async Task<TResult> AsAsync<THandler, TResult>(ApplicationUser user, Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalAsync(services, user))));
        return await action(services.GetRequiredService<THandler>());
    }

    public Task AsAsync<THandler>(ApplicationUser user, Func<THandler, Task> action)
        where THandler : notnull =>
        AsAsync<THandler, bool>(user, async h => { await action(h); return true; });

    /// <summary>Whether <paramref name="user"/> passes the municipality viewer policy for <paramref name="municipalityId"/>.</summary>
    public Task<bool> MaySeeMunicipalityAsync(ApplicationUser user, Guid municipalityId) =>
        app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<IAuthorizationService>()
                .AuthorizeAsync(await PrincipalAsync(services, user), municipalityId, Policies.MunicipalityViewer);
            return result.Succeeded;
        });

    /// <summary>Every audit entry, across hubs, for assertions.</summary>
    public Task<List<AuditEntry>> AuditAsync() =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            return await db.AuditEntries.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        });

    public Task<List<(Guid UserId, Guid MunicipalityId)>> ViewersAsync() =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            var rows = await db.MunicipalityViewers.AsNoTracking().ToListAsync();
            return rows.Select(v => (v.UserId, v.MunicipalityId)).ToList();
        });

    /// <summary>An entry at a given time, in <paramref name="hub"/> or network-level when null.</summary>
    public Task EntryAsync(ResolvedHub? hub, string action, DateTimeOffset at, ApplicationUser? actor = null) =>
        app.WithScopeAsync(async services =>
        {
            if (hub is not null)
            {
                services.GetRequiredService<HubContext>().Enter(hub);
            }

            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub?.Id, ActorUserId = actor?.Id, Action = action, At = at,
                EntityType = "HubMembership", EntityId = Guid.NewGuid().ToString(),
            });
            await db.SaveChangesAsync();
        });

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(IServiceProvider services, ApplicationUser user)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
            .CreateAsync((await users.FindByIdAsync(user.Id.ToString()))!);
    }
}
