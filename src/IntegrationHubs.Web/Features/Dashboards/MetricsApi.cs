using System.Globalization;
using System.Text;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>
/// The cross-site dashboard's figures as JSON or CSV for the signed-in viewer or admin: the very
/// <see cref="DashboardView"/> the page shows, so the export is protected exactly as the screen (decision 0022).
/// </summary>
public static class MetricsApi
{
    public sealed record CellDto(string State, double? Value, string Display);

    public sealed record RowDto(string Key, string? Argument, string Kind, IReadOnlyList<CellDto> Cells);

    public sealed record TableDto(string Key, IReadOnlyList<string> Columns, IReadOnlyList<RowDto> Rows);

    public sealed record UnitDto(string Key, string Label);

    public sealed record HubStateDto(string Key, string Name, string Status, int SetupDone, int SetupTotal);

    public sealed record MetricsDto(
        Guid? Municipality, string? MunicipalityName, DateOnly From, DateOnly To, IReadOnlyList<UnitDto> Units, IReadOnlyList<HubStateDto> Hubs,
        IReadOnlyList<TableDto> Tables);

    public static void MapMetricsApi(this WebApplication app) =>
        app.MapGet("/api/v1/metrics", GetAsync)
            .RequireAuthorization()
            .WithTags("Metrics")
            .WithName("GetMetrics")
            .WithSummary("Dashboard figures of a municipality's hubs (or, for a network admin without a municipality, of every municipality) "
                + "for whole, completed calendar months: from the first day of a month to the last day of a month (yyyy-MM-dd, both inclusive; "
                + "default the last 3 completed months), as JSON or CSV.")
            .WithDescription("Signed in as a municipality viewer or network admin. Every count of people is made of atoms — one hub, one month "
                + "(or its end), one group — each rounded down to a multiple of 5, 1 to 4 reading \"< 5\"; a larger count is the sum of its "
                + "rounded atoms (\"n+\" when atoms of 1 to 4 are in it); ratios of people are \"—\" when built on such atoms only — exactly "
                + "as on the dashboard (decision 0022). 400 for a malformed or reversed period, one that is not whole months or reaches into a "
                + "month not yet over, one longer than 5 years, or a format other than json/csv; 403 for a municipality the person may not "
                + "see; 404 for an unknown municipality.")
            .Produces<MetricsDto>(StatusCodes.Status200OK)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    private static async Task<IResult> GetAsync(
        [FromQuery] string? municipality, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? format,
        GetNetworkDashboard handler, IStringLocalizer<Strings> l, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var kind = (format ?? "json").ToLowerInvariant();
        if (kind is not ("json" or "csv"))
        {
            return BadRequest("Unsupported format", l["Metrics.Api.Format"]);
        }

        Guid? municipalityId = null;
        if (!string.IsNullOrEmpty(municipality))
        {
            if (Operations.RequestValues.Id(municipality) is not { } parsed)
            {
                return BadRequest("Malformed municipality", l["Metrics.Api.Municipality"]);
            }

            municipalityId = parsed;
        }

        // Whole months, each over in every time zone (decision 0022): stepping a period's end by a day, or reading a month in
        // progress, would let the difference of two answers single out a person.
        var today = Period.EarliestToday(time.GetUtcNow());
        var preset = Period.Preset(PeriodPreset.Last3Months, today);
        if (!TryDate(from, preset.From, out var fromDate) || !TryDate(to, preset.To, out var toDate))
        {
            return BadRequest("Malformed date", l["Metrics.Api.Date"]);
        }

        if (Period.WholeMonthsRefusal(fromDate, toDate, today) is { } refusal)
        {
            return BadRequest("Invalid period", l[refusal]);
        }

        var result = await handler.HandleAsync(context.User, municipalityId, Period.Of(fromDate, toDate), ct);
        switch (result.Outcome)
        {
            case GetNetworkDashboard.Outcome.NotFound:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Municipality not found", detail: l["Metrics.Api.NotFound"]);
            case GetNetworkDashboard.Outcome.Forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: l["Metrics.Api.Forbidden"]);
        }

