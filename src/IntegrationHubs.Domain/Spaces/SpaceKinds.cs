namespace IntegrationHubs.Domain.Spaces;

/// <summary>The kinds of room the Manual's spatial programme knows.</summary>
public enum SpaceType
{
    Cafe = 0,
    Workshop = 1,
    CoWorking = 2,
    EventHall = 3,
    Kitchen = 4,
    AdviceRoom = 5,
    ChildrensCorner = 6,
    Other = 7,
}

/// <summary>What a space offers; several at once.</summary>
[Flags]
public enum SpaceFeatures
{
    None = 0,
    StepFreeAccess = 1,
    Kitchen = 2,
    Projector = 4,
    Sound = 8,
    ChildFriendly = 16,
    Wifi = 32,
    AccessibleToilet = 64,
}

/// <summary>Who may book a space besides the hub's coordinators, who always may.</summary>
public enum WhoMayBook
{
    /// <summary>Every active member of the hub, for themselves or for an initiative they are on the team of.</summary>
    Members = 0,

    /// <summary>Only for an initiative, by someone on its team.</summary>
    InitiativeTeams = 1,

    CoordinatorsOnly = 2,
}

public enum BookingStatus
{
    Pending = 0,
    Confirmed = 1,
    Rejected = 2,
    Cancelled = 3,
}

public static class SpaceFeatureSet
{
    public const SpaceFeatures All = SpaceFeatures.StepFreeAccess | SpaceFeatures.Kitchen | SpaceFeatures.Projector | SpaceFeatures.Sound
        | SpaceFeatures.ChildFriendly | SpaceFeatures.Wifi | SpaceFeatures.AccessibleToilet;

    public static IReadOnlyList<SpaceFeatures> Each { get; } =
        [.. Enum.GetValues<SpaceFeatures>().Where(f => f != SpaceFeatures.None)];
}
