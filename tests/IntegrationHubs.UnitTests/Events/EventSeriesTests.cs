using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using static IntegrationHubs.UnitTests.Events.EventTests;

namespace IntegrationHubs.UnitTests.Events;

public sealed class EventSeriesTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeOnly Six = new(18, 0);
    private static readonly TimeOnly Eight = new(20, 0);

    private static EventSeries Weekly(DateOnly first, DateOnly? until = null, int? count = null, TimeOnly? start = null, TimeOnly? end = null) =>
        EventSeries.Create(first, start ?? Six, end ?? Eight, until, count, Guid.NewGuid(), Now);

    [Fact]
    public void Dates_WithACount_AreThatManyWeeksOnTheFirstDatesWeekday()
    {
        var series = Weekly(new DateOnly(2026, 5, 5), count: 4);

        series.Weekday.ShouldBe(DayOfWeek.Tuesday);
        series.Dates().ShouldBe([new(2026, 5, 5), new(2026, 5, 12), new(2026, 5, 19), new(2026, 5, 26)]);
    }

    [Fact]
    public void Dates_UntilADate_IncludeThatDateWhenItIsTheWeekday()
    {
        Weekly(new DateOnly(2026, 5, 5), until: new DateOnly(2026, 5, 19)).Dates().Count.ShouldBe(3);
        Weekly(new DateOnly(2026, 5, 5), until: new DateOnly(2026, 5, 18)).Dates().Count.ShouldBe(2);
    }

    [Fact]
    public void Occurrences_AcrossSpringForward_KeepTheLocalTimeAndMoveTheInstant()
    {
        // Berlin goes to summer time on Sunday 29 March 2026.
        var occurrences = Weekly(new DateOnly(2026, 3, 24), count: 2).Occurrences(Berlin);

        occurrences[0].Start.ShouldBe(new DateTimeOffset(2026, 3, 24, 17, 0, 0, TimeSpan.Zero));
        occurrences[1].Start.ShouldBe(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero));
        occurrences[1].End.ShouldBe(new DateTimeOffset(2026, 3, 31, 18, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Occurrences_AcrossFallBack_KeepTheLocalTimeAndMoveTheInstant()
    {
        // Back to winter time on Sunday 25 October 2026.
        var occurrences = Weekly(new DateOnly(2026, 10, 20), count: 2).Occurrences(Berlin);

        occurrences[0].Start.ShouldBe(new DateTimeOffset(2026, 10, 20, 16, 0, 0, TimeSpan.Zero));
        occurrences[1].Start.ShouldBe(new DateTimeOffset(2026, 10, 27, 17, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Occurrences_AtALocalTimeTheClocksSkip_HaveNoInstantThatDayOnly()
    {
        var occurrences = Weekly(new DateOnly(2026, 3, 22), count: 3, start: new TimeOnly(2, 30), end: new TimeOnly(4, 0)).Occurrences(Berlin);

        occurrences.Select(o => o.Exists).ShouldBe([true, false, true]);
    }

    [Fact]
    public void Create_WithMoreThanTheCap_IsRefused()
    {
        Should.Throw<DomainException>(() => Weekly(new DateOnly(2026, 5, 5), count: EventSeries.MaxOccurrences + 1)).Code.ShouldBe("Events.Series.TooLong");
        Should.Throw<DomainException>(() => Weekly(new DateOnly(2026, 5, 5), until: new DateOnly(2027, 5, 5))).Code.ShouldBe("Events.Series.TooLong");
        Weekly(new DateOnly(2026, 5, 5), count: EventSeries.MaxOccurrences).Dates().Count.ShouldBe(EventSeries.MaxOccurrences);
    }

    [Fact]
    public void Create_WithBothOrNeitherEnd_IsRefused()
    {
        Should.Throw<DomainException>(() => Weekly(new DateOnly(2026, 5, 5))).Code.ShouldBe("Events.Series.EndRequired");
        Should.Throw<DomainException>(() => Weekly(new DateOnly(2026, 5, 5), new DateOnly(2026, 6, 5), 3)).Code.ShouldBe("Events.Series.EndRequired");
    }

    [Fact]
    public void Create_UntilBeforeTheFirstDate_IsRefused() =>
        Should.Throw<DomainException>(() => Weekly(new DateOnly(2026, 5, 5), until: new DateOnly(2026, 5, 1))).Code.ShouldBe("Events.Series.TooLong");

    [Fact]
    public void Moved_KeepsEachOccurrencesWeekAndTakesTheNewLocalTimesAcrossDst()
    {
        // 31 March 2026 18:00 summer time, moved a day later to 19:00–21:00 local.
        var moved = EventSeries.Moved(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), 1, new TimeOnly(19, 0), new TimeOnly(21, 0), Berlin);

        moved.ShouldBe((new DateTimeOffset(2026, 4, 1, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 1, 19, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void EditOneOccurrence_KeepsTheSeriesAndMarksItChanged()
    {
        var occurrence = Published();
        var seriesId = Guid.NewGuid();
        occurrence.JoinSeries(seriesId);

        occurrence.Edit(Details(capacity: 12), HubLanguages, Coordinator, Now, confirmed: 0);

        occurrence.SeriesId.ShouldBe(seriesId);
        occurrence.ChangedInSeries.ShouldBeTrue();
    }

    [Fact]
    public void EditThisAndFollowing_BringsADateChangedOnItsOwnBackInLineWithTheSeries()
    {
        var occurrence = Published();
        occurrence.JoinSeries(Guid.NewGuid());
        occurrence.Edit(Details(capacity: 11), HubLanguages, Coordinator, Now, confirmed: 0);

        occurrence.Edit(Details(capacity: 12), HubLanguages, Coordinator, Now, confirmed: 0, alone: false);

        occurrence.ChangedInSeries.ShouldBeFalse();
    }

    [Fact]
    public void CancelOneOccurrence_KeepsItsSeriesLink()
    {
        var occurrence = Published();
        var seriesId = Guid.NewGuid();
        occurrence.JoinSeries(seriesId);

        occurrence.Cancel(Coordinator, Now);

        occurrence.Status.ShouldBe(EventStatus.Cancelled);
        occurrence.SeriesId.ShouldBe(seriesId);
    }

    [Fact]
    public void Edit_CapacityBelowConfirmedSeats_IsRefusedAndNothingChanges()
    {
        var ev = Published(capacity: 10);

        Should.Throw<DomainException>(() => ev.Edit(Details(capacity: 4), HubLanguages, Coordinator, Now, confirmed: 5)).Code
            .ShouldBe("Events.Refused.CapacityBelowConfirmed");
        ev.Capacity.ShouldBe(10);
        ev.Edit(Details(capacity: 5), HubLanguages, Coordinator, Now, confirmed: 5);
        ev.Capacity.ShouldBe(5);
    }

    [Fact]
    public void Edit_ByAMemberOffTheTeam_IsRefused() =>
        Should.Throw<DomainException>(() => Published().Edit(Details(), HubLanguages, Member, Now, confirmed: 0)).Code.ShouldBe("Events.NotAllowed");

    [Fact]
    public void JoinSeries_Twice_IsRefused()
    {
        var ev = Published();
        ev.JoinSeries(Guid.NewGuid());

        Should.Throw<DomainException>(() => ev.JoinSeries(Guid.NewGuid())).Code.ShouldBe("Events.TransitionNotAllowed");
    }
}
