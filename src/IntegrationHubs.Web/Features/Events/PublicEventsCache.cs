using System.Runtime.CompilerServices;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// A hub's public events API, its iCalendar feed and its "what's on" page are the same bytes for every visitor in a
/// language, and are read far more often than they change. Visitors get them from memory
/// (<see cref="VisitorCacheMiddleware"/>): for at most a minute, and not a moment after the hub's events or RSVPs change
/// (<see cref="PublicEventsCacheInvalidator"/>). Anyone carrying a sign-in cookie always gets a fresh answer.
/// </summary>
public static class PublicEventsCache
{
    /// <summary>The longest a visitor sees an answer that a change made outside EF (or another app instance) has outdated.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static string Tag(Guid hubId) => $"events:{hubId:N}";

    public static IServiceCollection AddPublicEventsCache(this IServiceCollection services)
    {
        // The output cache's store: bounded in size, evicted by tag. Its middleware is not used (see VisitorCacheMiddleware).
        services.AddOutputCache();
        services.AddSingleton<PublicEventsCacheInvalidator>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<PublicEventsCacheInvalidator>());
        return services;
    }

    /// <summary>Serves this endpoint of a hub to visitors from memory.</summary>
    public static TBuilder CacheForVisitors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new CachedForVisitorsAttribute());
}

/// <summary>After a save that touched events, RSVPs, a hub or its spaces, evicts the cached public answers of the hubs concerned.</summary>
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
            // The hub itself (its name, its status: a hub taken off the public list must vanish from every cached answer
            // at once) and its spaces (an event's place is the space's name) are printed in the cached answers too.
            .Select(e => e.Entity switch { Event ev => ev.HubId, Rsvp r => r.HubId, Hub h => h.Id, Space s => s.HubId, _ => Guid.Empty })
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
