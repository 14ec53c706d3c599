using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Notifications;

/// <summary>The signed-in person's notifications, newest first, from every hub they take part in.</summary>
public sealed class ListMyNotifications(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IStringLocalizer<Strings> l)
{
    public const int PageSize = 100;

    /// <param name="CreatedAt">In the time zone of the hub it came from.</param>
    public sealed record Item(Guid Id, string Text, string Link, string Hub, DateTimeOffset CreatedAt, bool IsRead);

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Across hubs on purpose: a person's own notifications, read by their own user id.
        var rows = await db.Notifications.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(PageSize)
            .Join(db.Hubs, n => n.HubId, h => h.Id, (n, h) => new { n.Id, n.Kind, n.Parameters, n.Link, Hub = h.Name, h.TimeZone, n.CreatedAt, n.ReadAt })
            .ToListAsync(ct);
        return [.. rows.Select(n => new Item(n.Id, Notifier.Render(l, n.Kind, n.Parameters), n.Link, n.Hub, Clocks.On(n.CreatedAt, n.TimeZone), n.ReadAt is not null))];
    }
}

/// <summary>How many of the signed-in person's notifications are unread (the badge in the account menu).</summary>
public sealed class CountMyUnreadNotifications(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        if ((await authorizer.GetUserAsync()).GetUserId() is not { } userId)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Across hubs on purpose: the person's own rows, by their own id.
        return await db.Notifications.IgnoreQueryFilters([HubsDbContext.TenantFilter]).CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }
}

/// <summary>Marks one of the signed-in person's notifications read, or all of them; another person's id changes nothing.</summary>
public sealed class MarkNotificationsRead(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    /// <param name="id">Null marks all.</param>
    /// <returns>How many were marked.</returns>
    public async Task<int> HandleAsync(Guid? id, CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Across hubs on purpose, and only the person's own rows: the user id is part of the statement.
        var mine = db.Notifications.IgnoreQueryFilters([HubsDbContext.TenantFilter]).Where(n => n.UserId == userId && n.ReadAt == null);
        if (id is { } one)
        {
            mine = mine.Where(n => n.Id == one);
        }

        return await mine.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}

/// <summary>Registers the notification services.</summary>
public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<Notifier>();
        services.AddScoped<ListMyNotifications>();
        services.AddScoped<CountMyUnreadNotifications>();
        services.AddScoped<MarkNotificationsRead>();
        return services;
    }
}
