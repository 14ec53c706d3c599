using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Spaces;

/// <summary>The hub's spaces, for members choosing where to book and for coordinators managing them.</summary>
public sealed class ListSpaces(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Item(Guid Id, uint Version, string Name, SpaceType Type, int Capacity, SpaceFeatures Features, string? Description,
        bool IsActive, BookingPolicy Policy, IReadOnlyList<OpeningPeriod> OpeningHours, IReadOnlyList<Closure> Closures);

    public async Task<IReadOnlyList<Item>> HandleAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var spaces = await db.Spaces.AsNoTracking().Where(s => includeInactive || s.IsActive).OrderBy(s => s.Name).ToListAsync(ct);
        return [.. spaces.Select(s => new Item(s.Id, s.Version, s.Name, s.Type, s.Capacity, s.Features, s.Description, s.IsActive, s.Policy, s.OpeningHours, s.Closures))];
    }
}

/// <summary>One space with its whole description, for the coordinator's edit form.</summary>
public sealed class GetSpace(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Result(Guid Id, uint Version, SpaceForm Form);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        return new Result(space.Id, space.Version, SpaceForm.From(space));
    }
}

/// <summary>
/// Space utilisation for a period of local dates: per space and for the whole hub, confirmed booked hours ÷
/// opening hours (see <see cref="Utilisation"/>) — the figure the dashboards use.
/// </summary>
public sealed class GetSpaceUtilisation(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Query(DateOnly From, DateOnly To);

    public sealed record SpaceFigure(Guid SpaceId, string Name, UtilisationFigure Figure);

    public sealed record Result(IReadOnlyList<SpaceFigure> Spaces, UtilisationFigure Hub);

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        if (query.To < query.From || query.To.DayNumber - query.From.DayNumber > 366)
        {
            throw new Domain.Common.DomainException("Spaces.Validation.Period");
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var from = HubTime.StartOfDay(query.From, zone);
        var to = HubTime.StartOfDay(query.To.AddDays(1), zone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.Status == BookingStatus.Confirmed && b.Start < to && b.End > from)
            .Select(b => new { b.SpaceId, b.Start, b.End })
            .ToListAsync(ct);
        var figures = spaces.Select(s => new SpaceFigure(s.Id, s.Name, Utilisation.ForSpace(s,
            bookings.Where(b => b.SpaceId == s.Id).Select(b => (b.Start, b.End)), query.From, query.To, zone))).ToList();
        return new Result(figures, Utilisation.ForHub(figures.Select(f => f.Figure)));
    }
}
