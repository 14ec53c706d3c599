using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Invitations;

public enum InvitationLinkState
{
    /// <summary>No invitation has this token: mistyped, revoked, replaced or forged.</summary>
    Invalid,
    Open,
    Used,
    Expired,
}

/// <summary>What an invitation link leads to, for the page a visitor lands on from the mail.</summary>
public sealed class GetInvitation(IDbContextFactory<HubsDbContext> dbFactory, TimeProvider time)
{
    /// <param name="Email">
    /// The address the coordinator invited, for sign-up to suggest. The link holder sees it: whoever holds the link
    /// was given it by the coordinator, and the address is theirs (or one they were sent on by its owner).
    /// </param>
    public sealed record Result(InvitationLinkState State, string? HubName, string? HubSlug, HubRoles Roles, string? Email = null)
    {
        public static readonly Result Invalid = new(InvitationLinkState.Invalid, null, null, HubRoles.None);
    }

    public async Task<Result> HandleAsync(string? token, CancellationToken ct = default)
    {
        if (InvitationTokens.HashOrNull(token) is not { } hash)
        {
            return Result.Invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await InvitationLookup.FindAsync(db, hash, ct);
        if (found is null)
        {
            return Result.Invalid;
        }

        var (invitation, hub) = found.Value;
        var state = invitation.AcceptedAt is not null ? InvitationLinkState.Used
            : invitation.IsOpen(time.GetUtcNow()) ? InvitationLinkState.Open
            : InvitationLinkState.Expired;
        return new Result(state, hub.Name, hub.Slug, invitation.Roles, invitation.Email);
    }
}

internal static class InvitationLookup
{
    /// <summary>The invitation with this token hash, in whichever hub it is, with that hub.</summary>
    public static async Task<(HubInvitation Invitation, ResolvedHub Hub)?> FindAsync(HubsDbContext db, string hash, CancellationToken ct)
    {
        // Across hubs on purpose: a visitor following the link is in no hub yet, and the token is the
        // only key they have. The unique hash identifies one row; nothing else of other hubs is read.
        var found = await db.HubInvitations.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Join(db.Hubs, i => i.HubId, h => h.Id, (i, h) => new
            {
                Invitation = i,
                Hub = new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone),
            })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : (found.Invitation, found.Hub);
    }
}
