using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Invitations;

/// <summary>
/// The signed-in person accepts an invitation: it is used up and they become an active member of
/// its hub with the invited roles, both in one transaction. The person need not own the invited
/// address — whoever holds the link was given it by the coordinator.
/// </summary>
public sealed class AcceptInvitation(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, HubAuthorizer authorizer, TimeProvider time)
{
    public enum Outcome
    {
        Accepted,
        NeedsProfile,
    }

    public sealed record Result(Outcome Outcome, string HubSlug);

    public async Task<Result> HandleAsync(string? token, CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var hash = InvitationTokens.HashOrNull(token) ?? throw new DomainException("Invitations.Invalid");
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (invitation, hub) = await InvitationLookup.FindAsync(db, hash, ct) ?? throw new DomainException("Invitations.Invalid");

        // The domain's refusal (used, expired) first, so a dead link says so before asking for a profile.
        invitation.Accept(userId, now);

        // Membership shares a profile with the hub: the person must have agreed to the current texts first.
        if (!await ConsentRecords.HasCurrentAsync(db, userId, ct))
        {
            return new Result(Outcome.NeedsProfile, hub.Slug);
        }

        // The rows belong to the invitation's hub: work inside it, so the tenant guard stamps and permits them.
        using (hubContext.EnterTemporarily(hub))
        {
            await db.InTransactionAsync(async transaction =>
            {
                // Conditional update: of two accepts racing for one link, the second waits for the first's
                // row lock, then finds it accepted and changes nothing.
                var claimed = await db.HubInvitations
                    .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.ExpiresAt > now)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedByUserId, userId), ct);
                if (claimed == 0)
                {
                    throw new DomainException("Invitation.Used");
                }

                var membership = await db.HubMemberships.SingleOrDefaultAsync(m => m.UserId == userId, ct);
                if (membership is null)
                {
                    db.HubMemberships.Add(new HubMembership { UserId = userId, Roles = invitation.Roles | HubRoles.Member, State = MembershipState.Active, JoinedAt = now });
                }
                else if (membership.State == MembershipState.Active)
                {
                    membership.Roles |= invitation.Roles | HubRoles.Member;
                }
                else
                {
                    // A coordinator's invitation is their decision to have this person in the hub: it also
                    // reopens a membership that was left, requested or switched off.
                    membership.State = MembershipState.Active;
                    membership.Roles = invitation.Roles | HubRoles.Member;
                    membership.JoinedAt = now;
                }

                db.AuditEntries.Add(InvitationAudit.Entry(hub.Id, userId, invitation, AuditActions.InvitationAccepted, now));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }, ct);
        }

        return new Result(Outcome.Accepted, hub.Slug);
    }
}
