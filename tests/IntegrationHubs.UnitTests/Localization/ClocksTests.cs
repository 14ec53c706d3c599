using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

public sealed class ClocksTests
{
    private static readonly DateTimeOffset Instant = new(2026, 12, 2, 5, 43, 0, TimeSpan.Zero);

    [Fact]
    public void On_AHubsZone_ShowsTheHubsWallClock()
    {
        var berlin = Clocks.On(Instant, "Europe/Berlin");

        (berlin.Hour, berlin.Minute, berlin.Offset).ShouldBe((6, 43, TimeSpan.FromHours(1)));
        berlin.ShouldBe(Instant);
    }

    [Fact]
    public void Shared_HubsOfOneZone_UseIt_AndHubsOfSeveral_FallBackToLabelledUtc()
    {
        Clocks.Shared(Instant, ["Europe/Berlin", "Europe/Berlin"]).ShouldBe((Clocks.On(Instant, "Europe/Berlin"), false));
        Clocks.Shared(Instant, ["Europe/Berlin", "Europe/Kyiv"]).ShouldBe((Instant, true));
        Clocks.Shared(Instant, []).ShouldBe((Instant, true));
    }

    [Fact]
    public void NoSourceFile_ShowsTheServersOwnClock()
    {
        // The server's zone is nobody's: a time on a page is on a hub's clock (Clocks), never ToLocalTime or DateTime.Now.
        var root = Path.Combine(ResourceTests.RepositoryRoot(), "src");
        string[] forbidden = ["ToLocalTime()", "TimeZoneInfo.Local", "DateTime.Now", "DateTimeOffset.Now"];
        var offenders = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => forbidden.Any(word => l.Text.Contains(word, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty();
    }
}
