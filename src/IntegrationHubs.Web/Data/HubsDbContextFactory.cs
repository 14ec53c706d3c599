using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data;

/// <summary>
/// Short-lived contexts for handlers (a Blazor circuit must not share one context across clicks),
/// bound to the scope's <see cref="HubContext"/>. EF's own factory cannot pass that scoped service.
/// </summary>
internal sealed class HubsDbContextFactory(DbContextOptions<HubsDbContext> options, HubContext hubContext)
    : IDbContextFactory<HubsDbContext>
{
    public HubsDbContext CreateDbContext() => new(options, hubContext);
}
