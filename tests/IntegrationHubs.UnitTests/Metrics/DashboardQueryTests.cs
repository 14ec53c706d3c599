using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Features.Dashboards;

namespace IntegrationHubs.UnitTests.Metrics;

public sealed class DashboardQueryTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    [Theory]
    [InlineData(null, PeriodPreset.Last30Days)]
    [InlineData("nonsense", PeriodPreset.Last30Days)]
    [InlineData("QUARTER", PeriodPreset.Quarter)]
    [InlineData("year", PeriodPreset.Year)]
    public void Parse_NamesAPreset_AndFallsBackToThirtyDays(string? name, PeriodPreset preset) =>
        DashboardQuery.Parse(name, null, null).Resolve(Today).Period.ShouldBe(Period.Preset(preset, Today));

    [Fact]
    public void Custom_ValidRange_IsThePeriod() =>
        DashboardQuery.Parse("custom", "2026-01-01", "2026-02-15").Resolve(Today).Period.ShouldBe(Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 15)));

    [Theory]
    [InlineData("2026-02-01", "2026-01-01", "Metrics.Period.EndBeforeStart", "to")]
    [InlineData("2020-01-01", "2026-01-01", "Metrics.Period.TooLong", "to")]
    [InlineData("1.1.2026", "2026-01-01", "Metrics.Api.Date", "from")]
    [InlineData("2026-01-01", "", "Metrics.Api.Date", "to")]
    public void Custom_BadRange_NamesTheReasonAndTheField(string from, string to, string error, string field)
    {
        var (period, reason, at) = DashboardQuery.Parse("custom", from, to).Resolve(Today);

        (period, reason, at).ShouldBe((null, error, field));
    }

    [Fact]
    public void ToQuery_KeepsCustomDates_AndNamesPresets()
    {
        DashboardQuery.ToQuery(PeriodPreset.Custom, Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31))).ShouldBe("period=custom&from=2026-01-01&to=2026-01-31");
        DashboardQuery.ToQuery(PeriodPreset.Year, Period.Preset(PeriodPreset.Year, Today)).ShouldBe("period=year");
    }

    [Theory]
    [InlineData(null, PeriodPreset.Last3Months)]
    [InlineData("30d", PeriodPreset.LastMonth)]
    [InlineData("quarter", PeriodPreset.Last3Months)]
    [InlineData("YEAR", PeriodPreset.Last12Months)]
    [InlineData("12m", PeriodPreset.Last12Months)]
    public void ParseMonths_NamesACompletedMonthsPreset(string? name, PeriodPreset preset) =>
        DashboardQuery.ParseMonths(name, null, null).Resolve(Today).Period.ShouldBe(Period.Preset(preset, Today));

    [Fact]
    public void ParseMonths_CustomMonths_AreTheirFirstToTheirLastDay() =>
        DashboardQuery.ParseMonths("custom", "2026-01", "2026-02").Resolve(Today).Period
            .ShouldBe(Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)));

    [Theory]
    [InlineData("2026-01-05", "2026-02-28", "Metrics.Period.WholeMonths", "to")]
    [InlineData("2026-01", "2026-03", "Metrics.Period.NotCompleted", "to")]
    [InlineData("Jan 2026", "2026-02", "Metrics.Api.Month", "from")]
    public void ParseMonths_CustomRangeNotWholeCompletedMonths_IsRefused(string from, string to, string error, string field) =>
        DashboardQuery.ParseMonths("custom", from, to).Resolve(Today).ShouldBe((null, error, field));

    [Fact]
    public void ToQuery_WholeMonths_WritesMonths() =>
        DashboardQuery.ToQuery(PeriodPreset.Custom, Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)), wholeMonths: true)
            .ShouldBe("period=custom&from=2026-01&to=2026-02");
}
