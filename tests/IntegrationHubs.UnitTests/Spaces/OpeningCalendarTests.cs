using IntegrationHubs.Domain.Spaces;

namespace IntegrationHubs.UnitTests.Spaces;

/// <summary>The dashboards' shortcut for open hours gives exactly what expanding every window gives, across DST switches.</summary>
public sealed class OpeningCalendarTests
{
    // Berlin (switch at 02:00), Santiago (switch at midnight), Lord Howe (half-hour switch), Tehran (no DST since 2022), UTC.
    public static TheoryData<string, int> Zones() => new()
    {
        { "Europe/Berlin", 1 }, { "Europe/Berlin", 2 }, { "America/Santiago", 3 }, { "Australia/Lord_Howe", 4 }, { "Asia/Tehran", 5 }, { "UTC", 6 },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void OpenHours_EqualTheSumOfEveryWindow_ToTheLastBit(string zoneId, int seed)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var random = new Random(seed);
        for (var space = 0; space < 60; space++)
        {
            var periods = new List<OpeningPeriod>();
            for (var p = random.Next(0, 9); p > 0; p--)
            {
                var opens = new TimeOnly(random.Next(0, 24), random.Next(0, 60));
                var closes = random.Next(4) == 0 ? TimeOnly.MinValue : opens.AddMinutes(random.Next(-30, 600));
                periods.Add(new OpeningPeriod((DayOfWeek)random.Next(0, 7), opens, closes));
            }

            var from = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 900));
            var to = from.AddDays(random.Next(0, 500));
            var closures = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => from.AddDays(random.Next(0, 400)))
                .Select(day => new Closure(day, day.AddDays(random.Next(0, 10)), null)).ToList();

            var expected = OpeningWindows.Between(periods, closures, from, to, zone).Sum(w => (w.End - w.Start).TotalHours);

            new OpeningCalendar(from, to, zone).OpenHours(periods, closures).ShouldBe(expected, customMessage: $"{zoneId} {from}–{to}");
        }
    }

    [Fact]
    public void OpenHours_OnTheSpringForwardDay_LoseTheSkippedHour()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var sunday = new DateOnly(2026, 3, 29);

        var hours = new OpeningCalendar(sunday, sunday, berlin).OpenHours([new OpeningPeriod(DayOfWeek.Sunday, new TimeOnly(1, 0), new TimeOnly(5, 0))], []);

        hours.ShouldBe(3);
    }

    [Fact]
    public void OpenHours_OfAnEmptyPeriod_AreZero() =>
        new OpeningCalendar(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1), TimeZoneInfo.Utc)
            .OpenHours([new OpeningPeriod(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 0))], []).ShouldBe(0);
}
