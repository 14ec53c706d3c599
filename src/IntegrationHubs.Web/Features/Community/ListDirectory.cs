using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Community;

/// <summary>A language a person speaks and how well; what the directory and tandem screens show of a profile.</summary>
public sealed record LanguageSkill(string Code, LanguageLevel Level);

/// <summary>
/// The hub directory: active members of the current hub who chose to appear in it, with name, languages,
/// skills and interests. Never email, never the self-description: the result type has no place for them.
/// </summary>
public sealed class ListDirectory(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TagVocabularyStore vocabularies)
{
    /// <summary>A directory lists at most this many people at once; a search narrows it down.</summary>
    public const int MaxResults = 200;

    public sealed record Query(string? Search = null, string? Language = null);

    public sealed record Entry(Guid UserId, string DisplayName, IReadOnlyList<LanguageSkill> Languages, IReadOnlyList<string> Skills,
        IReadOnlyList<string> Interests, bool IsMe);

    /// <param name="Languages">Every language someone in the directory speaks, for the filter.</param>
    /// <param name="Truncated">More people match than <see cref="MaxResults"/>.</param>
    public sealed record Result(string HubName, string HubSlug, IReadOnlyList<Entry> Entries, IReadOnlyList<string> Languages, bool Truncated);

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var me = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var vocabulary = await vocabularies.GetAsync(ct);

        // Memberships come through the tenant filter: only this hub's people, no hub id repeated here.
        var listed = db.HubMemberships.AsNoTracking()
            .Where(m => m.State == MembershipState.Active)
            .Join(db.MemberProfiles.Where(p => p.ShowInDirectory), m => m.UserId, p => p.UserId, (m, p) => p);

        var languages = await listed
            .SelectMany(p => p.Languages.Select(l => l.LanguageCode))
            .Distinct()
            .ToListAsync(ct);

        if (LanguageCatalog.IsKnown(query.Language))
        {
            listed = listed.Where(p => p.Languages.Any(l => l.LanguageCode == query.Language));
        }

        if (SearchPattern.Contains(query.Search) is { } pattern)
        {
            // Tags are stored as concept keys: "Kochen" finds the person who typed "الطبخ" through the concepts whose name or
            // synonym in any language contains the search; free-text tags are still searched as text.
            var concepts = vocabulary.KeysContaining(query.Search).ToArray();
            listed = listed.Where(p =>
                db.Users.Any(u => u.Id == p.UserId && EF.Functions.ILike(u.DisplayName, pattern, SearchPattern.Escape))
                || p.Skills.Any(s => EF.Functions.ILike(s, pattern, SearchPattern.Escape) || concepts.Contains(s))
                || p.Interests.Any(i => EF.Functions.ILike(i, pattern, SearchPattern.Escape) || concepts.Contains(i)));
        }

        var rows = await listed
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.UserId, u.DisplayName, p.Skills, p.Interests, p.Languages })
            .OrderBy(r => r.DisplayName).ThenBy(r => r.UserId)
            .Take(MaxResults + 1)
            .ToListAsync(ct);

        var entries = rows.Take(MaxResults)
            .Select(r => new Entry(r.UserId, r.DisplayName, Ordered(r.Languages), TagVocabularyStore.Display(vocabulary, r.Skills),
                TagVocabularyStore.Display(vocabulary, r.Interests), r.UserId == me))
            .ToList();
        return new Result(hub.Name, hub.Slug, entries, [.. languages.Order(StringComparer.Ordinal)], rows.Count > MaxResults);
    }

    internal static IReadOnlyList<LanguageSkill> Ordered(IEnumerable<SpokenLanguage> languages) =>
        [.. languages.OrderByDescending(l => l.Level).ThenBy(l => l.LanguageCode, StringComparer.Ordinal).Select(l => new LanguageSkill(l.LanguageCode, l.Level))];
}

/// <summary>Turns what a person typed into a LIKE pattern that matches it literally, anywhere in a text.</summary>
internal static class SearchPattern
{
    public const string Escape = "\\";

    /// <summary>Longer input is cut: no name, skill or interest is longer than this.</summary>
    public const int MaxLength = 100;

    public static string? Contains(string? term)
    {
        var trimmed = term?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[..MaxLength];
        }

        var escaped = trimmed.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
