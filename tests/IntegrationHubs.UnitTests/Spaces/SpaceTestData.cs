using IntegrationHubs.Domain.Spaces;

namespace IntegrationHubs.UnitTests.Spaces;

internal static class SpaceTestData
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Monday 4 May 2026, 08:00 in Berlin (06:00 UTC).</summary>
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        HubTime.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute), Berlin)!.Value;

    /// <summary>A workshop open Monday to Saturday 09:00–21:00, members book, approval needed, at most 4 hours, a day's notice, 90 days ahead.</summary>
    public static Space Workshop(BookingPolicy? policy = null)
    {
        var space = Space.Create("Werkstatt", SpaceType.Workshop, 12);
        space.SetPolicy(policy ?? new BookingPolicy());
        space.SetOpeningHours(Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday)
            .Select(d => new OpeningPeriod(d, new TimeOnly(9, 0), new TimeOnly(21, 0))));
        return space;
    }

    /// <summary>Open all day every day, no notice, no approval: for the nights the clocks change.</summary>
    public static Space AlwaysOpen()
    {
        var space = Space.Create("Café", SpaceType.Cafe, 30);
        space.SetPolicy(new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, MaxDuration = TimeSpan.FromHours(4), HorizonDays = 400 });
        space.SetOpeningHours(Enum.GetValues<DayOfWeek>().Select(d => new OpeningPeriod(d, TimeOnly.MinValue, TimeOnly.MinValue)));
        return space;
    }

    public static readonly Booker Member = new(IsMember: true, IsCoordinator: false, ForInitiativeOnItsTeam: false);
    public static readonly Booker Team = new(IsMember: true, IsCoordinator: false, ForInitiativeOnItsTeam: true);
    public static readonly Booker Coordinator = new(IsMember: true, IsCoordinator: true, ForInitiativeOnItsTeam: false);
    public static readonly Booker Stranger = new(IsMember: false, IsCoordinator: false, ForInitiativeOnItsTeam: false);
}
