using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Features.Hubs;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>What a dashboard row is called: the funnel reuses the initiative statuses, languages their own names, spaces theirs.</summary>
public static class MetricLabels
{
    public static string Row(IStringLocalizer<Strings> l, MetricRow row) =>
        row.Key.StartsWith("Initiatives.Status.", StringComparison.Ordinal) ? l[row.Key]
        : row.Key.StartsWith(Dashboard.MemberLanguages + ".", StringComparison.Ordinal) || row.Key.StartsWith(Dashboard.EventLanguages + ".", StringComparison.Ordinal)
            ? HubCard.LanguageName(row.Argument ?? "")
        : row.Key == "Spaces.Space" ? row.Argument ?? ""
        : l[$"Metrics.{row.Key}"];
}
