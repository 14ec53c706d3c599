namespace IntegrationHubs.Domain.Events;

/// <summary>Where an event stands: drafted, waiting for a coordinator, public, called off, or held and closed at the door.</summary>
public enum EventStatus
{
    Draft = 0,
    PendingApproval = 1,
    Published = 2,
    Cancelled = 3,
    Closed = 4,
}

public enum EventVisibility
{
    Public = 0,
    MembersOnly = 1,
}

/// <summary>What an event is about; shown through resources "Events.Category.{name}".</summary>
public enum EventCategory
{
    Meetup = 0,
    Culture = 1,
    Language = 2,
    Workshop = 3,
    Sports = 4,
    Family = 5,
    Food = 6,
    Other = 7,
}

public enum RsvpStatus
{
    Confirmed = 0,
    Waitlisted = 1,
    Cancelled = 2,
}

/// <summary>Who creates or decides on an event: a coordinator of the hub, or a member on the team of the organising initiative.</summary>
public readonly record struct EventOrganiser(bool IsCoordinator, bool OnInitiativeTeam)
{
    public bool MayCreate(bool forInitiative) => IsCoordinator || (forInitiative && OnInitiativeTeam);
}

/// <summary>The title and description in one more of the hub's languages.</summary>
public sealed record EventTranslation(string Language, string Title, string Description);
