using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Spaces;

/// <summary>A room of a hub's spatial programme, with what it offers, its booking policy, opening hours and closures.</summary>
public sealed class Space : IHubOwned
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;
    public const int CapacityMax = 2000;
    public const int MaxOpeningPeriods = 28;
    public const int MaxClosures = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public string Name { get; private set; } = "";
    public SpaceType Type { get; private set; } = SpaceType.Other;
    public int Capacity { get; private set; }
    public SpaceFeatures Features { get; private set; }
    public string? Description { get; private set; }

    /// <summary>An inactive space keeps its bookings but takes no new ones.</summary>
    public bool IsActive { get; private set; } = true;

    public BookingPolicy Policy { get; private set; } = new();

    /// <summary>Weekly opening periods in the hub's local time.</summary>
    public List<OpeningPeriod> OpeningHours { get; private set; } = [];

    public List<Closure> Closures { get; private set; } = [];

    /// <summary>Optimistic concurrency: two coordinators editing one space at once — one wins.</summary>
    public uint Version { get; set; }

    public static Space Create(string name, SpaceType type, int capacity) =>
        Describe(new Space(), name, type, capacity, SpaceFeatures.None, null);

    /// <summary>Sets what the space is; refuses an empty name, a capacity out of range or an unknown type/feature.</summary>
    public void Describe(string name, SpaceType type, int capacity, SpaceFeatures features, string? description, bool isActive = true)
    {
        Describe(this, name, type, capacity, features, description);
        IsActive = isActive;
    }

    private static Space Describe(Space space, string name, SpaceType type, int capacity, SpaceFeatures features, string? description)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength || !Enum.IsDefined(type)
            || capacity is < 1 or > CapacityMax || (features & ~SpaceFeatureSet.All) != 0
            || description?.Trim().Length > DescriptionMaxLength)
        {
            throw new DomainException("Spaces.Invalid");
        }

        space.Name = name.Trim();
        space.Type = type;
        space.Capacity = capacity;
        space.Features = features;
        space.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        return space;
    }

    public void SetPolicy(BookingPolicy policy)
    {
        if (!policy.IsValid)
        {
            throw new DomainException("Spaces.InvalidPolicy");
        }

        Policy = policy;
    }

    /// <summary>Replaces the weekly hours; periods of one day may not overlap.</summary>
    public void SetOpeningHours(IEnumerable<OpeningPeriod> periods)
    {
        var list = periods.ToList();
        if (list.Count > MaxOpeningPeriods || list.Any(p => !p.IsValid) || list.GroupBy(p => p.Day).Any(Overlaps))
        {
            throw new DomainException("Spaces.InvalidOpeningHours");
        }

        OpeningHours = [.. list.OrderBy(p => p.Day).ThenBy(p => p.Opens)];
    }

    public void SetClosures(IEnumerable<Closure> closures)
    {
        var list = closures.ToList();
        if (list.Count > MaxClosures || list.Any(c => !c.IsValid))
        {
            throw new DomainException("Spaces.InvalidClosure");
        }

        Closures = [.. list.OrderBy(c => c.From)];
    }

    private static bool Overlaps(IEnumerable<OpeningPeriod> day)
    {
        var ordered = day.OrderBy(p => p.Opens).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].UntilMidnight || ordered[i - 1].Closes > ordered[i].Opens)
            {
                return true;
            }
        }

        return false;
    }
}
