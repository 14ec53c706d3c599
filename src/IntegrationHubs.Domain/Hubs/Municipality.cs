namespace IntegrationHubs.Domain.Hubs;

/// <summary>A municipality owns hubs; municipality viewers see its hubs in aggregate.</summary>
public sealed class Municipality
{
    public const int NameMaxLength = 120;
    public const int CountryCodeLength = 2;
    public const int RegionMaxLength = 120;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string CountryCode { get; set; }

    public string? Region { get; set; }

    public List<Hub> Hubs { get; } = [];
}
