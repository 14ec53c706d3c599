using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Community;

/// <summary>
/// The signed-in member's requested and active tandems in this hub. Names are shared step by step: a request shows the
/// person asked who is asking (name and languages — that is the request); once active, each side sees the other's name
/// as the contact name. A request the member sent shows no name until it is accepted.
/// </summary>
public sealed class ListMyTandems(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    /// <param name="ILearn">The language the member practises in this tandem.</param>
    /// <param name="IHelpWith">The language the member helps the other with.</param>
    /// <param name="ContactName">The other's display name, once the tandem is active.</param>
    /// <param name="RequesterName">Who asks, on a request the member has to answer.</param>
    /// <param name="RequesterLanguages">The asker's languages, on a request the member has to answer.</param>
    public sealed record Item(Guid Id, TandemState State, bool IAsked, string ILearn, string IHelpWith, string? ContactName,
        string? RequesterName, IReadOnlyList<LanguageSkill> RequesterLanguages, DateTimeOffset CreatedAt)
    {
        public bool CanAnswer => State == TandemState.Requested && !IAsked;
    }

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var tandems = await db.Tandems.AsNoTracking()
            .Where(t => (t.State == TandemState.Requested || t.State == TandemState.Active) && (t.RequesterId == userId || t.PartnerId == userId))
            .ToListAsync(ct);
        var others = tandems.Select(t => t.RequesterId == userId ? t.PartnerId : t.RequesterId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var askers = tandems.Where(t => t.State == TandemState.Requested && t.PartnerId == userId).Select(t => t.RequesterId).ToList();
        var askerLanguages = (await db.MemberLanguages.AsNoTracking().Where(l => askers.Contains(l.UserId)).ToListAsync(ct))
            .ToLookup(l => l.UserId);

        return tandems
            .Select(t =>
            {
                var iAsked = t.RequesterId == userId;
                var other = iAsked ? t.PartnerId : t.RequesterId;
                var incoming = t.State == TandemState.Requested && !iAsked;
                return new Item(
                    t.Id, t.State, iAsked,
                    ILearn: iAsked ? t.RequesterLearns : t.PartnerLearns,
                    IHelpWith: iAsked ? t.PartnerLearns : t.RequesterLearns,
                    ContactName: t.State == TandemState.Active ? names.GetValueOrDefault(other) : null,
                    RequesterName: incoming ? names.GetValueOrDefault(other) : null,
                    RequesterLanguages: incoming ? ListDirectory.Ordered(askerLanguages[other]) : [],
                    t.CreatedAt);
            })
            // Requests waiting for this member's answer first, then active tandems, then requests they sent.
            .OrderByDescending(i => i.CanAnswer)
            .ThenBy(i => i.State == TandemState.Active ? 0 : 1)
            .ThenByDescending(i => i.CreatedAt)
            .ToList();
    }
}
