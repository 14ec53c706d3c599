namespace IntegrationHubs.DataGen;

/// <summary>
/// How much to generate, as totals for the network. S loads in seconds and is what tests use; M is the network
/// the dashboards must serve fast. Hubs still in planning get only a handful of rows; the rest share the totals.
/// </summary>
public sealed record Tier(
    string Name,
    int Municipalities,
    int HubsPerMunicipality,
    int Members,
    int Initiatives,
    int SpacesPerHub,
    int Bookings,
    int Events,
    int Rsvps)
{
    public static Tier S { get; } = new("S", 2, 3, 1_200, 80, 5, 4_000, 400, 8_000);

    public static Tier M { get; } = new("M", 20, 10, 300_000, 20_000, 10, 1_000_000, 100_000, 2_000_000);

    public int Hubs => Municipalities * HubsPerMunicipality;

    public int Spaces => Hubs * SpacesPerHub;

    public static Tier Parse(string name) => name.ToUpperInvariant() switch
    {
        "S" => S,
        "M" => M,
        _ => throw new ArgumentException($"Unknown tier '{name}': use S or M.", nameof(name)),
    };
}
