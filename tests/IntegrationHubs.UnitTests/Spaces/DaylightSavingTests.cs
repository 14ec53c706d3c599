using IntegrationHubs.Domain.Spaces;
using static IntegrationHubs.UnitTests.Spaces.SpaceTestData;

namespace IntegrationHubs.UnitTests.Spaces;

/// <summary>Berlin springs forward on 29 March 2026 (02:00 → 03:00) and falls back on 25 October 2026 (03:00 → 02:00).</summary>
public sealed class DaylightSavingTests
{
    private static readonly DateTimeOffset Early2026 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Booking_0130To0330_OnTheSpringForwardNight_LastsOneHour_AndIsStoredInUtc()
    {
        var start = HubTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(1, 30), Berlin)!.Value;
        var end = HubTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(3, 30), Berlin)!.Value;

        start.ShouldBe(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));
        end.ShouldBe(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero));
        (end - start).ShouldBe(TimeSpan.FromHours(1));
        BookingRules.Check(AlwaysOpen(), new(start, end), Member, Early2026, Berlin).ShouldBeNull();
    }

    [Fact]
    public void Booking_0130To0330_OnTheFallBackNight_LastsThreeHours_AndIsStoredInUtc()
    {
        var start = HubTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(1, 30), Berlin)!.Value;
        var end = HubTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(3, 30), Berlin)!.Value;

        start.ShouldBe(new DateTimeOffset(2026, 10, 24, 23, 30, 0, TimeSpan.Zero));
        end.ShouldBe(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.Zero));
        (end - start).ShouldBe(TimeSpan.FromHours(3));
        BookingRules.Check(AlwaysOpen(), new(start, end), Member, Early2026, Berlin).ShouldBeNull();
    }

    [Fact]
    public void LocalTime_SkippedBySpringForward_DoesNotExist()
    {
        HubTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin).ShouldBeNull();
        HubTime.ToInstantOrAfterGap(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin)
            .ShouldBe(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void LocalTime_RepeatedByFallBack_IsItsFirstOccurrence() =>
        HubTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin)
            .ShouldBe(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));

    [Fact]
    public void OpeningHours_KeepTheirLocalTimes_AcrossTheSwitch()
    {
        var space = Space.Create("Café", SpaceType.Cafe, 20);
        space.SetOpeningHours([new OpeningPeriod(DayOfWeek.Saturday, new(10, 0), new(18, 0)), new OpeningPeriod(DayOfWeek.Sunday, new(10, 0), new(18, 0))]);

        var windows = OpeningWindows.Between(space.OpeningHours, space.Closures, new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29), Berlin).ToList();

        windows[0].Start.ShouldBe(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
        windows[1].Start.ShouldBe(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero));
        windows.Select(w => HubTime.ToLocal(w.Start, Berlin).TimeOfDay).ShouldAllBe(t => t == TimeSpan.FromHours(10));
        windows.Select(w => w.End - w.Start).ShouldAllBe(d => d == TimeSpan.FromHours(8));
    }

    [Fact]
    public void AWholeDay_Has23HoursInSpring_And25InAutumn()
    {
        var space = AlwaysOpen();

        Utilisation.ForSpace(space, [], new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29), Berlin).OpenHours.ShouldBe(23);
        Utilisation.ForSpace(space, [], new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25), Berlin).OpenHours.ShouldBe(25);
    }

    [Fact]
    public void WeeklySeries_KeepsItsLocalTime_AcrossTheSwitch()
    {
        var space = AlwaysOpen();

        var plan = Scheduling.PlanWeekly(space, new DateOnly(2026, 3, 22), new TimeOnly(18, 0), new TimeOnly(20, 0), new DateOnly(2026, 4, 5),
            Member, [], Early2026, Berlin);

        plan.Count.ShouldBe(3);
        plan.ShouldAllBe(o => o.CanBook);
        plan.Select(o => o.Start.UtcDateTime.Hour).ShouldBe([17, 16, 16]);
        plan.Select(o => HubTime.ToLocal(o.Start, Berlin).Hour).ShouldAllBe(h => h == 18);
    }

    [Fact]
    public void WeeklySeries_AtATimeTheClocksSkip_ListsThatOccurrenceAsImpossible()
    {
        var plan = Scheduling.PlanWeekly(AlwaysOpen(), new DateOnly(2026, 3, 22), new TimeOnly(2, 15), new TimeOnly(3, 45), new DateOnly(2026, 4, 5),
            Member, [], Early2026, Berlin);

        plan.Select(o => o.Problem).ShouldBe([null, BookingRefusal.NoSuchLocalTime, null]);
    }
}
