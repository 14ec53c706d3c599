using System.Globalization;
using IntegrationHubs.Domain.Metrics;

namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>
/// The period as the URL carries it — <c>?period=quarter</c> or <c>?period=custom&amp;from=2026-01-01&amp;to=2026-03-31</c> — so
/// a dashboard can be shared and survives a reload. Unknown or missing presets mean the last 30 days.
/// <para>
/// <see cref="WholeMonths"/> (the cross-site dashboard, decision 0022): only whole, completed calendar months —
/// <c>?period=3m</c>, <c>?period=custom&amp;from=2026-01&amp;to=2026-03</c>; missing or unknown presets mean the last 3
/// completed months, and the day-based presets' names map to their month counterparts.
/// </para>
/// </summary>
public sealed record DashboardQuery(PeriodPreset Preset, string? From, string? To, bool WholeMonths = false)
{
    public static DashboardQuery Parse(string? period, string? from, string? to) =>
        new(period?.ToLowerInvariant() switch
        {
            "quarter" => PeriodPreset.Quarter,
            "year" => PeriodPreset.Year,
            "custom" => PeriodPreset.Custom,
            _ => PeriodPreset.Last30Days,
        }, from, to);

    public static DashboardQuery ParseMonths(string? period, string? from, string? to) =>
        new(period?.ToLowerInvariant() switch
        {
            "month" or "30d" => PeriodPreset.LastMonth,
            "12m" or "year" => PeriodPreset.Last12Months,
            "custom" => PeriodPreset.Custom,
            _ => PeriodPreset.Last3Months,
        }, from, to, WholeMonths: true);

    /// <summary>The presets offered: by day for a hub's coordinator, by completed month for the cross-site dashboard.</summary>
    public static IReadOnlyList<PeriodPreset> Presets(bool wholeMonths) => wholeMonths
        ? [PeriodPreset.LastMonth, PeriodPreset.Last3Months, PeriodPreset.Last12Months, PeriodPreset.Custom]
        : [PeriodPreset.Last30Days, PeriodPreset.Quarter, PeriodPreset.Year, PeriodPreset.Custom];

    public static string Name(PeriodPreset preset) => preset switch
    {
        PeriodPreset.Quarter => "quarter",
        PeriodPreset.Year => "year",
        PeriodPreset.Custom => "custom",
        PeriodPreset.LastMonth => "month",
        PeriodPreset.Last3Months => "3m",
        PeriodPreset.Last12Months => "12m",
        _ => "30d",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The period, or the resource key of what is wrong with the custom dates and which field it belongs to.</summary>
    public (Period? Period, string? Error, string? Field) Resolve(DateOnly today)
    {
        if (Preset != PeriodPreset.Custom)
        {
            return (Period.Preset(Preset, today), null, null);
        }

        if (!TryParse(From, first: true, out var from))
        {
            return (null, WholeMonths ? "Metrics.Api.Month" : "Metrics.Api.Date", "from");
        }

        if (!TryParse(To, first: false, out var to))
        {
            return (null, WholeMonths ? "Metrics.Api.Month" : "Metrics.Api.Date", "to");
        }

        var refusal = WholeMonths ? Period.WholeMonthsRefusal(from, to, today) : Period.Refusal(from, to);
        return refusal is not null ? (null, refusal, "to") : (Period.Of(from, to), null, null);
    }

    /// <summary>The query string for <paramref name="period"/> under this preset (months or dates only for a custom period).</summary>
    public static string ToQuery(PeriodPreset preset, Period? period, bool wholeMonths = false) =>
        preset == PeriodPreset.Custom && period is not null
            ? wholeMonths ? $"period=custom&from={Month(period.From)}&to={Month(period.To)}" : $"period=custom&from={Date(period.From)}&to={Date(period.To)}"
            : $"period={Name(preset)}";

    /// <summary>A date (yyyy-MM-dd); with <see cref="WholeMonths"/> also a month (yyyy-MM): its first or its last day.</summary>
    private bool TryParse(string? text, bool first, out DateOnly date)
    {
        if (WholeMonths && Operations.RequestValues.TryMonth(text, out var month))
        {
            date = first ? month : month.AddMonths(1).AddDays(-1);
            return true;
        }

        return Operations.RequestValues.TryDate(text, out date);
    }
}
