using System.Globalization;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace IntegrationHubs.Web.Features.Me;

/// <summary>
/// The network-wide skill and interest vocabulary, read from the database and kept in memory for a few minutes: every
/// profile save, directory search and tandem suggestion reads it, and it changes only with a migration or an admin.
/// </summary>
public sealed class TagVocabularyStore(IDbContextFactory<HubsDbContext> dbFactory, IMemoryCache cache)
{
    private static readonly object CacheKey = new();

    /// <summary>The language tags are shown in: the viewer's UI language.</summary>
    public static string ViewerLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<TagVocabulary> GetAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(CacheKey, out TagVocabulary? cached) && cached is not null)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var concepts = await db.TagConcepts.AsNoTracking().Include(c => c.Terms).OrderBy(c => c.Key).ToListAsync(ct);
        var vocabulary = new TagVocabulary(concepts);
        cache.Set(CacheKey, vocabulary, TimeSpan.FromMinutes(10));
        return vocabulary;
    }

    /// <summary>Stored tags as the viewer reads them.</summary>
    public static IReadOnlyList<string> Display(TagVocabulary vocabulary, IEnumerable<string> stored) =>
        [.. stored.Select(s => vocabulary.Display(s, ViewerLanguage))];
}
