using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Invitations;

/// <summary>
/// A coordinator withdraws an invitation that was not accepted: the row is deleted, so its link
/// finds nothing any more. The audit log keeps that it happened.
/// </summary>
public sealed class RevokeInvitation(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task HandleAsync(Guid invitationId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var actorId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // The tenant filter makes another hub's invitation look like none at all.
        var invitation = await db.HubInvitations.SingleOrDefaultAsync(i => i.Id == invitationId, ct) ?? throw new NotFoundException();
        if (invitation.AcceptedAt is not null)
        {
            // An accepted invitation is history; the membership it made is changed on the members page.
            throw new DomainException("Invitation.Used");
        }

        db.HubInvitations.Remove(invitation);
        db.AuditEntries.Add(InvitationAudit.Entry(hub.Id, actorId, invitation, AuditActions.InvitationRevoked, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
