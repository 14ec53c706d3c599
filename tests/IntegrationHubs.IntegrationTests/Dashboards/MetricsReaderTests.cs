using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Dashboards;
using IntegrationHubs.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Dashboards;

/// <summary>The reader's SQL against rows whose figures are worked out by hand (March 2026, a hub in Berlin).</summary>
[Collection(AppCollection.Name)]
public sealed class MetricsReaderTests(AppFixture fixture) : IAsyncLifetime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly Arrange _arrange = new(fixture.App);
    private readonly MetricsWorld _world = new(fixture.App);
    private ResolvedHub _hub = default!;
    private ResolvedHub _other = default!;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _hub = await _arrange.HubAsync("Ostwache");
        _other = await _arrange.HubAsync("Westwerk");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateTimeOffset Local(int month, int day, int hour = 18) =>
        new DateTimeOffset(2026, month, day, hour, 0, 0, Berlin.GetUtcOffset(new DateTime(2026, month, day, hour, 0, 0))).ToUniversalTime();

    private Task<IReadOnlyList<HubFigures>> ReadAsync(params Guid[] hubs) =>
        fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<MetricsReader>().ReadAsync(hubs, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));

    [Fact]
    public async Task Members_AreActiveMembershipsAtThePeriodsEnd_WithBackgroundsAndLanguages()
    {
        // Arrange
        for (var i = 0; i < 3; i++)
        {
            await _world.MemberAsync(_hub, Background.Newcomer, Local(2, 10), "ar", "de");
        }

        await _world.MemberAsync(_hub, Background.LongTermResident, Local(3, 5), "de");
        await _world.MemberAsync(_hub, Background.LongTermResident, Local(3, 31, 23), "de");
        await _world.MemberAsync(_hub, Background.PreferNotToSay, Local(3, 6));
        await _world.MemberAsync(_hub, null, Local(3, 7));
        await _world.MemberAsync(_hub, Background.Newcomer, Local(4, 1, 0)); // after the period (local midnight)
        var left = await _world.PersonAsync(Background.Newcomer);
        await _world.JoinAsync(_hub, left, Local(2, 1), MembershipState.Left);
        await _world.MemberAsync(_other, Background.Newcomer, Local(3, 5), "uk");

        // Act
        var figures = (await ReadAsync(_hub.Id)).Single();

        // Assert
        figures.Members.ShouldBe(new MemberCounts(Total: 7, New: 4, Newcomers: 3, Residents: 2, NotSaid: 2));
        figures.MemberLanguages.ShouldBe(new Dictionary<string, int> { ["ar"] = 3, ["de"] = 5 }, ignoreOrder: true);
        figures.Months.Single().ShouldBe(new MonthCounts(new DateOnly(2026, 3, 1), 4, figures.Months.Single().Events, NewNewcomers: 0, NewResidents: 2));
    }

    [Fact]
    public async Task Events_CountHeldEvents_Attendance_ShowUp_AndTheMixingIndex()
    {
        // Arrange — a mixed event: named 2 newcomers + 1 resident + a waitlisted resident checked in, 1 confirmed no-show,
        // walk-ins 1 resident and 2 unknown → 7 attendees, known 2 newcomers : 3 residents.
        var mixed = await _world.EventAsync(_hub, Local(3, 10), EventStatus.Published, walkInsResident: 1, walkInsUnknown: 2, languages: ["de", "ar"]);
        await _world.RsvpAsync(_hub, mixed, await _world.MemberAsync(_hub, Background.Newcomer, Local(1, 1)), checkedIn: true);
        await _world.RsvpAsync(_hub, mixed, await _world.MemberAsync(_hub, Background.Newcomer, Local(1, 1)), checkedIn: true);
        await _world.RsvpAsync(_hub, mixed, await _world.MemberAsync(_hub, Background.LongTermResident, Local(1, 1)), checkedIn: true);
        await _world.RsvpAsync(_hub, mixed, await _world.MemberAsync(_hub, Background.PreferNotToSay, Local(1, 1)));
        await _world.RsvpAsync(_hub, mixed, await _world.MemberAsync(_hub, Background.LongTermResident, Local(1, 1)), RsvpStatus.Waitlisted, checkedIn: true);
        await _world.RsvpAsync(_hub, mixed, await _world.MemberAsync(_hub, Background.Newcomer, Local(1, 1)), RsvpStatus.Cancelled);
        await _world.CloseAsync(_hub, mixed);
        // Unmixed: 6 newcomers and 1 resident (14 %).
        await _world.EventAsync(_hub, Local(3, 20), walkInsNewcomer: 6, walkInsResident: 1, languages: "de");
        // Too small to count for mixing.
        await _world.EventAsync(_hub, Local(3, 21), walkInsUnknown: 3);
        // Published and over, never closed at the door: held.
        await _world.EventAsync(_hub, Local(3, 25), EventStatus.Published);
        // Not held, or not in March.
        await _world.EventAsync(_hub, Local(3, 26), EventStatus.Cancelled, walkInsNewcomer: 9);
        await _world.EventAsync(_hub, Local(4, 1, 0), walkInsNewcomer: 9);
        await _world.EventAsync(_hub, Local(2, 28, 23), walkInsNewcomer: 9);
        await _world.EventAsync(_other, Local(3, 10), walkInsNewcomer: 9);

        // Act
        var figures = (await ReadAsync(_hub.Id)).Single();

        // Assert
        figures.Events.ShouldBe(new EventCounts(Held: 4, Rsvps: 4, NamedCheckIns: 4, ShowedUp: 3, WalkIns: 13, MixingEligible: 2, Mixed: 1));
        figures.Events.Attendance.ShouldBe(17);
        Formulas.MixingIndex(figures.Events).ShouldBe(0.5);
        Formulas.ShowUpRate(figures.Events).ShouldBe(0.75);
        figures.EventLanguages.ShouldBe(new Dictionary<string, int> { ["de"] = 2, ["ar"] = 1 }, ignoreOrder: true);
        figures.Months.Single().Events.ShouldBe(figures.Events);
    }

    [Fact]
    public async Task Initiatives_FunnelOfThoseSubmittedInThePeriod_LaunchRateAndDaysToLaunch()
    {
        // Arrange
        await _world.InitiativeAsync(_hub, InitiativeStatus.Launched,
            (InitiativeStatus.Submitted, Local(2, 20)), (InitiativeStatus.InReview, Local(2, 21)), (InitiativeStatus.Accepted, Local(3, 5)),
            (InitiativeStatus.Incubating, Local(3, 6)), (InitiativeStatus.Launched, Local(3, 25)));
        await _world.InitiativeAsync(_hub, InitiativeStatus.InReview, (InitiativeStatus.Submitted, Local(3, 3)), (InitiativeStatus.InReview, Local(3, 4)));
        await _world.InitiativeAsync(_hub, InitiativeStatus.Incubating,
            (InitiativeStatus.Submitted, Local(3, 10)), (InitiativeStatus.InReview, Local(3, 11)), (InitiativeStatus.Accepted, Local(3, 15)),
            (InitiativeStatus.Incubating, Local(3, 16)));
        await _world.InitiativeAsync(_hub, InitiativeStatus.Draft);
        await _world.InitiativeAsync(_other, InitiativeStatus.InReview, (InitiativeStatus.Submitted, Local(3, 3)));

        // Act
        var figures = (await ReadAsync(_hub.Id)).Single();

        // Assert
        figures.Initiatives.ByStatus.ShouldBe(new Dictionary<InitiativeStatus, int> { [InitiativeStatus.InReview] = 1, [InitiativeStatus.Incubating] = 1 }, ignoreOrder: true);
        (figures.Initiatives.Accepted, figures.Initiatives.LaunchedOfAccepted).ShouldBe((2, 1));
        figures.Initiatives.DaysToLaunch.ShouldHaveSingleItem().ShouldBe(33, tolerance: 0.001);
        Formulas.LaunchRate(figures.Initiatives).ShouldBe(0.5);
    }

    [Fact]
    public async Task Spaces_ConfirmedHoursClippedToThePeriod_OverOpeningHours()
    {
        // Arrange: open Wednesdays 10–18 → 4 Wednesdays in March 2026 = 32 h.
        var cafe = await _world.SpaceAsync(_hub, "Café", new OpeningPeriod(DayOfWeek.Wednesday, new TimeOnly(10, 0), new TimeOnly(18, 0)));
        var closed = await _world.SpaceAsync(_hub, "Lager");
        await _world.BookingAsync(_hub, cafe, Local(3, 11, 10), Local(3, 11, 14));
        await _world.BookingAsync(_hub, cafe, Local(3, 18, 10), Local(3, 18, 14), confirmed: false);
        await _world.BookingAsync(_hub, cafe, Local(2, 28, 22), Local(3, 1, 2)); // 2 h of it in March

        // Act
        var figures = (await ReadAsync(_hub.Id)).Single();

        // Assert
        var spaces = figures.Spaces.OrderBy(s => s.Name).ToList();
        spaces.Count.ShouldBe(2);
        (spaces[0].SpaceId, spaces[0].BookedHours, spaces[0].OpenHours).ShouldBe((cafe, 6.0, 32.0));
        (spaces[1].SpaceId, spaces[1].BookedHours, spaces[1].OpenHours).ShouldBe((closed, 0.0, 0.0));
        Formulas.Utilisation(figures.BookedHours, figures.OpenHours).ShouldBe(6.0 / 32);
    }

    [Fact]
    public async Task EmptyPeriod_GivesZeroFigures_ForEveryHubAskedFor()
    {
        var figures = await ReadAsync(_hub.Id, _other.Id);

        figures.Select(f => f.HubId).ShouldBe([_hub.Id, _other.Id]);
        figures.ShouldAllBe(f => f.Members == MemberCounts.Zero && f.Events == EventCounts.Zero && f.Initiatives.Accepted == 0);
    }
}
