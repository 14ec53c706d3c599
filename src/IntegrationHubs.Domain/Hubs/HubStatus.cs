namespace IntegrationHubs.Domain.Hubs;

public enum HubStatus
{
    Planning = 0,
    Prototype = 1,
    Active = 2,
    Closed = 3,
}

/// <summary>The life cycle of a hub: forward one step at a time; any open hub can be closed.</summary>
public static class HubStatusTransitions
{
    public static bool IsAllowed(HubStatus from, HubStatus to) => (from, to) switch
    {
        (HubStatus.Planning, HubStatus.Prototype) => true,
        (HubStatus.Prototype, HubStatus.Active) => true,
        (HubStatus.Planning or HubStatus.Prototype or HubStatus.Active, HubStatus.Closed) => true,
        _ => false,
    };

    /// <summary>Hubs a visitor can find on the network home and by slug; queries filter with this list too.</summary>
    public static readonly IReadOnlyList<HubStatus> Public = [HubStatus.Prototype, HubStatus.Active];

    public static bool IsPublic(HubStatus status) => Public.Contains(status);
}
