using System.Globalization;
using System.Runtime.CompilerServices;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// A hub's public events API and iCalendar feed are the same bytes for every visitor in a language, and are read
/// far more often than they change. Visitors get them from memory: for at most a minute, and not a moment after the
/// hub's events or RSVPs change (<see cref="PublicEventsCacheInvalidator"/>). Signed-in people and responses that set
/// cookies are never cached (the output cache's default policy). The events page is not cached: Blazor writes a
/// per-visitor antiforgery token into every server-rendered page, and one visitor's token must not reach another.
/// </summary>
public static class PublicEventsCache
{
    public const string Policy = "PublicEvents";

    /// <summary>The longest a visitor sees an answer that a change made outside EF (or another app instance) has outdated.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static string Tag(Guid hubId) => $"events:{hubId:N}";

    public static IServiceCollection AddPublicEventsCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(Lifetime)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .AddPolicy<HubTagPolicy>()));
        services.AddSingleton<PublicEventsCacheInvalidator>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<PublicEventsCacheInvalidator>());
        return services;
    }

    /// <summary>Tags each cached answer with its hub, so a change evicts that hub's answers only.</summary>
    private sealed class HubTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.RequestServices.GetRequiredService<HubContext>().HubId is { } hubId)
            {
                context.Tags.Add(Tag(hubId));

                // The key holds the hub itself, not only its slug: a slug given up and taken again never shows the old hub's events.
                context.CacheVaryByRules.VaryByValues["hub"] = hubId.ToString("N");
            }
            else
            {
                // Without a hub there is nothing to evict by: do not cache.
                context.EnableOutputCaching = false;
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}

/// <summary>After a save that touched events or RSVPs, evicts the cached public answers of the hubs concerned.</summary>
public sealed class PublicEventsCacheInvalidator(IOutputCacheStore store) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var hubs = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch { Event ev => ev.HubId, Rsvp r => r.HubId, _ => Guid.Empty })
            .Where(id => id != Guid.Empty);
        var pending = _pending.GetOrCreateValue(context);
        pending.UnionWith(hubs);
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !_pending.TryGetValue(context, out var hubs) || hubs.Count == 0)
        {
            return;
        }

        _pending.Remove(context);
        foreach (var hub in hubs)
        {
            await store.EvictByTagAsync(PublicEventsCache.Tag(hub), ct);
        }
    }
}
