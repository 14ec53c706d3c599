using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Events;

/// <summary>
/// Something happening in a hub at a time and a place: one of the hub's spaces (then it holds a booking) or an outside
/// address. Coordinators publish at once; an initiative's event waits for a coordinator's approval before it is public.
/// </summary>
public sealed class Event : IHubOwned
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 4000;
    public const int AddressMaxLength = 300;
    public const int MaxCapacity = 10_000;
    public const int MaxLanguages = 10;
    public const int MaxWalkIns = 10_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>The language <see cref="Title"/> and <see cref="Description"/> are written in.</summary>
    public string Language { get; private set; } = "de";

    public List<EventTranslation> Translations { get; private set; } = [];
    public EventCategory Category { get; private set; }

    /// <summary>Languages spoken at the event (codes of the language catalogue).</summary>
    public List<string> Languages { get; private set; } = [];

    public EventVisibility Visibility { get; private set; }
    public int Capacity { get; private set; }
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }

    /// <summary>The hub's space it takes place in, with <see cref="BookingId"/> holding it; null for an outside address.</summary>
    public Guid? SpaceId { get; private set; }

    public Guid? BookingId { get; private set; }
    public string? Address { get; private set; }

    /// <summary>The organising initiative; null when the hub itself organises.</summary>
    public Guid? InitiativeId { get; private set; }

    public EventStatus Status { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? ApprovedByUserId { get; private set; }

    /// <summary>The weekly series this is one occurrence of; kept when the occurrence is changed or cancelled on its own.</summary>
    public Guid? SeriesId { get; private set; }

    /// <summary>Edited on its own, apart from its series ("this occurrence only").</summary>
    public bool ChangedInSeries { get; private set; }

    /// <summary>How often it was edited or called off: calendar feeds give it as SEQUENCE, so subscribed apps take the change.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    /// <summary>Walk-ins counted at the door, by background.</summary>
    public int WalkInsNewcomer { get; private set; }

    public int WalkInsResident { get; private set; }
    public int WalkInsUnknown { get; private set; }

    /// <summary>
    /// The checked-in RSVPs by the background their people gave, counted when the door closed: a closed event's figures
    /// stay as they were, whatever profiles or accounts change later. Zero until then.
    /// </summary>
    public int CheckedInNewcomer { get; private set; }

    public int CheckedInResident { get; private set; }
    public int CheckedInUnknown { get; private set; }

    /// <summary>Confirmed RSVPs when the door closed, and of those how many were checked in; zero until then.</summary>
    public int ConfirmedRsvps { get; private set; }

    public int ShowedUp { get; private set; }

    /// <summary>When the door closed; null until then.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the 24-hour reminder went out; set in the same transaction as the sending is recorded, so it goes once.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    public uint Version { get; set; }

    public bool IsPublic => Visibility == EventVisibility.Public;

    /// <summary>Shown on the public pages and feeds: published and public (a cancelled one stays listed, marked, until it is over).</summary>
    public bool IsListedPublicly => IsPublic && Status is EventStatus.Published or EventStatus.Cancelled or EventStatus.Closed;

    /// <summary>The details a coordinator or an initiative team writes.</summary>
    public sealed record Details(
        string Title, string Description, string Language, IReadOnlyList<EventTranslation> Translations, EventCategory Category,
        IReadOnlyList<string> Languages, EventVisibility Visibility, int Capacity, DateTimeOffset Start, DateTimeOffset End,
        Guid? SpaceId, string? Address);

    /// <param name="hubLanguages">The languages the hub offers: the primary text and every translation is in one of them.</param>
    public static Event Create(Details details, IReadOnlyCollection<string> hubLanguages, Guid? initiativeId, EventOrganiser organiser,
        Guid creatorId, DateTimeOffset now)
    {
        if (!organiser.MayCreate(initiativeId is not null))
        {
            throw new DomainException("Events.NotAllowed");
        }

        if (details.Start < now)
        {
            throw new DomainException("Events.Refused.InPast");
        }

        var created = new Event
        {
            InitiativeId = initiativeId, CreatedByUserId = creatorId, CreatedAt = now,
            Status = organiser.IsCoordinator ? EventStatus.Published : EventStatus.PendingApproval,
        };
        created.Apply(details, hubLanguages);
        if (created.Status == EventStatus.Published)
        {
            created.ApprovedByUserId = creatorId;
        }

        return created;
    }

    /// <summary>Makes a new event one occurrence of a weekly series.</summary>
    public void JoinSeries(Guid seriesId)
    {
        if (SeriesId is not null)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        SeriesId = seriesId;
    }

    /// <summary>Edits an event that has not been held or called off; the place is changed through a new booking by the caller.</summary>
    /// <param name="alone">
    /// Only this occurrence of a series ("this occurrence only"): it stays in the series, marked as changed. False when the
    /// edit is applied to this and all following occurrences, which then go on following the series together.
    /// </param>
    /// <param name="confirmed">Seats already confirmed: the capacity never drops below them, so nobody loses a promised seat.</param>
    public void Edit(Details details, IReadOnlyCollection<string> hubLanguages, EventOrganiser organiser, DateTimeOffset now, int confirmed, bool alone = true)
    {
        GuardOrganiser(organiser);
        if (Status is EventStatus.Cancelled or EventStatus.Closed)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        if (details.Start < now && details.Start != Start)
        {
            throw new DomainException("Events.Refused.InPast");
        }

        if (details.Capacity < confirmed)
        {
            throw new DomainException("Events.Refused.CapacityBelowConfirmed");
        }

        Apply(details, hubLanguages);
        Revision++;
        ChangedAt = now;
        if (SeriesId is not null)
        {
            // "This and all following" brings a date changed on its own back in line with the rest.
            ChangedInSeries = alone;
        }
    }

    /// <summary>Whether an edit changes what people who RSVPed planned around: the time or the place.</summary>
    public bool MovesFrom(DateTimeOffset start, DateTimeOffset end, Guid? spaceId, string? address) =>
        Start != start || End != end || SpaceId != spaceId || Address != address;

    /// <summary>Records the booking that holds the event's space.</summary>
    public void HeldBy(Guid bookingId)
    {
        if (SpaceId is null)
        {
            throw new DomainException("Events.Invalid");
        }

        BookingId = bookingId;
    }

    /// <summary>A coordinator makes an initiative's event public.</summary>
    public void Approve(EventOrganiser organiser, Guid coordinatorId)
    {
        if (!organiser.IsCoordinator)
        {
            throw new DomainException("Events.NotAllowed");
        }

        if (Status != EventStatus.PendingApproval)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        Status = EventStatus.Published;
        ApprovedByUserId = coordinatorId;
    }

    /// <summary>Called off before it ends; its booking is freed by the caller and RSVPs are told.</summary>
    public void Cancel(EventOrganiser organiser, DateTimeOffset now)
    {
        GuardOrganiser(organiser);
        if (Status is EventStatus.Cancelled or EventStatus.Closed || End <= now)
        {
            throw new DomainException("Events.TransitionNotAllowed");
        }

        Status = EventStatus.Cancelled;
        Revision++;
        ChangedAt = now;
    }

    /// <summary>Whether a member can RSVP now: published, not yet begun. An event closed at the door is over, not "not yet open".</summary>
    public string? RsvpRefusal(DateTimeOffset now) =>
        Status == EventStatus.Cancelled ? "Events.Rsvp.Cancelled"
        : Status == EventStatus.Closed ? "Events.Rsvp.Past"
        : Status != EventStatus.Published ? "Events.Rsvp.NotOpen"
        : Start <= now ? "Events.Rsvp.Past"
        : null;

    /// <summary>Counts walk-ins at the door: from an hour before the start until it is closed.</summary>
    public void CountWalkIns(EventOrganiser organiser, int newcomers, int residents, int unknown, DateTimeOffset now)
    {
        GuardDoor(organiser, now);
        if (newcomers is < 0 or > MaxWalkIns || residents is < 0 or > MaxWalkIns || unknown is < 0 or > MaxWalkIns)
        {
            throw new DomainException("Events.CheckIn.InvalidCount");
        }

        WalkInsNewcomer = newcomers;
        WalkInsResident = residents;
        WalkInsUnknown = unknown;
    }

    /// <summary>
    /// Checks a change of one walk-in count by <paramref name="delta"/> people at the door. The database applies it as an
    /// increment (two phones at one door never overwrite each other) and keeps the count between 0 and <see cref="MaxWalkIns"/>.
    /// </summary>
    public void GuardWalkInChange(EventOrganiser organiser, int delta, DateTimeOffset now)
    {
        GuardDoor(organiser, now);
        if (delta == 0 || delta is < -MaxWalkIns or > MaxWalkIns)
        {
            throw new DomainException("Events.CheckIn.InvalidCount");
        }
    }

    /// <summary>The walk-ins counted so far, by background.</summary>
    public Attendance WalkIns => new(WalkInsNewcomer, WalkInsResident, WalkInsUnknown);

    /// <summary>The checked-in RSVPs by background as counted at the close (zero before).</summary>
    public Attendance CheckedIn => new(CheckedInNewcomer, CheckedInResident, CheckedInUnknown);

    /// <summary>Everyone who came, by background: what the hub's figures read once the event is closed.</summary>
    public Attendance Attended => CheckedIn + WalkIns;

    /// <summary>
    /// The door closes: attendance is final and counts for the hub's figures. <paramref name="checkedIn"/> is the checked-in
    /// RSVPs by their people's background at this moment, <paramref name="rsvps"/> the confirmed answers and how many of them
    /// came; both are kept with the event.
    /// </summary>
    public void Close(EventOrganiser organiser, Attendance checkedIn, RsvpTally rsvps, DateTimeOffset now)
    {
        GuardDoor(organiser, now);
        if (checkedIn.Newcomers < 0 || checkedIn.Residents < 0 || checkedIn.Unknown < 0
            || rsvps.ShowedUp < 0 || rsvps.ShowedUp > rsvps.Confirmed || rsvps.ShowedUp > checkedIn.Total)
        {
            throw new DomainException("Events.CheckIn.InvalidCount");
        }

        Status = EventStatus.Closed;
        ClosedAt = now;
        CheckedInNewcomer = checkedIn.Newcomers;
        CheckedInResident = checkedIn.Residents;
        CheckedInUnknown = checkedIn.Unknown;
        ConfirmedRsvps = rsvps.Confirmed;
        ShowedUp = rsvps.ShowedUp;
    }

    /// <summary>Whether check-in is open: published and from an hour before the start.</summary>
    public bool IsDoorOpen(DateTimeOffset now) => Status == EventStatus.Published && now >= DoorOpensAt;

    /// <summary>An hour before the start.</summary>
    public DateTimeOffset DoorOpensAt => Start.AddHours(-1);

    /// <summary>Where the door stands now, for the check-in page.</summary>
    public CheckInDoor Door(DateTimeOffset now) => Status switch
    {
        EventStatus.Cancelled => CheckInDoor.Cancelled,
        EventStatus.Closed => CheckInDoor.Closed,
        EventStatus.Published => now >= DoorOpensAt ? CheckInDoor.Open : CheckInDoor.NotYetOpen,
        _ => CheckInDoor.NotPublished,
    };

    /// <summary>Coordinators organise every event of the hub; an initiative's team its own initiative's events.</summary>
    public bool IsOrganisedBy(EventOrganiser organiser) =>
        organiser.IsCoordinator || (InitiativeId is not null && organiser.OnInitiativeTeam);

    internal void GuardDoor(EventOrganiser organiser, DateTimeOffset now)
    {
        GuardOrganiser(organiser);
        if (DoorRefusal(now) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    /// <summary>
    /// Why the door takes no change now, or null while it is open. Each reason is its own message: a phone that loses the
    /// race to close is told the door is already closed, never that it opens an hour before the start.
    /// </summary>
    public string? DoorRefusal(DateTimeOffset now) => Door(now) switch
    {
        CheckInDoor.Open => null,
        CheckInDoor.Closed => "Events.CheckIn.AlreadyClosed",
        CheckInDoor.Cancelled => "Events.CheckIn.CancelledEvent",
        CheckInDoor.NotPublished => "Events.CheckIn.NotPublished",
        _ => "Events.CheckIn.NotOpen",
    };

    /// <summary>The title and description in <paramref name="language"/> when translated (and the translation is not stale), else the originals.</summary>
    public (string Title, string Description, string Language) In(string language) =>
        Translations.FirstOrDefault(t => t.Language == language && !t.Stale) is { } t ? (t.Title, t.Description, t.Language) : (Title, Description, Language);

    private void GuardOrganiser(EventOrganiser organiser)
    {
        if (!IsOrganisedBy(organiser))
        {
            throw new DomainException("Events.NotAllowed");
        }
    }

    private void Apply(Details d, IReadOnlyCollection<string> hubLanguages)
    {
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Trim().Length > TitleMaxLength
            || (d.Description ?? "").Trim().Length > DescriptionMaxLength || !Enum.IsDefined(d.Category) || !Enum.IsDefined(d.Visibility))
        {
            throw new DomainException("Events.Invalid");
        }

        if (d.Capacity is < 1 or > MaxCapacity)
        {
            throw new DomainException("Events.Refused.Capacity");
        }

        if (d.End <= d.Start)
        {
            throw new DomainException("Events.Refused.EndBeforeStart");
        }

        var address = string.IsNullOrWhiteSpace(d.Address) ? null : d.Address.Trim();
        if ((d.SpaceId is null) == (address is null) || address?.Length > AddressMaxLength)
        {
            throw new DomainException("Events.Refused.Place");
        }

        if (!hubLanguages.Contains(d.Language))
        {
            throw new DomainException("Events.Refused.TranslationLanguage");
        }

        var translations = d.Translations.Where(t => !string.IsNullOrWhiteSpace(t.Title) || !string.IsNullOrWhiteSpace(t.Description)).ToList();
        if (translations.Any(t => !hubLanguages.Contains(t.Language) || t.Language == d.Language)
            || translations.Select(t => t.Language).Distinct().Count() != translations.Count)
        {
            throw new DomainException("Events.Refused.TranslationLanguage");
        }

        if (translations.Any(t => string.IsNullOrWhiteSpace(t.Title) || t.Title.Trim().Length > TitleMaxLength
            || (t.Description ?? "").Trim().Length > DescriptionMaxLength))
        {
            throw new DomainException("Events.Invalid");
        }

        var languages = d.Languages.Distinct().ToList();
        if (languages.Count > MaxLanguages || languages.Any(l => !Members.LanguageCatalog.IsKnown(l)))
        {
            throw new DomainException("Events.Invalid");
        }

        // A translation sent back exactly as it was while the original changed no longer says what the original says: it is
        // marked stale (and stays so until its own text changes), so an edited date of a series never shows its old title
        // to the readers of a translation.
        var originalChanged = Title != d.Title.Trim() || Description != (d.Description ?? "").Trim() || Language != d.Language;
        var previous = Translations;
        Title = d.Title.Trim();
        Description = (d.Description ?? "").Trim();
        Language = d.Language;
        Translations = [.. translations.Select(t =>
        {
            var trimmed = new EventTranslation(t.Language, t.Title.Trim(), (t.Description ?? "").Trim());
            var before = previous.FirstOrDefault(p => p.Language == t.Language);
            var untouched = before is not null && before.Title == trimmed.Title && before.Description == trimmed.Description;
            return trimmed with { Stale = untouched && (originalChanged || before!.Stale) };
        })];
        Category = d.Category;
        Languages = languages;
        Visibility = d.Visibility;
        Capacity = d.Capacity;
        Start = d.Start.ToUniversalTime();
        End = d.End.ToUniversalTime();
        SpaceId = d.SpaceId;
        Address = address;
        if (SpaceId is null)
        {
            BookingId = null;
        }
    }
}
