using System.Security.Claims;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>
/// A coordinator's dashboard of their own hub, its counts of people rounded like every dashboard's (decision 0022). Any
/// days may be chosen: the coordinator sees the hub's members by name, so differences between two periods tell them nothing new.
/// </summary>
public sealed class GetHubDashboard(MetricsReader reader, HubAuthorizer authorizer)
{
    public sealed record Result(string HubName, string HubSlug, DashboardView View, DateTimeOffset ReadAt);

    public async Task<Result> HandleAsync(Period period, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var figures = await reader.ReadAsync([hub.Id], period.From, period.To, ct);
        return new Result(hub.Name, hub.Slug, Dashboard.Build(period, [new DashboardUnit(hub.Slug, hub.Name, figures[0])]), Clocks.On(DateTimeOffset.UtcNow, hub.TimeZone));
    }
}

/// <summary>
/// The cross-site dashboard. A municipality viewer sees the hubs of a municipality they are appointed for, side by side
/// with their total; a network admin sees any municipality, or — no municipality chosen — every municipality compared.
/// The person comes as a parameter, so pages (circuit) and the export API (request) share this check.
/// </summary>
public sealed class GetNetworkDashboard(IDbContextFactory<HubsDbContext> dbFactory, MetricsReader reader)
{
    public enum Outcome
    {
        Ok,

        /// <summary>No such municipality (404).</summary>
        NotFound,

        /// <summary>Signed in but not appointed for it, or for none at all (403).</summary>
        Forbidden,
    }

    public sealed record MunicipalityChoice(Guid Id, string Name);

    /// <summary>A hub beside its figures: where it stands in its life cycle and how far its setup checklist is.</summary>
    public sealed record HubState(string Key, string Name, HubStatus Status, int SetupDone, int SetupTotal)
    {
        public int SetupPercent => SetupTotal == 0 ? 0 : SetupDone * 100 / SetupTotal;
    }

    public sealed record Result(
        Outcome Outcome, IReadOnlyList<MunicipalityChoice> Municipalities, MunicipalityChoice? Municipality, IReadOnlyList<HubState> Hubs,
        DashboardView? View, DateTimeOffset ReadAt, bool ReadAtInUtc = true)
    {
        public static Result Refused(Outcome outcome) => new(outcome, [], null, [], null, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// <paramref name="period"/> must be whole, completed calendar months (<see cref="Period.WholeMonthsRefusal"/>; the page and
    /// the API refuse anything else first): a shorter step would let two reports be subtracted (decision 0022).
    /// </summary>
    public async Task<Result> HandleAsync(ClaimsPrincipal user, Guid? municipalityId, Period period, CancellationToken ct = default)
    {
        if (!period.IsWholeMonths)
        {
            throw new ArgumentException("The cross-site dashboard shows whole months only.", nameof(period));
        }

        if (user.GetUserId() is not { } userId)
        {
            return Result.Refused(Outcome.Forbidden);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var isAdmin = user.IsInRole(NetworkRoles.NetworkAdmin);
        var allowed = await db.Municipalities.AsNoTracking()
            .Where(m => isAdmin || db.MunicipalityViewers.Any(v => v.UserId == userId && v.MunicipalityId == m.Id))
            .OrderBy(m => m.Name).Select(m => new MunicipalityChoice(m.Id, m.Name)).ToListAsync(ct);

        if (municipalityId is { } asked && allowed.All(m => m.Id != asked))
        {
            return Result.Refused(await db.Municipalities.AnyAsync(m => m.Id == asked, ct) ? Outcome.Forbidden : Outcome.NotFound);
        }

        if (allowed.Count == 0)
        {
            return Result.Refused(Outcome.Forbidden);
        }

        // A viewer of one municipality goes straight to it; an admin without a choice compares all municipalities.
        var chosen = municipalityId is { } id ? allowed.Single(m => m.Id == id) : !isAdmin ? allowed[0] : null;
        var scope = chosen is null ? allowed.Select(m => m.Id).ToList() : [chosen.Id];
        var hubs = await db.Hubs.AsNoTracking()
            .Where(h => scope.Contains(h.MunicipalityId))
            .OrderBy(h => h.Name)
            .Select(h => new { h.Id, h.MunicipalityId, h.Name, h.Slug, h.Status, h.TimeZone })
            .ToListAsync(ct);
        var hubIds = hubs.Select(h => h.Id).ToList();

        // Checklist progress of many hubs at once: the tenant filter (one hub) is lifted, the hub ids are the scope.
        var setup = await db.SetupItems.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(s => hubIds.Contains(s.HubId))
            .GroupBy(s => s.HubId)
            .Select(g => new { HubId = g.Key, Done = g.Count(s => s.IsDone), Total = g.Count() })
            .ToDictionaryAsync(g => g.HubId, ct);

        var figures = (await reader.ReadAsync(hubIds, period.From, period.To, ct)).ToDictionary(f => f.HubId);
        IReadOnlyList<DashboardUnit> units = chosen is not null
            ? [.. hubs.Select(h => new DashboardUnit(h.Slug, h.Name, figures[h.Id]))]
            : [.. allowed.Select(m =>
            {
                // A municipality's counts of people are its hubs' rounded atoms added up (decision 0022), so the hubs go along.
                var parts = hubs.Where(h => h.MunicipalityId == m.Id).Select(h => figures[h.Id]).ToList();
                return new DashboardUnit(m.Id.ToString(), m.Name, HubFigures.Sum(parts) with { HubId = m.Id }, parts);
            })];
        var states = hubs.Select(h => new HubState(h.Slug, h.Name, h.Status, setup.GetValueOrDefault(h.Id)?.Done ?? 0, setup.GetValueOrDefault(h.Id)?.Total ?? 0)).ToList();
        var view = units.Count == 0 ? null : Dashboard.Build(period, units);
        var (readAt, inUtc) = Clocks.Shared(DateTimeOffset.UtcNow, hubs.Select(h => h.TimeZone));
        return new Result(Outcome.Ok, allowed, chosen, states, view, readAt, inUtc);
    }
}

public static class DashboardsServiceCollectionExtensions
{
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        services.AddScoped(sp => new MetricsReader(sp.GetRequiredService<IDbContextFactory<HubsDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<GetHubDashboard>();
        services.AddScoped<GetNetworkDashboard>();
        return services;
    }
}
