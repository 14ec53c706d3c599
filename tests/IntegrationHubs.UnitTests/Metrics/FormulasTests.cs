using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Metrics;
using static IntegrationHubs.UnitTests.Metrics.MetricsTestData;

namespace IntegrationHubs.UnitTests.Metrics;

public sealed class FormulasTests
{
    [Theory]
    [InlineData(5, 1, 3, true)] // known 4: newcomers 25 %, residents 75 %
    [InlineData(5, 1, 4, false)] // newcomers 20 %
    [InlineData(4, 2, 2, false)] // too small to count
    [InlineData(10, 0, 0, false)] // nobody's background known
    [InlineData(10, 1, 1, true)] // 8 unknown: only the known ones matter
    [InlineData(6, 3, 0, false)] // no residents
    public void IsMixed_FollowsTheQuarterRule(int attendees, int newcomers, int residents, bool mixed) =>
        Mixing.IsMixed(attendees, newcomers, residents).ShouldBe(mixed);

    [Fact]
    public void Median_OddAndEvenCounts() =>
        (Formulas.Median([9, 1, 5]), Formulas.Median([4, 1, 3, 10]), Formulas.Median([])).ShouldBe((5.0, 3.5, (double?)null));

    [Fact]
    public void Ratios_WithoutDenominator_AreNull()
    {
        Formulas.LaunchRate(new InitiativeCounts(new Dictionary<InitiativeStatus, int>(), 0, 0, [])).ShouldBeNull();
        Formulas.ShowUpRate(EventCounts.Zero).ShouldBeNull();
        Formulas.MixingIndex(EventCounts.Zero).ShouldBeNull();
        Formulas.Utilisation(3, 0).ShouldBeNull();
    }

    [Fact]
    public void Sum_AddsCountsAndPoolsLaunchDurations()
    {
        var a = Hub(members: 10, newcomers: 4, events: new EventCounts(2, 10, 8, 7, 3, 2, 1), accepted: 2, launched: 1, days: [10],
            byStatus: new Dictionary<InitiativeStatus, int> { [InitiativeStatus.Launched] = 1 }, languages: new Dictionary<string, int> { ["de"] = 3 });
        var b = Hub(members: 5, newcomers: 1, events: new EventCounts(1, 5, 5, 5, 0, 1, 1), accepted: 1, launched: 1, days: [20, 30],
            byStatus: new Dictionary<InitiativeStatus, int> { [InitiativeStatus.Launched] = 2 }, languages: new Dictionary<string, int> { ["de"] = 1, ["ar"] = 2 });

        var sum = HubFigures.Sum([a, b]);

        sum.Members.Total.ShouldBe(15);
        sum.Events.ShouldBe(new EventCounts(3, 15, 13, 12, 3, 3, 2));
        sum.Events.Attendance.ShouldBe(16);
        sum.Initiatives.ByStatus[InitiativeStatus.Launched].ShouldBe(3);
        Formulas.Median([.. sum.Initiatives.DaysToLaunch]).ShouldBe(20);
        sum.MemberLanguages.ShouldBe(new Dictionary<string, int> { ["de"] = 4, ["ar"] = 2 }, ignoreOrder: true);
        sum.Months.Single().Events.Held.ShouldBe(3);
    }
}
