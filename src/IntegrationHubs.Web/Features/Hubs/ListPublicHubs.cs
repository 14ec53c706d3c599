using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Hubs;

/// <summary>The hubs a visitor can find: those in Prototype or Active, with their municipality.</summary>
public sealed class ListPublicHubs(IDbContextFactory<HubsDbContext> dbFactory)
{
    public sealed record HubSummary(string Slug, string Name, string Municipality, string CountryCode, string? Neighbourhood, string Address, HubStatus Status, IReadOnlyList<string> Languages);

    public async Task<IReadOnlyList<HubSummary>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Hubs.AsNoTracking()
            .Where(VisitorView.Hubs)
            .OrderBy(h => h.Municipality!.Name).ThenBy(h => h.Name)
            .Select(h => new HubSummary(h.Slug, h.Name, h.Municipality!.Name, h.Municipality.CountryCode, h.Neighbourhood, h.Address, h.Status, h.Languages))
            .ToListAsync(ct);
    }
}
