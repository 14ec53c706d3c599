namespace IntegrationHubs.Domain.Members;

/// <summary>
/// The languages a profile, a hub or an event can name: ISO 639-1 codes, a fixed list so that
/// figures and matching compare like with like. Chosen for the languages newcomers and residents in
/// European hubs speak; add a code here to offer another.
/// </summary>
public static class LanguageCatalog
{
    public static readonly IReadOnlyList<string> Codes =
    [
        "de", "en", "ar", "uk", "ru", "tr", "fa", "ps", "ku", "ti", "so", "am", "fr", "es", "it", "pl", "ro", "bg",
        "sq", "sr", "hr", "bs", "el", "pt", "nl", "ur", "hi", "bn", "ta", "zh", "vi", "sw", "ha", "yo", "ig", "ka", "hy", "az",
    ];

    private static readonly HashSet<string> Known = [.. Codes];

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);
}
