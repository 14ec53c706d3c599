using System.Globalization;
using IntegrationHubs.Domain.Metrics;

namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>
/// The period as the URL carries it — <c>?period=quarter</c> or <c>?period=custom&amp;from=2026-01-01&amp;to=2026-03-31</c> — so
/// a dashboard can be shared and survives a reload. Unknown or missing presets mean the last 30 days.
/// </summary>
public sealed record DashboardQuery(PeriodPreset Preset, string? From, string? To)
{
    public static DashboardQuery Parse(string? period, string? from, string? to) =>
        new(period?.ToLowerInvariant() switch
        {
            "quarter" => PeriodPreset.Quarter,
            "year" => PeriodPreset.Year,
            "custom" => PeriodPreset.Custom,
            _ => PeriodPreset.Last30Days,
        }, from, to);

    public static string Name(PeriodPreset preset) => preset switch
    {
        PeriodPreset.Quarter => "quarter",
        PeriodPreset.Year => "year",
        PeriodPreset.Custom => "custom",
        _ => "30d",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The period, or the resource key of what is wrong with the custom dates and which field it belongs to.</summary>
    public (Period? Period, string? Error, string? Field) Resolve(DateOnly today)
    {
        if (Preset != PeriodPreset.Custom)
        {
            return (Period.Preset(Preset, today), null, null);
        }

        if (!TryParse(From, out var from))
        {
            return (null, "Metrics.Api.Date", "from");
        }

        if (!TryParse(To, out var to))
        {
            return (null, "Metrics.Api.Date", "to");
        }

        return Period.Refusal(from, to) is { } refusal ? (null, refusal, "to") : (Period.Of(from, to), null, null);
    }

    /// <summary>The query string for <paramref name="period"/> under this preset (dates only for a custom period).</summary>
    public static string ToQuery(PeriodPreset preset, Period? period) =>
        preset == PeriodPreset.Custom && period is not null
            ? $"period=custom&from={Date(period.From)}&to={Date(period.To)}"
            : $"period={Name(preset)}";

    private static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
