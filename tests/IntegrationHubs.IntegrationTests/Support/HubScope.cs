using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>Runs work against a fresh DbContext of a new scope whose hub context is <paramref name="hub"/> (or no hub).</summary>
public static class HubScope
{
    public static Task<T> RunAsync<T>(HubsAppFactory app, ResolvedHub? hub, Func<HubsDbContext, Task<T>> work) =>
        app.WithScopeAsync(async services =>
        {
            if (hub is not null)
            {
                services.GetRequiredService<HubContext>().Enter(hub);
            }

            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            return await work(db);
        });

    public static Task RunAsync(HubsAppFactory app, ResolvedHub? hub, Func<HubsDbContext, Task> work) =>
        RunAsync(app, hub, async db =>
        {
            await work(db);
            return true;
        });
}
