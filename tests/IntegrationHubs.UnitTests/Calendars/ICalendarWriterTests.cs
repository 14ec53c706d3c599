using System.Text;
using IntegrationHubs.Web.Calendars;

namespace IntegrationHubs.UnitTests.Calendars;

public sealed class ICalendarWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);

    private static CalendarEvent Event(string summary = "Sprachcafé", string? description = null) => new(
        "booking-1@integrationhubs", new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), summary, Now, description);

    [Fact]
    public void Write_EndsEveryLineWithCrLf_AndWrapsEventsInACalendar()
    {
        var ics = ICalendarWriter.Write("Café", [Event()], Now);

        ics.ShouldStartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        ics.ShouldEndWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        ics.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n");
        ics.ShouldContain("\r\nPRODID:");
        ics.ShouldContain("\r\nUID:booking-1@integrationhubs\r\n");
        ics.ShouldContain("\r\nDTSTAMP:20260328T120000Z\r\n");
    }

    [Fact]
    public void Write_GivesTimesInUtc_AcrossTheDaylightSavingSwitch()
    {
        var ics = ICalendarWriter.Write("Café", [Event()], Now);

        // 01:30 CET is 00:30 UTC and 03:30 CEST is 01:30 UTC: on the night clocks go forward it is one real hour.
        ics.ShouldContain("\r\nDTSTART:20260329T003000Z\r\n");
        ics.ShouldContain("\r\nDTEND:20260329T013000Z\r\n");
    }

    [Fact]
    public void Escape_ProtectsSeparatorsAndLineBreaks()
    {
        ICalendarWriter.Escape("a,b;c\\d\r\ne\nf").ShouldBe("a\\,b\\;c\\\\d\\ne\\nf");
    }

    [Fact]
    public void Write_FoldsLongLinesAt75Octets_WithoutSplittingCharacters()
    {
        var summary = string.Concat(Enumerable.Repeat("مقهى اللغة ☕ 🧑‍🍳 ", 12));
        var ics = ICalendarWriter.Write("Café", [Event(summary)], Now);

        var lines = ics.Split("\r\n");
        lines.ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
        lines.Where(line => line.Length > 1).ShouldAllBe(line => !char.IsLowSurrogate(line[1]) && !char.IsHighSurrogate(line[line.Length - 1]));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        unfolded.ShouldContain("\r\nSUMMARY:" + summary + "\r\n");
    }

    [Fact]
    public void Write_LeavesOutEmptyOptionalProperties()
    {
        var ics = ICalendarWriter.Write("Café", [Event(description: " ")], Now);

        ics.ShouldNotContain("DESCRIPTION");
        ics.ShouldNotContain("LOCATION");
        ics.ShouldNotContain("URL:");
    }
}
