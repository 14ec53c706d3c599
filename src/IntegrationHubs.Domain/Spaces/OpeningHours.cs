namespace IntegrationHubs.Domain.Spaces;

/// <summary>
/// One weekly opening period in local time, e.g. Tuesday 10:00–18:00. <see cref="Closes"/> at 00:00 means
/// "until midnight", so a space can be open the whole day.
/// </summary>
public sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public bool UntilMidnight => Closes == TimeOnly.MinValue;

    public bool IsValid => Enum.IsDefined(Day) && (UntilMidnight || Closes > Opens);

    /// <summary>The period on <paramref name="date"/> as UTC instants; the local times stay the same across DST.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) On(DateOnly date, TimeZoneInfo zone) =>
        (HubTime.ToInstantOrAfterGap(date, Opens, zone),
         UntilMidnight ? HubTime.StartOfDay(date.AddDays(1), zone) : HubTime.ToInstantOrAfterGap(date, Closes, zone));
}

/// <summary>A day or days a space is closed, e.g. a holiday or a one-off closed day (local dates, inclusive).</summary>
public sealed record Closure(DateOnly From, DateOnly To, string? Reason)
{
    public const int ReasonMaxLength = 200;

    public bool IsValid => To >= From && (Reason is null || Reason.Length <= ReasonMaxLength);

    public bool Covers(DateOnly date) => date >= From && date <= To;
}

/// <summary>The weekly opening hours and closures of a space, turned into concrete open windows.</summary>
public static class OpeningWindows
{
    /// <summary>The space's open windows, as UTC instants, on each local date from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<(DateOnly Date, DateTimeOffset Start, DateTimeOffset End)> Between(
        IEnumerable<OpeningPeriod> periods, IEnumerable<Closure> closures, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var weekly = periods.Where(p => p.IsValid).ToList();
        var closed = closures.ToList();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (closed.Any(c => c.Covers(date)))
            {
                continue;
            }

            foreach (var period in weekly.Where(p => p.Day == date.DayOfWeek).OrderBy(p => p.Opens))
            {
                var (start, end) = period.On(date, zone);
                if (end > start)
                {
                    yield return (date, start, end);
                }
            }
        }
    }
}

/// <summary>
/// The open hours of many spaces in one time zone over one period, summed as <see cref="OpeningWindows.Between"/> gives
/// them, without converting every window: on a day whose UTC offset stays the same from midnight to midnight a window
/// lasts exactly its local length. Only the few other days (a daylight-saving switch) convert each window. The dashboards
/// need this for thousands of spaces over up to five years (decision 0020).
/// </summary>
public sealed class OpeningCalendar
{
    private readonly DateOnly _from;
    private readonly TimeZoneInfo _zone;
    private readonly bool[] _plainDays;

    public OpeningCalendar(DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        _from = from;
        _zone = zone;
        _plainDays = new bool[Math.Max(0, to.DayNumber - from.DayNumber + 1)];
        for (var i = 0; i < _plainDays.Length; i++)
        {
            var date = from.AddDays(i);
            if (HubTime.ToInstant(date, TimeOnly.MinValue, zone) is not { } start || zone.IsAmbiguousTime(date.ToDateTime(TimeOnly.MinValue)))
            {
                continue;
            }

            var next = HubTime.StartOfDay(date.AddDays(1), zone);
            _plainDays[i] = next - start == TimeSpan.FromDays(1) && zone.GetUtcOffset(start) == zone.GetUtcOffset(next);
        }
    }

    /// <summary>The sum of the windows' hours of <see cref="OpeningWindows.Between"/>, in the same order (so the same double).</summary>
    public double OpenHours(IEnumerable<OpeningPeriod> periods, IEnumerable<Closure> closures)
    {
        var weekly = periods.Where(p => p.IsValid).OrderBy(p => p.Opens).ToList();
        var closed = closures.ToList();
        var hours = 0.0;
        for (var i = 0; i < _plainDays.Length; i++)
        {
            var date = _from.AddDays(i);
            if (closed.Count > 0 && closed.Any(c => c.Covers(date)))
            {
                continue;
            }

            foreach (var period in weekly)
            {
                if (period.Day != date.DayOfWeek)
                {
                    continue;
                }

                var length = _plainDays[i]
                    ? (period.UntilMidnight ? TimeSpan.FromDays(1) : period.Closes.ToTimeSpan()) - period.Opens.ToTimeSpan()
                    : period.On(date, _zone) is var (start, end) ? end - start : default;
                if (length > TimeSpan.Zero)
                {
                    hours += length.TotalHours;
                }
            }
        }

        return hours;
    }
}
