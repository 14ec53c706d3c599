using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Community;

/// <summary>
/// Tandem partners for the signed-in member, ranked by <see cref="TandemMatcher"/>: active members of this hub who show
/// in its directory and have no open tandem with them yet. Suggestions carry no name: a person's name is shared when
/// they accept a request, so declining never tells the asker who said no.
/// </summary>
public sealed class SuggestTandemPartners(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, Me.TagVocabularyStore vocabularies)
{
    public const int MaxSuggestions = 20;

    public sealed record Suggestion(Guid UserId, string TheyHelpWith, string YouHelpWith, IReadOnlyList<LanguageSkill> TheirLanguages,
        IReadOnlyList<string> SharedInterests, int Score);

    /// <param name="Learning">The languages the member is learning, from their profile; empty shows the hint to add one.</param>
    /// <param name="Language">The language the suggestions are for; null when there is none to choose.</param>
    /// <param name="MeInDirectory">Whether the member shows in the directory: if not, they are never suggested to others.</param>
    public sealed record Result(string HubName, string HubSlug, IReadOnlyList<string> Learning, string? Language, IReadOnlyList<Suggestion> Suggestions,
        bool MeInDirectory = true);

    public async Task<Result> HandleAsync(string? language, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // The member's own profile, by their own id (profiles are per person, not per hub).
        var mine = await db.MemberProfiles.AsNoTracking().Include(p => p.Languages).SingleOrDefaultAsync(p => p.UserId == userId, ct);
        var learning = mine?.IsLearning.Order(StringComparer.Ordinal).ToList() ?? [];
        var chosen = language is not null && learning.Contains(language) ? language : learning.FirstOrDefault();
        if (mine is null || chosen is null)
        {
            return new Result(hub.Name, hub.Slug, learning, null, [], mine?.ShowInDirectory ?? false);
        }

        var busy = db.Tandems
            .Where(t => (t.State == TandemState.Requested || t.State == TandemState.Active) && (t.RequesterId == userId || t.PartnerId == userId))
            .Select(t => t.RequesterId == userId ? t.PartnerId : t.RequesterId);
        // Only people who speak the language well enough can help; the matcher decides the rest.
        var candidates = await TandemPeople.ActiveProfiles(db, mustShowInDirectory: true)
            .Where(p => p.UserId != userId && !busy.Contains(p.UserId))
            .Where(p => p.Languages.Any(l => l.LanguageCode == chosen && (l.Level == LanguageLevel.Fluent || l.Level == LanguageLevel.Native)))
            .ToListAsync(ct);

        var vocabulary = await vocabularies.GetAsync(ct);
        var me = TandemPeople.ToPerson(mine, vocabulary);
        // Shared by concept, shown in the viewer's language: her "الطبخ" and his "Kochen" are one shared interest.
        var myInterests = me.Interests.ToHashSet(StringComparer.Ordinal);
        var byId = candidates.ToDictionary(p => p.UserId);
        var suggestions = TandemMatcher.Suggest(me, candidates.Select(p => TandemPeople.ToPerson(p, vocabulary)), chosen)
            .Take(MaxSuggestions)
            .Select(m => new Suggestion(m.UserId, m.TheyHelpWith, m.YouHelpWith, ListDirectory.Ordered(byId[m.UserId].Languages),
                [.. byId[m.UserId].Interests.Where(i => myInterests.Contains(vocabulary.MatchKey(i))).Select(i => vocabulary.Display(i, Me.TagVocabularyStore.ViewerLanguage))], m.Score))
            .ToList();
        return new Result(hub.Name, hub.Slug, learning, chosen, suggestions, mine.ShowInDirectory);
    }
}