        var dto = ToDto(result, fromDate, toDate);
        var name = string.Create(CultureInfo.InvariantCulture, $"integrationhubs-metrics-{fromDate:yyyy-MM-dd}-{toDate:yyyy-MM-dd}");
        return kind == "csv"
            ? TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ToCsv(dto))).ToArray(), "text/csv; charset=utf-8", name + ".csv")
            : TypedResults.Json(dto);
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = fallback;
            return true;
        }

        return Operations.RequestValues.TryDate(text, out date);
    }

    public static MetricsDto ToDto(GetNetworkDashboard.Result result, DateOnly from, DateOnly to) => new(
        result.Municipality?.Id, result.Municipality?.Name, from, to,
        [.. (result.View?.Units ?? []).Select(u => new UnitDto(u.Key, u.Label))],
        [.. result.Hubs.Select(h => new HubStateDto(h.Key, h.Name, h.Status.ToString(), h.SetupDone, h.SetupTotal))],
        [.. (result.View?.Tables ?? []).Select(t => new TableDto(t.Key, t.Columns,
            [.. t.Rows.Select(r => new RowDto(r.Key, r.Argument, r.Kind.ToString(),
                [.. r.Cells.Select((c, i) => new CellDto(c.State.ToString(), c.Shown, CellText.Invariant(c, CellText.KindOf(t, r, i))))]))]))]);

    /// <summary>One line per cell: table, row, argument, column, value — the value as the screen shows it, numbers invariant.</summary>
    public static string ToCsv(MetricsDto dto)
    {
        var csv = new StringBuilder("table,row,argument,column,value\r\n");
        foreach (var table in dto.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    csv.Append(Field(table.Key)).Append(',').Append(Field(row.Key)).Append(',').Append(Field(row.Argument ?? ""))
                        .Append(',').Append(Field(table.Columns[i])).Append(',').Append(Field(row.Cells[i].Display)).Append("\r\n");
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>Quotes a field that holds a separator or quote, and defuses a leading formula character for spreadsheets.</summary>
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}

/// <summary>How a cell is written: markers for counts of 1–4 people and missing ratios, "n+" for a sum with such counts in it, numbers by kind.</summary>
public static class CellText
{
    public const string SuppressedMarker = "< 5";
    public const string NotApplicableMarker = "—";

    /// <summary>The kind of a cell: the per-space table mixes hours and a percentage in one row.</summary>
    public static MetricKind KindOf(MetricTable table, MetricRow row, int column) =>
        table.Key == Dashboard.SpaceUtilisation ? (column < 2 ? MetricKind.Hours : MetricKind.Percent) : row.Kind;

    public static string Invariant(Cell cell, MetricKind kind) => Display(cell, kind, CultureInfo.InvariantCulture, "0");

    /// <summary>For the screen: numbers in the reader's culture.</summary>
    public static string Display(Cell cell, MetricKind kind, CultureInfo culture) => Display(cell, kind, culture, "N0");

    private static string Display(Cell cell, MetricKind kind, CultureInfo culture, string countFormat) => cell.State switch
    {
        // "< 5" for one atom of 1–4 people; "< 9" for two of them (decision 0022).
        CellState.Suppressed => "< " + cell.Value.ToString("0", CultureInfo.InvariantCulture),
        CellState.NotApplicable => NotApplicableMarker,
        CellState.AtLeast => cell.Value.ToString(countFormat, culture) + "+",
        _ => kind switch
        {
            MetricKind.Percent => culture == CultureInfo.InvariantCulture ? cell.Value.ToString("0.####", culture) : cell.Value.ToString("P0", culture),
            MetricKind.Hours or MetricKind.Days => cell.Value.ToString(culture == CultureInfo.InvariantCulture ? "0.#" : "N1", culture),
            _ => cell.Value.ToString(countFormat, culture),
        },
    };
}
