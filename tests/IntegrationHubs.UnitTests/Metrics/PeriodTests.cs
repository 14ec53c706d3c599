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
}
