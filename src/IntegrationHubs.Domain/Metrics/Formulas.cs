namespace IntegrationHubs.Domain.Metrics;

/// <summary>The mixing rule for one held event (DESIGN §4), mirrored by the SQL in docs/metrics.md.</summary>
public static class Mixing
{
    public const int MinAttendees = 5;

    /// <summary>At least 25 % in integer arithmetic: 4 × part ≥ known.</summary>
    public const int MinSharePercent = 25;

    /// <summary>Counts towards the index at all: at least <see cref="MinAttendees"/> attendees, background known or not.</summary>
    public static bool IsEligible(int attendees) => attendees >= MinAttendees;

    /// <summary>
    /// Newcomers and long-term residents each make up at least 25 % of the attendees whose background is known. An
    /// event where nobody's background is known is eligible but not mixed: nothing shows that it was.
    /// </summary>
    public static bool IsMixed(int attendees, int newcomers, int residents)
    {
        var known = newcomers + residents;
        return IsEligible(attendees) && known > 0 && newcomers * 100 >= known * MinSharePercent && residents * 100 >= known * MinSharePercent;
    }
}

/// <summary>The ratios of DESIGN §4 over raw counts; null where the denominator is zero (nothing to divide).</summary>
public static class Formulas
{
    public static double? Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : null;

    public static double? LaunchRate(InitiativeCounts i) => Ratio(i.LaunchedOfAccepted, i.Accepted);

    public static double? ShowUpRate(EventCounts e) => Ratio(e.ShowedUp, e.Rsvps);

    public static double? MixingIndex(EventCounts e) => Ratio(e.Mixed, e.MixingEligible);

    public static double? Utilisation(double bookedHours, double openHours) => Ratio(bookedHours, openHours);

    /// <summary>The median (mean of the two middle values for an even count), or null for none.</summary>
    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
