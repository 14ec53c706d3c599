namespace IntegrationHubs.Web.Localization;

/// <summary>
/// Which clock a time is shown on, wherever the server runs: a hub's pages on the hub's clock; a page across hubs (the
/// network dashboard, a person's own pages) on the clock those hubs share — or, where they differ, in UTC, which the
/// page then says. Never the server's own zone (<c>ToLocalTime</c>), which is nobody's.
/// </summary>
public static class Clocks
{
    /// <summary><paramref name="at"/> on the clock of <paramref name="timeZoneId"/> (an IANA id, as hubs store it).</summary>
    public static DateTimeOffset On(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>
    /// <paramref name="at"/> on the clock every one of <paramref name="timeZoneIds"/> shares, with <c>InUtc</c> false; when they
    /// differ (or there are none), in UTC with <c>InUtc</c> true, so the page can label it.
    /// </summary>
    public static (DateTimeOffset At, bool InUtc) Shared(DateTimeOffset at, IEnumerable<string> timeZoneIds)
    {
        var zones = timeZoneIds.Distinct(StringComparer.Ordinal).Take(2).ToList();
        return zones.Count == 1 ? (On(at, zones[0]), false) : (at.ToUniversalTime(), true);
    }
}
