namespace IntegrationHubs.Domain.Members;

/// <summary>How a person describes themselves, asked only for aggregate integration figures.</summary>
public enum Background
{
    PreferNotToSay = 0,
    Newcomer = 1,
    LongTermResident = 2,
}

public enum LanguageLevel
{
    Learning = 0,
    Conversational = 1,
    Fluent = 2,
    Native = 3,
}

/// <summary>
/// One per person, across hubs. Holds only what the community features need: languages, skills,
/// interests, an optional self-description and whether to appear in hub directories.
/// Never residence status, nationality, religion or the like.
/// </summary>
public sealed class MemberProfile
{
    public const int TagMaxLength = 40;
    public const int MaxTags = 20;
    public const int MaxLanguages = 12;

    public Guid UserId { get; set; }

    /// <summary>Null when the person has not answered (the question is optional).</summary>
    public Background? Background { get; set; }

    /// <summary>Opt-in, off by default.</summary>
    public bool ShowInDirectory { get; set; }

    public List<string> Skills { get; set; } = [];
    public List<string> Interests { get; set; } = [];
    public List<SpokenLanguage> Languages { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Languages the person speaks well enough to help others practise (fluent or native).</summary>
    public IEnumerable<string> CanTeach => Languages.Where(l => l.Level >= LanguageLevel.Fluent).Select(l => l.LanguageCode);

    public IEnumerable<string> IsLearning => Languages.Where(l => l.Level == LanguageLevel.Learning).Select(l => l.LanguageCode);
}

public sealed class SpokenLanguage
{
    public Guid UserId { get; set; }
    public required string LanguageCode { get; set; }
    public LanguageLevel Level { get; set; }
}
