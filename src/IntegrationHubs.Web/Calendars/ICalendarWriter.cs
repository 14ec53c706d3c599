using System.Globalization;
using System.Text;

namespace IntegrationHubs.Web.Calendars;

/// <summary>One VEVENT of a feed. Times are instants; the feed writes them in UTC, so no VTIMEZONE is needed.</summary>
public sealed record CalendarEvent(
    string Uid,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    DateTimeOffset LastModified,
    string? Description = null,
    string? Location = null,
    Uri? Url = null,
    bool Cancelled = false,
    int Sequence = 0);

/// <summary>
/// Writes an RFC 5545 calendar (iCalendar, <c>text/calendar</c>) for subscription feeds: CRLF line
/// ends, TEXT values escaped, content lines folded at 75 octets without splitting a UTF-8 sequence.
/// Small on purpose: feeds need VCALENDAR with VEVENTs and nothing else.
/// </summary>
public static class ICalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string ProductId = "-//IntegrationHubs//Hub calendars//EN";
    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset now)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:" + ProductId);
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape(calendarName));
        foreach (var e in events)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, "UID:" + Escape(e.Uid));
            Line(text, "DTSTAMP:" + Utc(now));
            Line(text, "LAST-MODIFIED:" + Utc(e.LastModified));
            Line(text, "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            Line(text, "DTSTART:" + Utc(e.Start));
            Line(text, "DTEND:" + Utc(e.End));
            Line(text, "SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrWhiteSpace(e.Description))
            {
                Line(text, "DESCRIPTION:" + Escape(e.Description));
            }

            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                Line(text, "LOCATION:" + Escape(e.Location));
            }

            if (e.Url is not null)
            {
                Line(text, "URL:" + e.Url.AbsoluteUri);
            }

            Line(text, "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"));
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>RFC 5545 §3.3.5 form 2: a UTC date-time.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, line breaks become <c>\n</c>.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and one space.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one character of four UTF-8 octets and must stay together.
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space counts
            }

            text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        text.Append("\r\n");
    }
}
