using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Invitations;

public enum InvitationState
{
    Open,
    Accepted,
    Expired,
}

/// <summary>The current hub's invitations, newest first, for its coordinators; their times on the hub's clock.</summary>
public sealed class ListInvitations(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public sealed record Row(Guid Id, string Email, HubRoles Roles, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, InvitationState State);

    public sealed record Result(string HubName, string HubSlug, IReadOnlyList<Row> Invitations);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // The tenant filter keeps this to the current hub.
        var invitations = await db.HubInvitations.AsNoTracking()
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(ct);
        var rows = invitations
            .Select(i => new Row(i.Id, i.Email, i.Roles, Clocks.On(i.CreatedAt, hub.TimeZone), Clocks.On(i.ExpiresAt, hub.TimeZone),
                i.AcceptedAt is { } accepted ? Clocks.On(accepted, hub.TimeZone) : null,
                i.AcceptedAt is not null ? InvitationState.Accepted : i.IsOpen(now) ? InvitationState.Open : InvitationState.Expired))
            .ToList();
        return new Result(hub.Name, hub.Slug, rows);
    }
}
