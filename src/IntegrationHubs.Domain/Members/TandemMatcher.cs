namespace IntegrationHubs.Domain.Members;

/// <summary>
/// Suggests language-tandem partners: B speaks (fluent or native) what A is learning, and A speaks
/// what B is learning. Better speakers and shared interests rank higher; ties break by id so the
/// order is stable.
/// </summary>
public static class TandemMatcher
{
    public sealed record Person(Guid UserId, IReadOnlyList<SpokenLanguage> Languages, IReadOnlyCollection<string> Interests);

    public sealed record Match(Guid UserId, string TheyHelpWith, string YouHelpWith, int Score);

    public static IReadOnlyList<Match> Suggest(Person me, IEnumerable<Person> others, string? onlyLanguage = null)
    {
        var learning = me.Languages.Where(l => l.Level == LanguageLevel.Learning && (onlyLanguage is null || l.LanguageCode == onlyLanguage)).ToList();
        var teaching = me.Languages.Where(l => l.Level >= LanguageLevel.Fluent).ToList();
        var myInterests = new HashSet<string>(me.Interests, StringComparer.OrdinalIgnoreCase);

        return others
            .Where(o => o.UserId != me.UserId)
            .SelectMany(other => BestPairing(other, learning, teaching, myInterests))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.UserId)
            .ToList();
    }

    private static IEnumerable<Match> BestPairing(Person other, List<SpokenLanguage> learning, List<SpokenLanguage> teaching, HashSet<string> myInterests)
    {
        var pairings =
            from want in learning
            from theirs in other.Languages
            where theirs.LanguageCode == want.LanguageCode && theirs.Level >= LanguageLevel.Fluent
            from give in teaching
            from theirWant in other.Languages
            where theirWant.LanguageCode == give.LanguageCode && theirWant.Level == LanguageLevel.Learning
            select new Match(
                other.UserId,
                want.LanguageCode,
                give.LanguageCode,
                (int)theirs.Level + (int)give.Level + other.Interests.Count(myInterests.Contains));
        return pairings.OrderByDescending(p => p.Score).Take(1);
    }
}
