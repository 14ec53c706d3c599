using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Hubs;

/// <summary>
/// A hub's public page. Hubs still in planning (or closed) are visible only to people who run them;
/// to everyone else they do not exist.
/// </summary>
public sealed class GetHubPage(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, HubAuthorizer authorizer)
{
    public sealed record Result(string Slug, string Name, string Municipality, string? Neighbourhood, string Address, string TimeZone,
        HubStatus Status, IReadOnlyList<string> Languages, string? Description, bool IsMember, bool CanManage,
        bool SignedIn, MembershipState? MyState, JoinPolicy JoinPolicy);

    public async Task<Result?> HandleAsync(CancellationToken ct = default)
    {
        if (hubContext.HubId is not { } hubId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hub = await db.Hubs.AsNoTracking().Include(h => h.Municipality).SingleOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null)
        {
            return null;
        }

        var access = await authorizer.GetAccessAsync(ct);
        var canManage = access.Allows(HubPermission.Manage);
        if (!HubStatusTransitions.IsPublic(hub.Status) && !canManage)
        {
            return null;
        }

        return new Result(hub.Slug, hub.Name, hub.Municipality!.Name, hub.Neighbourhood, hub.Address, hub.TimeZone,
            hub.Status, hub.Languages, hub.Description, access.Allows(HubPermission.ViewMemberArea), canManage,
            access.UserId is not null, access.Membership?.State, hub.JoinPolicy);
    }
}
