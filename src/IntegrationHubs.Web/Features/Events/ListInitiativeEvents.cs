using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// An initiative's upcoming events in every status (waiting for approval too), for its team and the hub's coordinators.
/// Anyone else finds no such initiative.
/// </summary>
public sealed class ListInitiativeEvents(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task<IReadOnlyList<EventCard>> HandleAsync(Guid initiativeId, string uiLanguage, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        await TitleAsync(initiativeId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var events = db.Events.Where(e => e.InitiativeId == initiativeId && e.End > now);
        return await EventCards.ToCardsAsync(db, events, _ => (hub.Slug, hub.Name, hub.TimeZone), uiLanguage, ct);
    }

    /// <summary>The initiative's title, when the signed-in person is on its team or coordinates the hub; not found otherwise.</summary>
    public async Task<string> TitleAsync(Guid initiativeId, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct);
        return initiative is not null && (initiative.IsTeam(userId) || isCoordinator) ? initiative.Title : throw new NotFoundException();
    }
}
