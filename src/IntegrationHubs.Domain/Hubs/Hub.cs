using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Hubs;

/// <summary>The tenant: one neighbourhood place with its own spaces, members, events and cohorts.</summary>
public sealed class Hub
{
    public const int NameMaxLength = 120;
    public const int AddressMaxLength = 300;
    public const int NeighbourhoodMaxLength = 120;
    public const int TimeZoneMaxLength = 64;
    public const int DescriptionMaxLength = 2000;
    public const int LanguageCodeMaxLength = 8;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    public required string Name { get; set; }
    public required string Slug { get; set; }
    public required string Address { get; set; }
    public string? Neighbourhood { get; set; }

    /// <summary>IANA time zone id, e.g. Europe/Berlin.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Language codes (ISO 639-1) the hub offers its programme in.</summary>
    public List<string> Languages { get; set; } = [];

    public string? Description { get; set; }

    /// <summary>Whether new members join at once or after a coordinator approves.</summary>
    public Members.JoinPolicy JoinPolicy { get; set; } = Members.JoinPolicy.Open;
    public HubStatus Status { get; private set; } = HubStatus.Planning;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Moves the hub along its life cycle; refuses any step the life cycle does not allow.</summary>
    public void MoveTo(HubStatus next)
    {
        if (!HubStatusTransitions.IsAllowed(Status, next))
        {
            throw new DomainException("Hub.StatusTransitionNotAllowed");
        }

        Status = next;
    }
}
