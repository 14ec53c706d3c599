using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Metrics;

namespace IntegrationHubs.UnitTests.Metrics;

public sealed class PeriodTests
{
    [Fact]
    public void Of_EndBeforeStart_IsRefused() =>
        Should.Throw<DomainException>(() => Period.Of(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1))).Code.ShouldBe("Metrics.Period.EndBeforeStart");

    [Fact]
    public void Of_LongerThanFiveYears_IsRefused() =>
        Should.Throw<DomainException>(() => Period.Of(new DateOnly(2020, 1, 1), new DateOnly(2025, 1, 2))).Code.ShouldBe("Metrics.Period.TooLong");

    [Fact]
    public void Of_ExactlyFiveYears_IsAllowed() => Period.Of(new DateOnly(2020, 1, 1), new DateOnly(2025, 1, 1)).Days.ShouldBe(1828);

    [Fact]
    public void Of_OneDay_IsAllowed() => Period.Of(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)).Days.ShouldBe(1);

    [Theory]
    [InlineData(PeriodPreset.Last30Days, "2026-03-02")]
    [InlineData(PeriodPreset.Quarter, "2026-01-01")]
    [InlineData(PeriodPreset.Year, "2025-04-01")]
    public void Preset_EndsToday_AndStartsWhereItSays(PeriodPreset preset, string from)
    {
        var period = Period.Preset(preset, new DateOnly(2026, 3, 31));
        period.To.ShouldBe(new DateOnly(2026, 3, 31));
        period.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Months_ListsEveryMonthTouched() =>
        Period.Of(new DateOnly(2025, 12, 15), new DateOnly(2026, 2, 1)).Months()
            .ShouldBe([new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)]);

    [Theory]
    [InlineData(PeriodPreset.LastMonth, "2026-02-01", "2026-02-28")]
    [InlineData(PeriodPreset.Last3Months, "2025-12-01", "2026-02-28")]
    [InlineData(PeriodPreset.Last12Months, "2025-03-01", "2026-02-28")]
    public void MonthPresets_AreCompletedMonths_EndingBeforeTodaysMonth(PeriodPreset preset, string from, string to)
    {
        var period = Period.Preset(preset, new DateOnly(2026, 3, 31));

        (period.From, period.To).ShouldBe((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
        period.IsWholeMonths.ShouldBeTrue();
        Period.WholeMonthsRefusal(period.From, period.To, new DateOnly(2026, 3, 31)).ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-01-02", "2026-01-31", "Metrics.Period.WholeMonths")]
    [InlineData("2026-01-01", "2026-01-30", "Metrics.Period.WholeMonths")]
    [InlineData("2026-01-01", "2026-03-31", "Metrics.Period.NotCompleted")]
    [InlineData("2026-03-01", "2026-03-31", "Metrics.Period.NotCompleted")]
    [InlineData("2026-02-01", "2026-01-31", "Metrics.Period.EndBeforeStart")]
    [InlineData("2026-01-01", "2026-02-28", null)]
    [InlineData("2024-02-01", "2024-02-29", null)]
    public void WholeMonthsRefusal_NamesWhatIsWrong(string from, string to, string? refusal) =>
        Period.WholeMonthsRefusal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 3, 15))
            .ShouldBe(refusal);

    [Theory]
    [InlineData("2026-03-01T11:59:00Z", "2026-02-28")]
    [InlineData("2026-03-01T12:00:00Z", "2026-03-01")]
    public void EarliestToday_IsTheDateAtUtcMinusTwelve(string now, string today) =>
        Period.EarliestToday(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
}
