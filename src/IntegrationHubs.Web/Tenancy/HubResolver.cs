using IntegrationHubs.Domain.Common;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace IntegrationHubs.Web.Tenancy;

/// <summary>Turns a route slug into the scoped <see cref="HubContext"/>.</summary>
public sealed class HubResolver(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, IMemoryCache cache)
{
    // Slugs change rarely; a short cache keeps every hub page from asking the database twice.
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<ResolvedHub?> FindAsync(string? slug, CancellationToken ct = default)
    {
        if (!Slug.IsValid(slug))
        {
            return null;
        }

        return await cache.GetOrCreateAsync($"hub-slug:{slug}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Hubs.AsNoTracking()
                .Where(h => h.Slug == slug)
                .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
                .SingleOrDefaultAsync(ct);
        });
    }

    /// <summary>Resolves <paramref name="slug"/> and makes it the current hub; false when there is no such hub.</summary>
    public async Task<bool> EnterAsync(string? slug, CancellationToken ct = default)
    {
        var hub = await FindAsync(slug, ct);
        if (hub is null)
        {
            hubContext.Leave();
            return false;
        }

        hubContext.Enter(hub);
        return true;
    }

    public void Forget(string slug) => cache.Remove($"hub-slug:{slug}");
}
