namespace IntegrationHubs.Domain.Members;

public enum ConsentKind
{
    Terms = 0,
    Privacy = 1,
}

/// <summary>A person agreed to a text in a given version, at a given time.</summary>
public sealed class Consent
{
    public const int VersionMaxLength = 20;

    /// <summary>The versions of the texts people agree to now; a new version asks again.</summary>
    public static readonly IReadOnlyDictionary<ConsentKind, string> CurrentVersions = new Dictionary<ConsentKind, string>
    {
        [ConsentKind.Terms] = "2026-11",
        [ConsentKind.Privacy] = "2026-11",
    };

    public Guid UserId { get; set; }
    public ConsentKind Kind { get; set; }
    public required string Version { get; set; }
    public DateTimeOffset GivenAt { get; set; }
}
