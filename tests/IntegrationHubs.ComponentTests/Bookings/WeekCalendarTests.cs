using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Bookings;

namespace IntegrationHubs.ComponentTests.Bookings;

public sealed class WeekCalendarTests : AppComponentContext
{
    private static readonly DateOnly Monday = new(2026, 5, 4);

    private static GetSpaceCalendar.Result Calendar(params GetSpaceCalendar.Slot[] bookings) => new(
        Guid.NewGuid(), "Werkstatt", Monday, 7,
        [.. Enumerable.Range(0, 5).Select(i => new GetSpaceCalendar.Window(Monday.AddDays(i), Monday.AddDays(i).ToDateTime(new TimeOnly(9, 0)), Monday.AddDays(i).ToDateTime(new TimeOnly(12, 0))))],
        bookings);

    private static GetSpaceCalendar.Slot Slot(int day, int from, int to, BookingStatus status, string? purpose = null, bool mine = false) =>
        new(Guid.NewGuid(), Monday.AddDays(day).ToDateTime(new TimeOnly(from, 0)), Monday.AddDays(day).ToDateTime(new TimeOnly(to, 0)), status, purpose, null, mine);

    [Fact]
    public void Calendar_ShowsSevenDays_HalfHourRowsFromOpeningToClosing_AndFreeCellsOnlyWhereOpen()
    {
        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, Calendar()));

        cut.FindAll("thead th").Count.ShouldBe(8);
        cut.FindAll("tbody tr").Count.ShouldBe(6);
        cut.FindAll("button.ih-cal-free").Count.ShouldBe(5 * 6);
        cut.FindAll("td.ih-cal-closed").Count.ShouldBe(2 * 6);
    }

    [Fact]
    public void Calendar_ShowsOthersBookingsAsBooked_AndMyOwnWithItsPurpose()
    {
        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, Calendar(
            Slot(0, 9, 10, BookingStatus.Confirmed),
            Slot(1, 10, 11, BookingStatus.Pending),
            Slot(2, 11, 12, BookingStatus.Confirmed, "Nähcafé", mine: true))));

        cut.FindAll("td.ih-cal-booked").Count.ShouldBe(2);
        cut.FindAll("td.ih-cal-booked")[0].TextContent.ShouldContain("Belegt");
        cut.FindAll("td.ih-cal-pending")[0].TextContent.ShouldContain("Angefragt");
        cut.FindAll("td.ih-cal-mine")[0].TextContent.ShouldContain("Nähcafé");
        cut.FindAll("button.ih-cal-free").Count.ShouldBe(30 - 6);
    }

    [Fact]
    public void PickingAFreeCell_ReportsItsLocalDayAndTime()
    {
        (DateOnly Date, TimeOnly Start)? picked = null;
        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, Calendar())
            .Add(x => x.OnPick, ((DateOnly Date, TimeOnly Start) slot) => picked = slot));

        cut.Find("button[data-slot='2026-05-06T10:30']").Click();

        picked.ShouldBe((new DateOnly(2026, 5, 6), new TimeOnly(10, 30)));
    }

    [Fact]
    public void HalfHoursThePersonMayNotBook_AreNoButtons_AndSayWhy()
    {
        var tooSoon = Monday.ToDateTime(new TimeOnly(9, 0));
        var calendar = Calendar() with
        {
            Unavailable = new Dictionary<DateTime, string> { [tooSoon] = "Bookings.Refused.TooShortNotice", [tooSoon.AddMinutes(30)] = "Bookings.Refused.TooShortNotice" },
        };

        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, calendar));

        cut.FindAll("button[data-slot='2026-05-04T09:00'], button[data-slot='2026-05-04T09:30']").ShouldBeEmpty();
        cut.FindAll("button.ih-cal-free").Count.ShouldBe(30 - 2);
        var cells = cut.FindAll("td.ih-cal-unavailable");
        cells.Count.ShouldBe(2);
        cells[0].TextContent.ShouldContain("nicht buchbar: Für diesen Raum muss früher gebucht werden.");
        cells[0].GetAttribute("title").ShouldBe("Für diesen Raum muss früher gebucht werden.");
    }

    [Fact]
    public void FreeCells_HaveANameForScreenReaders() =>
        Render<WeekCalendar>(p => p.Add(x => x.Calendar, Calendar()))
            .FindAll("button.ih-cal-free").ShouldAllBe(b => b.GetAttribute("aria-label")!.Contains("frei"));

    [Fact]
    public void DayView_ListsOneDaysHalfHours_AsFullWidthChoices_AndPickingOneReportsIt()
    {
        (DateOnly Date, TimeOnly Start)? picked = null;
        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, Calendar(Slot(2, 10, 11, BookingStatus.Confirmed)))
            .Add(x => x.Day, Monday.AddDays(2))
            .Add(x => x.OnPick, ((DateOnly Date, TimeOnly Start) slot) => picked = slot));

        cut.FindAll("table").ShouldBeEmpty();
        cut.FindAll("li.ih-day-slot").Count.ShouldBe(6);
        cut.FindAll("button.ih-day-free").Count.ShouldBe(4);
        cut.FindAll("li.ih-cal-booked")[0].TextContent.ShouldContain("Belegt");
        cut.FindAll("button[data-slot^='2026-05-06']").Count.ShouldBe(4);

        cut.Find("button[data-slot='2026-05-06T11:30']").Click();

        picked.ShouldBe((new DateOnly(2026, 5, 6), new TimeOnly(11, 30)));
    }

    [Fact]
    public void DayView_OfAClosedDay_SaysClosed_AndOffersNothing()
    {
        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, Calendar()).Add(x => x.Day, Monday.AddDays(6)));

        cut.FindAll("button").ShouldBeEmpty();
        cut.FindAll("li.ih-cal-closed").Count.ShouldBeGreaterThan(0);
        cut.Find("li.ih-cal-closed").TextContent.ShouldContain("geschlossen");
    }
}

public sealed class WeekCalendarArabicTests() : AppComponentContext("ar")
{
    [Fact]
    public void Calendar_InArabic_NamesFreeCellsInArabic()
    {
        var monday = new DateOnly(2026, 5, 4);
        var calendar = new GetSpaceCalendar.Result(Guid.NewGuid(), "ورشة", monday, 1,
            [new GetSpaceCalendar.Window(monday, monday.ToDateTime(new TimeOnly(9, 0)), monday.ToDateTime(new TimeOnly(10, 0)))], []);

        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, calendar));

        cut.Find("caption").TextContent.ShouldContain("الإشغال");
        cut.FindAll("button.ih-cal-free")[0].GetAttribute("aria-label")!.ShouldContain("متاح");
    }
}

public sealed class WeekCalendarPastTests : AppComponentContext
{
    [Fact]
    public void HalfHoursBeforeNow_CannotBePicked()
    {
        var monday = new DateOnly(2026, 5, 4);
        var calendar = new GetSpaceCalendar.Result(Guid.NewGuid(), "Werkstatt", monday, 1,
            [new GetSpaceCalendar.Window(monday, monday.ToDateTime(new TimeOnly(9, 0)), monday.ToDateTime(new TimeOnly(12, 0)))], [],
            LocalNow: monday.ToDateTime(new TimeOnly(10, 15)));

        var cut = Render<WeekCalendar>(p => p.Add(x => x.Calendar, calendar));

        cut.FindAll("button.ih-cal-free").Select(b => b.GetAttribute("data-slot")).ShouldBe(["2026-05-04T10:30", "2026-05-04T11:00", "2026-05-04T11:30"]);
    }
}
