namespace IntegrationHubs.Domain.Manual;

/// <summary>
/// A text of the Manual in German and English. Template content is data, not resources: German readers get German,
/// everyone else English (the other UI languages fall back to it until the network adds them).
/// </summary>
public sealed record ManualText(string De, string En)
{
    public string For(string language) => language == "de" || string.IsNullOrWhiteSpace(En) ? De : En;

    public bool IsComplete(int maxLength) =>
        !string.IsNullOrWhiteSpace(De) && !string.IsNullOrWhiteSpace(En) && De.Length <= maxLength && En.Length <= maxLength;

    public ManualText Trimmed() => new(De?.Trim() ?? "", En?.Trim() ?? "");
}
