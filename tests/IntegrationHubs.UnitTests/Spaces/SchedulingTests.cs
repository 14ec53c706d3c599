using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Spaces;
using static IntegrationHubs.UnitTests.Spaces.SpaceTestData;

namespace IntegrationHubs.UnitTests.Spaces;

public sealed class SchedulingTests
{
    [Fact]
    public void WeeklySeries_ListsClashesAndClosures_AndKeepsTheRestBookable()
    {
        var space = Workshop();
        space.SetClosures([new Closure(new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20), "Feiertag")]);
        (DateTimeOffset, DateTimeOffset)[] held = [(At(2026, 5, 13, 17), At(2026, 5, 13, 19))];

        var plan = Scheduling.PlanWeekly(space, new DateOnly(2026, 5, 6), new TimeOnly(18, 0), new TimeOnly(20, 0), new DateOnly(2026, 5, 27), Member, held, Now, Berlin);

        plan.Select(o => o.Date.Day).ShouldBe([6, 13, 20, 27]);
        plan.Select(o => o.Problem).ShouldBe([null, BookingRefusal.Taken, BookingRefusal.Closed, null]);
    }

    [Fact]
    public void WeeklySeries_StopsAtTheLimit()
    {
        var plan = Scheduling.PlanWeekly(AlwaysOpen(), new DateOnly(2026, 5, 6), new TimeOnly(18, 0), new TimeOnly(19, 0), new DateOnly(2028, 1, 1), Coordinator, [], Now, Berlin);

        plan.Count.ShouldBe(Scheduling.MaxSeriesOccurrences);
    }

    [Fact]
    public void NextFreeSlots_OfferTheNearestFreeSlotsOfTheSameLength_AfterTheWantedOne()
    {
        var space = Workshop();
        (DateTimeOffset, DateTimeOffset)[] held = [(At(2026, 5, 6, 10), At(2026, 5, 6, 12)), (At(2026, 5, 6, 12), At(2026, 5, 6, 13))];

        var slots = Scheduling.NextFreeSlots(space, new(At(2026, 5, 6, 10), At(2026, 5, 6, 12)), Member, held, Now, Berlin);

        slots.Select(s => (s.Start, s.End)).ShouldBe(
        [
            (At(2026, 5, 6, 13), At(2026, 5, 6, 15)),
            (At(2026, 5, 6, 13, 30), At(2026, 5, 6, 15, 30)),
            (At(2026, 5, 6, 14), At(2026, 5, 6, 16)),
        ]);
    }

    [Fact]
    public void NextFreeSlots_SkipClosedDaysAndClosingTime()
    {
        var space = Workshop();
        space.SetClosures([new Closure(new DateOnly(2026, 5, 7), new DateOnly(2026, 5, 7), null)]);
        (DateTimeOffset, DateTimeOffset)[] held = [(At(2026, 5, 6, 9), At(2026, 5, 6, 21))];

        var slots = Scheduling.NextFreeSlots(space, new(At(2026, 5, 6, 19), At(2026, 5, 6, 21)), Member, held, Now, Berlin, count: 1);

        slots.Single().Start.ShouldBe(At(2026, 5, 8, 9));
    }
}

public sealed class UtilisationTests
{
    [Fact]
    public void Utilisation_IsConfirmedBookedHoursOverOpeningHours()
    {
        var space = Workshop(); // 12 h a day, Monday to Saturday
        (DateTimeOffset, DateTimeOffset)[] confirmed = [(At(2026, 5, 4, 10), At(2026, 5, 4, 13)), (At(2026, 5, 6, 9), At(2026, 5, 6, 12))];

        var figure = Utilisation.ForSpace(space, confirmed, new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 10), Berlin);

        figure.OpenHours.ShouldBe(72);
        figure.BookedHours.ShouldBe(6);
        figure.Ratio!.Value.ShouldBe(6.0 / 72, 1e-9);
    }

    [Fact]
    public void Utilisation_ClosedDaysAreNoOpeningHours_AndBookingsOutsideThePeriodCountOnlyTheirPartInside()
    {
        var space = Workshop();
        space.SetClosures([new Closure(new DateOnly(2026, 5, 5), new DateOnly(2026, 5, 9), "Ferien")]);
        (DateTimeOffset, DateTimeOffset)[] confirmed = [(At(2026, 5, 4, 19), At(2026, 5, 4, 21)), (At(2026, 5, 11, 10), At(2026, 5, 11, 12))];

        var figure = Utilisation.ForSpace(space, confirmed, new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 10), Berlin);

        figure.OpenHours.ShouldBe(12);
        figure.BookedHours.ShouldBe(2);
    }

    [Fact]
    public void Utilisation_OfANeverOpenSpace_HasNoRatio() =>
        Utilisation.ForSpace(Space.Create("Lager", SpaceType.Other, 1), [], new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 10), Berlin).Ratio.ShouldBeNull();

    [Fact]
    public void HubUtilisation_SumsHoursAcrossSpaces_NotAnAverageOfRatios()
    {
        var figure = Utilisation.ForHub([new UtilisationFigure(10, 100), new UtilisationFigure(10, 20)]);

        figure.Ratio!.Value.ShouldBe(20.0 / 120, 1e-9);
    }
}

public sealed class SpaceTests
{
    [Theory]
    [InlineData("", 10)]
    [InlineData("Raum", 0)]
    [InlineData("Raum", Space.CapacityMax + 1)]
    public void Describe_InvalidNameOrCapacity_IsRefused(string name, int capacity) =>
        Should.Throw<DomainException>(() => Space.Create(name, SpaceType.Cafe, capacity)).Code.ShouldBe("Spaces.Invalid");

    [Fact]
    public void OpeningHours_OverlappingOnOneDay_AreRefused() =>
        Should.Throw<DomainException>(() => Workshop().SetOpeningHours(
            [new(DayOfWeek.Monday, new(9, 0), new(13, 0)), new(DayOfWeek.Monday, new(12, 0), new(18, 0))])).Code.ShouldBe("Spaces.InvalidOpeningHours");

    [Fact]
    public void OpeningHours_ClosingBeforeOpening_AreRefused() =>
        Should.Throw<DomainException>(() => Workshop().SetOpeningHours([new(DayOfWeek.Monday, new(18, 0), new(9, 0))]))
            .Code.ShouldBe("Spaces.InvalidOpeningHours");

    [Fact]
    public void Closure_EndingBeforeItStarts_IsRefused() =>
        Should.Throw<DomainException>(() => Workshop().SetClosures([new Closure(new DateOnly(2026, 5, 9), new DateOnly(2026, 5, 8), null)]))
            .Code.ShouldBe("Spaces.InvalidClosure");
}
