using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Community;

/// <summary>Loads people of the current hub in the shape the tandem matcher takes. Queries run through the tenant filter.</summary>
internal static class TandemPeople
{
    /// <summary>The person as a tandem partner in this hub; null when they are not an active member of it.</summary>
    public static async Task<TandemMatcher.Person?> MemberAsync(HubsDbContext db, Guid userId, bool mustShowInDirectory, TagVocabulary vocabulary, CancellationToken ct)
    {
        var people = await ActiveProfiles(db, mustShowInDirectory).Where(p => p.UserId == userId).ToListAsync(ct);
        return people.Select(p => ToPerson(p, vocabulary)).SingleOrDefault();
    }

    /// <summary>Profiles of the active members of this hub (only those who show in its directory, when asked).</summary>
    public static IQueryable<MemberProfile> ActiveProfiles(HubsDbContext db, bool mustShowInDirectory) =>
        db.HubMemberships.AsNoTracking()
            .Where(m => m.State == MembershipState.Active)
            .Join(db.MemberProfiles.Include(p => p.Languages).Where(p => p.ShowInDirectory || !mustShowInDirectory), m => m.UserId, p => p.UserId, (m, p) => p);

    /// <summary>Whether the two people have a requested or active tandem in this hub, whoever asked.</summary>
    public static Task<bool> HaveOpenTandemAsync(HubsDbContext db, Guid one, Guid other, CancellationToken ct) =>
        db.Tandems.AnyAsync(t => (t.State == TandemState.Requested || t.State == TandemState.Active)
            && ((t.RequesterId == one && t.PartnerId == other) || (t.RequesterId == other && t.PartnerId == one)), ct);

    /// <summary>The matcher compares interests by concept: the same interest typed in two languages is one shared interest.</summary>
    public static TandemMatcher.Person ToPerson(MemberProfile profile, TagVocabulary vocabulary) =>
        new(profile.UserId, profile.Languages, [.. profile.Interests.Select(vocabulary.MatchKey)]);
}
