using System.Linq.Expressions;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Security;

/// <summary>
/// A person's standing across hubs as it is now, for their personal lists, feeds and notices: an RSVP made while a member
/// outlives the membership, so what each shows is decided by <see cref="VisitorView.EventsFor"/> from this, read per call.
/// </summary>
public sealed record PersonalView(IReadOnlyList<Guid> MemberOf, IReadOnlyList<Guid> PublicHubs)
{
    public Expression<Func<Event, bool>> Events => VisitorView.EventsFor(MemberOf, PublicHubs);

    public static async Task<PersonalView> ReadAsync(HubsDbContext db, Guid userId, CancellationToken ct)
    {
        // Across hubs on purpose: the person's own memberships, by their own user id.
        var memberOf = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.UserId == userId).Where(VisitorView.ActiveMemberships).Select(m => m.HubId).ToListAsync(ct);
        var publicHubs = await db.Hubs.AsNoTracking().Where(VisitorView.Hubs).Select(h => h.Id).ToListAsync(ct);
        return new PersonalView(memberOf, publicHubs);
    }
}
