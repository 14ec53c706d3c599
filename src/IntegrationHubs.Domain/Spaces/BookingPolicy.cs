namespace IntegrationHubs.Domain.Spaces;

/// <summary>A booking asked for: an interval of instants, by someone, possibly for an initiative.</summary>
public readonly record struct BookingRequest(DateTimeOffset Start, DateTimeOffset End);

/// <summary>Who asks to book: a member, perhaps on an initiative's team, perhaps a coordinator.</summary>
public readonly record struct Booker(bool IsMember, bool IsCoordinator, bool ForInitiativeOnItsTeam);

/// <summary>Why a booking is refused: a resource key and the form field it belongs to.</summary>
public sealed record BookingRefusal(string Key, string Field)
{
    public const string FieldSpace = "Space";
    public const string FieldDate = "Date";
    public const string FieldStart = "Start";
    public const string FieldEnd = "End";
    public const string FieldInitiative = "Initiative";

    public static readonly BookingRefusal EndBeforeStart = new("Bookings.Refused.EndBeforeStart", FieldEnd);
    public static readonly BookingRefusal TooLong = new("Bookings.Refused.TooLong", FieldEnd);
    public static readonly BookingRefusal InPast = new("Bookings.Refused.InPast", FieldStart);
    public static readonly BookingRefusal TooShortNotice = new("Bookings.Refused.TooShortNotice", FieldStart);
    public static readonly BookingRefusal BeyondHorizon = new("Bookings.Refused.BeyondHorizon", FieldDate);
    public static readonly BookingRefusal OutsideOpeningHours = new("Bookings.Refused.OutsideOpeningHours", FieldStart);
    public static readonly BookingRefusal Closed = new("Bookings.Refused.Closed", FieldDate);
    public static readonly BookingRefusal NotAllowed = new("Bookings.Refused.NotAllowed", FieldSpace);
    public static readonly BookingRefusal TeamOnly = new("Bookings.Refused.TeamOnly", FieldInitiative);
    public static readonly BookingRefusal NoSuchLocalTime = new("Bookings.Refused.NoSuchLocalTime", FieldStart);
    public static readonly BookingRefusal Taken = new("Bookings.Refused.Taken", FieldStart);
    public static readonly BookingRefusal Inactive = new("Bookings.Refused.SpaceInactive", FieldSpace);

    public static IReadOnlyList<BookingRefusal> All { get; } =
        [EndBeforeStart, TooLong, InPast, TooShortNotice, BeyondHorizon, OutsideOpeningHours, Closed, NotAllowed, TeamOnly, NoSuchLocalTime, Taken, Inactive];
}

/// <summary>
/// A space's booking rules: who may book, whether a coordinator must approve, the longest booking, the
/// shortest notice and how far ahead. Coordinators book on behalf of the hub: for them only the facts of
/// time apply (a real interval, not past, open, not closed), never who/approval/duration/notice/horizon.
/// </summary>
public sealed record BookingPolicy
{
    public static readonly TimeSpan MaxDurationLimit = TimeSpan.FromHours(24);
    public const int HorizonDaysLimit = 730;

    public WhoMayBook WhoMayBook { get; init; } = WhoMayBook.Members;
    public bool RequiresApproval { get; init; } = true;
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(4);
    public TimeSpan MinLeadTime { get; init; } = TimeSpan.FromHours(24);
    public int HorizonDays { get; init; } = 90;

    /// <summary>Whether the public calendar feed shows each booking's purpose, or only "booked".</summary>
    public bool ShowPurposeInFeed { get; init; }

    public bool IsValid =>
        Enum.IsDefined(WhoMayBook) && MaxDuration > TimeSpan.Zero && MaxDuration <= MaxDurationLimit
        && MinLeadTime >= TimeSpan.Zero && HorizonDays is > 0 and <= HorizonDaysLimit;

    /// <summary>Null when <paramref name="booker"/> may book the space at all, otherwise why not.</summary>
    public BookingRefusal? WhoRefusal(Booker booker) =>
        booker.IsCoordinator ? null
        : !booker.IsMember ? BookingRefusal.NotAllowed
        : WhoMayBook switch
        {
            WhoMayBook.Members => null,
            WhoMayBook.InitiativeTeams => booker.ForInitiativeOnItsTeam ? null : BookingRefusal.TeamOnly,
            _ => BookingRefusal.NotAllowed,
        };

    /// <summary>Whether a booking by <paramref name="booker"/> starts confirmed or waits for a coordinator.</summary>
    public BookingStatus InitialStatus(Booker booker) =>
        booker.IsCoordinator || !RequiresApproval ? BookingStatus.Confirmed : BookingStatus.Pending;
}

/// <summary>Checks one booking request against a space's policy, opening hours and closures.</summary>
public static class BookingRules
{
    /// <summary>Null when the request is allowed; otherwise the first rule it breaks, in the order a person fixes them.</summary>
    public static BookingRefusal? Check(Space space, BookingRequest request, Booker booker, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!space.IsActive)
        {
            return BookingRefusal.Inactive;
        }

        if (space.Policy.WhoRefusal(booker) is { } who)
        {
            return who;
        }

        return TimeRefusal(space, request, booker.IsCoordinator, now, zone);
    }

    /// <summary>The rules about time alone; coordinators skip duration, notice and horizon.</summary>
    public static BookingRefusal? TimeRefusal(Space space, BookingRequest request, bool isCoordinator, DateTimeOffset now, TimeZoneInfo zone)
    {
        var policy = space.Policy;
        if (request.End <= request.Start)
        {
            return BookingRefusal.EndBeforeStart;
        }

        if (!isCoordinator && request.End - request.Start > policy.MaxDuration)
        {
            return BookingRefusal.TooLong;
        }

        if (request.Start < now)
        {
            return BookingRefusal.InPast;
        }

        if (!isCoordinator && request.Start < now + policy.MinLeadTime)
        {
            return BookingRefusal.TooShortNotice;
        }

        if (!isCoordinator && request.Start > now.AddDays(policy.HorizonDays))
        {
            return BookingRefusal.BeyondHorizon;
        }

        var firstDay = HubTime.LocalDate(request.Start, zone);
        var lastDay = HubTime.LocalDate(request.End.AddTicks(-1), zone);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (space.Closures.Any(c => c.Covers(day)))
            {
                return BookingRefusal.Closed;
            }
        }

        // Within one open window: a booking does not run across a closing time.
        var open = OpeningWindows.Between(space.OpeningHours, [], firstDay.AddDays(-1), lastDay, zone)
            .Any(w => w.Start <= request.Start && request.End <= w.End);
        return open ? null : BookingRefusal.OutsideOpeningHours;
    }
}
