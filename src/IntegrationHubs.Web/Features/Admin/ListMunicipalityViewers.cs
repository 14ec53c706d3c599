using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Admin;

/// <summary>Every municipality with its number of hubs and the people appointed to see its figures.</summary>
public sealed class ListMunicipalityViewers(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Viewer(Guid UserId, string DisplayName, string Email);

    public sealed record Row(Guid Id, string Name, string CountryCode, string? Region, int HubCount, IReadOnlyList<Viewer> Viewers);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var municipalities = await db.Municipalities.AsNoTracking()
            .OrderBy(m => m.Name).ThenBy(m => m.CountryCode)
            .Select(m => new { m.Id, m.Name, m.CountryCode, m.Region, HubCount = m.Hubs.Count })
            .ToListAsync(ct);
        var viewers = await db.MunicipalityViewers.AsNoTracking()
            .Join(db.Users, v => v.UserId, u => u.Id, (v, u) => new { v.MunicipalityId, u.Id, u.DisplayName, u.Email })
            .OrderBy(v => v.DisplayName)
            .ToListAsync(ct);
        var byMunicipality = viewers.ToLookup(v => v.MunicipalityId);

        return
        [
            .. municipalities.Select(m => new Row(
                m.Id, m.Name, m.CountryCode, m.Region, m.HubCount,
                [.. byMunicipality[m.Id].Select(v => new Viewer(v.Id, v.DisplayName, v.Email ?? ""))])),
        ];
    }
}
