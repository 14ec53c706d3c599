using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>Reads account rows as they are in the database, for assertions.</summary>
public static class Accounts
{
    public static Task<ApplicationUser?> FindAsync(HubsAppFactory app, string email) =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            var normalized = email.ToUpperInvariant();
            return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
        });

    public static Task<int> CountAsync(HubsAppFactory app) =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            return await db.Users.CountAsync();
        });
}
