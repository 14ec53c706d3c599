using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Support;

/// <summary>A space of a journey's own in a demo hub, so demo bookings and other journeys' spaces never stand in its way.</summary>
public static class TestSpaces
{
    /// <summary>Creates a space named <paramref name="prefix"/> plus a unique part, open every day from <paramref name="opens"/> to <paramref name="closes"/> (00:00–00:00: all day).</summary>
    public static async Task<(Guid Id, string Name)> CreateAsync(
        HubsAppFactory app, string hubSlug, string prefix, SpaceType type, int capacity, BookingPolicy policy, TimeOnly opens, TimeOnly closes)
    {
        var name = $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
        await using var scope = app.Services.CreateAsyncScope();
        await using var lookup = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var hub = await lookup.Hubs.Where(h => h.Slug == hubSlug)
            .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone)).SingleAsync();
        scope.ServiceProvider.GetRequiredService<HubContext>().Enter(hub);
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var space = Space.Create(name, type, capacity);
        space.SetPolicy(policy);
        space.SetOpeningHours(Enum.GetValues<DayOfWeek>().Select(d => new OpeningPeriod(d, opens, closes)));
        db.Spaces.Add(space);
        await db.SaveChangesAsync();
        return (space.Id, name);
    }
}
