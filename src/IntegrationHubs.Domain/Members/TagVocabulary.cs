using System.Globalization;
using System.Text;

namespace IntegrationHubs.Domain.Members;

/// <summary>Which tag list a concept is offered for; matching ignores it (a skill one person has is an interest of another).</summary>
[Flags]
public enum TagKinds
{
    None = 0,
    Skill = 1,
    Interest = 2,
    Both = Skill | Interest,
}

/// <summary>
/// One skill or interest of the network-wide vocabulary. Profiles store its <see cref="Key"/>, so "الطبخ" typed in Arabic
/// and "Kochen" typed in German are the same tag. Network-wide on purpose: no hub id, no person data.
/// </summary>
public sealed class TagConcept
{
    public const int KeyMaxLength = 40;

    /// <summary>Stable, lower-case ASCII (e.g. <c>bike-repair</c>); never renamed, profiles refer to it.</summary>
    public required string Key { get; init; }

    public TagKinds Kinds { get; set; } = TagKinds.Both;

    public List<TagTerm> Terms { get; set; } = [];
}

/// <summary>A name (shown) or a synonym (only matched) of a concept in one language.</summary>
public sealed class TagTerm
{
    public required string ConceptKey { get; init; }

    /// <summary>Two-letter language code: de, en, ar, uk, …</summary>
    public required string Language { get; init; }

    public required string Text { get; init; }

    /// <summary>The name shown in this language; synonyms are false. One name per concept and language.</summary>
    public bool IsName { get; init; }
}

/// <summary>
/// Reads tags against the vocabulary: typed text in any language becomes the concept key; text the vocabulary does not know
/// stays free text with its whitespace tidied. Comparison always goes through <see cref="MatchKey"/>, so matching compares
/// concepts, and free text case-insensitively.
/// </summary>
public sealed class TagVocabulary
{
    /// <summary>Shown when the viewer's language has no name for a concept: the source language first.</summary>
    private static readonly string[] FallbackLanguages = ["de", "en"];

    private readonly Dictionary<string, TagConcept> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyByTerm = new(StringComparer.Ordinal);
    private readonly List<(string Normalised, string Key)> _terms = [];

    public TagVocabulary(IEnumerable<TagConcept> concepts)
    {
        foreach (var concept in concepts)
        {
            _byKey[concept.Key] = concept;
            _keyByTerm.TryAdd(Normalise(concept.Key), concept.Key);
            foreach (var term in concept.Terms)
            {
                var normalised = Normalise(term.Text);
                // The first concept claiming a term keeps it: a synonym shared by two concepts must not flip between them.
                _keyByTerm.TryAdd(normalised, concept.Key);
                _terms.Add((normalised, concept.Key));
            }
        }
    }

    public static TagVocabulary Empty { get; } = new([]);

    public IReadOnlyCollection<TagConcept> Concepts => _byKey.Values;

    /// <summary>
    /// The comparison form of typed text: format characters (the invisible bidi marks) and Arabic vowel signs and tatweel
    /// removed, compatibility forms folded (NFKC), whitespace collapsed, lower case.
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format || c == '\u0640' || (category is UnicodeCategory.NonSpacingMark && IsArabicMark(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Typed text with only its whitespace tidied (trimmed, runs made one space, bidi marks gone): how free text is kept.</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var parts = text.Normalize(NormalizationForm.FormKC)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            .ToArray();
        return string.Join(' ', new string(parts).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The concept key typed or stored text stands for, or null when the vocabulary does not know it.</summary>
    public string? ConceptKeyOf(string? text) => _keyByTerm.GetValueOrDefault(Normalise(text));

    /// <summary>What two tags are compared by: the concept key, or the normalised free text.</summary>
    public string MatchKey(string? text) => ConceptKeyOf(text) ?? Normalise(text);

    /// <summary>What a profile stores for typed text: the concept key, or the tidied free text.</summary>
    public string ToStored(string? text) => ConceptKeyOf(text) ?? Tidy(text);

    /// <summary>Typed or stored tags as stored: concept keys, free text tidied, empties and duplicates (by meaning) dropped, order kept.</summary>
    public List<string> NormaliseTags(IEnumerable<string?> tags) =>
        [.. tags.Select(t => (Stored: ToStored(t), Match: MatchKey(t))).Where(t => t.Stored.Length > 0).DistinctBy(t => t.Match).Select(t => t.Stored)];

    /// <summary>A stored tag for a viewer: the concept's name in their language (then German, then English), free text as typed.</summary>
    public string Display(string stored, string language)
    {
        if (ConceptKeyOf(stored) is not { } key)
        {
            return stored;
        }

        var terms = _byKey[key].Terms;
        foreach (var candidate in FallbackLanguages.Prepend(language))
        {
            if (terms.FirstOrDefault(t => t.IsName && t.Language == candidate) is { } name)
            {
                return name.Text;
            }
        }

        return stored;
    }

    /// <summary>The name of a concept in a language, if the vocabulary has one.</summary>
    public string NameOf(string key, string language) => Display(key, language);

    /// <summary>
    /// Concepts whose name or synonym in any language contains the typed text, shown in the viewer's language: "koch" offers
    /// "Kochen", and so does "طبخ" for a German viewer. Names starting with the text come first.
    /// </summary>
    public IReadOnlyList<string> Suggest(string? typed, string language, TagKinds kinds = TagKinds.Both, int max = 8)
    {
        var needle = Normalise(typed);
        if (needle.Length == 0)
        {
            return [];
        }

        return [.. _terms
            .Where(t => t.Normalised.Contains(needle, StringComparison.Ordinal) && (_byKey[t.Key].Kinds & kinds) != 0)
            .GroupBy(t => t.Key)
            .Select(g => (Key: g.Key, Starts: g.Any(t => t.Normalised.StartsWith(needle, StringComparison.Ordinal))))
            .Select(x => (Name: Display(x.Key, language), x.Starts))
            .OrderByDescending(x => x.Starts)
            .ThenBy(x => x.Name, StringComparer.Create(CultureInfo.GetCultureInfo(language), true))
            .Select(x => x.Name)
            .Distinct()
            .Take(max)];
    }

    /// <summary>Concepts offered for a list before anything is typed, named in the viewer's language, alphabetically.</summary>
    public IReadOnlyList<string> Offered(TagKinds kinds, string language) =>
        [.. _byKey.Values.Where(c => (c.Kinds & kinds) != 0).Select(c => Display(c.Key, language))
            .Order(StringComparer.Create(CultureInfo.GetCultureInfo(language), true))];

    /// <summary>Keys of the concepts whose name or synonym in any language contains the search text, for searches in stored tags.</summary>
    public IReadOnlyList<string> KeysContaining(string? search)
    {
        var needle = Normalise(search);
        return needle.Length == 0 ? [] : [.. _terms.Where(t => t.Normalised.Contains(needle, StringComparison.Ordinal)).Select(t => t.Key).Distinct()];
    }

    // Arabic harakat, shadda, sukun and the like: typed by some, left out by most.
    private static bool IsArabicMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';
}
