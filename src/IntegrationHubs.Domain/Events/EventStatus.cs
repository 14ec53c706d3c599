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
/// <param name="Stale">
/// The original title or description changed after this translation was written and the translation was not touched in
/// that edit: it describes an older version (a renamed date of a series kept its old Arabic title). Readers get the
/// original instead until someone updates the translation.
/// </param>
public sealed record EventTranslation(string Language, string Title, string Description, bool Stale = false);

/// <summary>The check-in at an event's door: not yet (it opens an hour before the start), open, closed, or none at all.</summary>
public enum CheckInDoor
{
    NotPublished = 0,
    NotYetOpen = 1,
    Open = 2,
    Closed = 3,
    Cancelled = 4,
}

/// <summary>Walk-ins are counted by how people describe themselves: newly arrived, living here long, or not said.</summary>
public enum WalkInGroup
{
    Newcomer = 0,
    Resident = 1,
    Unknown = 2,
}

/// <summary>
/// An event's RSVPs as counted when its door closes: the confirmed answers, and how many of those people were checked in.
/// Kept with the event beside <see cref="Attendance"/>, so a closed event's figures need no RSVP rows (decision 0020).
/// </summary>
public readonly record struct RsvpTally(int Confirmed, int ShowedUp);

/// <summary>People at an event by background: newcomers, long-term residents, and those who did not say.</summary>
public readonly record struct Attendance(int Newcomers, int Residents, int Unknown)
{
    public int Total => Newcomers + Residents + Unknown;

    public static Attendance operator +(Attendance a, Attendance b) =>
        new(a.Newcomers + b.Newcomers, a.Residents + b.Residents, a.Unknown + b.Unknown);

    /// <summary>One more person of <paramref name="background"/> (null: not said).</summary>
    public Attendance With(Members.Background? background) => background switch
    {
        Members.Background.Newcomer => this with { Newcomers = Newcomers + 1 },
        Members.Background.LongTermResident => this with { Residents = Residents + 1 },
        _ => this with { Unknown = Unknown + 1 },
    };

    public int Of(WalkInGroup group) => group switch
    {
        WalkInGroup.Newcomer => Newcomers,
        WalkInGroup.Resident => Residents,
        _ => Unknown,
    };
}
