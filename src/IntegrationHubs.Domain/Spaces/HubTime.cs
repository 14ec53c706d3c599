namespace IntegrationHubs.Domain.Spaces;

/// <summary>
/// Local wall-clock times of a hub ↔ UTC instants. Opening hours and the calendar speak local time;
/// bookings are stored as instants. Across a daylight-saving switch a local day has 23 or 25 hours.
/// </summary>
public static class HubTime
{
    /// <summary>
    /// The instant of <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>; null for a time
    /// the clocks skip (spring forward). A time that happens twice (fall back) is taken at its first occurrence.
    /// </summary>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Like <see cref="ToInstant"/>, but a skipped time moves forward to the first instant after the gap.</summary>
    public static DateTimeOffset ToInstantOrAfterGap(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        for (var step = 0; step <= 4 * 60; step += 15)
        {
            var candidate = time.AddMinutes(step, out var wrapped);
            if (ToInstant(wrapped == 0 ? date : date.AddDays(wrapped), candidate, zone) is { } instant)
            {
                return instant;
            }
        }

        throw new InvalidOperationException("No valid local time within four hours.");
    }

    /// <summary>The start of a local day (the first instant of local midnight, or after a gap at midnight).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) => ToInstantOrAfterGap(date, TimeOnly.MinValue, zone);

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(instant, zone));
}
