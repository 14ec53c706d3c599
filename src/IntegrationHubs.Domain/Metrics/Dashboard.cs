using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.Domain.Metrics;

/// <summary>What a row counts, which decides whether it can be suppressed and how it is written.</summary>
public enum MetricKind
{
    /// <summary>A count of people: suppressed from 1 to 4.</summary>
    People = 0,

    /// <summary>A count of things (events, initiatives): never suppressed.</summary>
    Count = 1,
    Percent = 2,
    Hours = 3,
    Days = 4,
}

/// <summary>One figure across the columns of a table. <see cref="Argument"/> is a language code, a month or a space's name.</summary>
public sealed record MetricRow(string Key, MetricKind Kind, IReadOnlyList<Cell> Cells, string? Argument = null);

public sealed record MetricTable(string Key, IReadOnlyList<string> Columns, IReadOnlyList<MetricRow> Rows);

/// <summary>One column of a dashboard: a hub, or a municipality when comparing municipalities.</summary>
public sealed record DashboardUnit(string Key, string Label, HubFigures Figures);

/// <summary>
/// Everything one dashboard shows, already suppressed: screen and exports render this and nothing else, so they
/// cannot disagree. Tables: members, initiatives, events, spaces, member languages, event languages (columns: the
/// units, then the total when there is more than one) and the monthly trend of the total (columns: months), plus the
/// per-space utilisation of a single hub.
/// </summary>
public sealed record DashboardView(Period Period, IReadOnlyList<DashboardUnit> Units, IReadOnlyList<MetricTable> Tables)
{
    public const string TotalColumn = "total";

    public MetricTable Table(string key) => Tables.Single(t => t.Key == key);
}

public static class Dashboard
{
    public const string Members = "Members";
    public const string Initiatives = "Initiatives";
    public const string Events = "Events";
    public const string Spaces = "Spaces";
    public const string MemberLanguages = "MemberLanguages";
    public const string EventLanguages = "EventLanguages";
    public const string Trend = "Trend";
    public const string SpaceUtilisation = "SpaceUtilisation";

    /// <summary>The funnel's statuses: drafts are nobody's business but their authors'.</summary>
    public static readonly IReadOnlyList<InitiativeStatus> FunnelStatuses =
    [
        InitiativeStatus.Submitted, InitiativeStatus.InReview, InitiativeStatus.NeedsChanges, InitiativeStatus.Accepted, InitiativeStatus.Incubating,
        InitiativeStatus.Launched, InitiativeStatus.Declined, InitiativeStatus.Paused, InitiativeStatus.Ended,
    ];

    /// <summary>Builds and suppresses the view of <paramref name="units"/> (at least one) for <paramref name="period"/>.</summary>
    public static DashboardView Build(Period period, IReadOnlyList<DashboardUnit> units)
    {
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        var builder = new Builder(units);
        var tables = new List<MetricTable>
        {
            builder.MembersTable(),
            builder.InitiativesTable(),
            builder.EventsTable(),
            builder.SpacesTable(),
            builder.LanguagesTable(MemberLanguages, u => u.MemberLanguages, MetricKind.People),
            builder.LanguagesTable(EventLanguages, u => u.EventLanguages, MetricKind.Count),
            builder.TrendTable(period),
        };
        if (units.Count == 1)
        {
            tables.Add(builder.SpaceUtilisationTable());
        }

        builder.Grid.Protect();
        return new DashboardView(period, units, [.. tables.Select(builder.Resolve)]);
    }

    private sealed class Builder(IReadOnlyList<DashboardUnit> units)
    {
        private readonly List<HubFigures> _columns = units.Count == 1 ? [units[0].Figures] : [.. units.Select(u => u.Figures), HubFigures.Sum(units.Select(u => u.Figures))];
        private readonly Dictionary<(string Row, int Column), int> _cells = [];
        private readonly List<(MetricTable Table, List<List<Func<Cell>>> Cells)> _pending = [];

        public SuppressionGrid Grid { get; } = new();

        private bool HasTotal => _columns.Count > 1;

        private int TotalIndex => _columns.Count - 1;

        private IReadOnlyList<string> ColumnKeys => HasTotal ? [.. units.Select(u => u.Key), DashboardView.TotalColumn] : [units[0].Key];

        /// <summary>A count row over the columns; a people row's hub cells add up to its total cell.</summary>
        private List<Func<Cell>> CountRow(string row, MetricKind kind, Func<HubFigures, double> value)
        {
            var indexes = _columns.Select((f, c) => _cells[(row, c)] = Grid.Add(value(f), kind == MetricKind.People)).ToList();
            if (HasTotal && kind == MetricKind.People)
            {
                Grid.AddGroup(indexes[TotalIndex], indexes.Take(TotalIndex));
            }

            return [.. indexes.Select(i => (Func<Cell>)(() => Grid[i]))];
        }

        /// <summary>A ratio row: "—" where the denominator is zero or any count it is built on is hidden.</summary>
        private List<Func<Cell>> RatioRow(Func<HubFigures, double?> ratio, params string[] builtOn) =>
        [
            .. _columns.Select((f, c) => (Func<Cell>)(() =>
                builtOn.Any(row => Grid.IsHidden(_cells[(row, c)])) ? Cell.NotApplicable : Cell.Of(ratio(f)))),
        ];

        private List<Func<Cell>> PlainRow(Func<HubFigures, double?> value) => [.. _columns.Select(f => (Func<Cell>)(() => Cell.Of(value(f))))];

        private void Group(string total, params string[] parts)
        {
            for (var c = 0; c < _columns.Count; c++)
            {
                Grid.AddGroup(_cells[(total, c)], parts.Select(p => _cells[(p, c)]));
            }
        }

        private MetricTable Pending(string key, IReadOnlyList<string> columns, List<(string Key, MetricKind Kind, string? Argument, List<Func<Cell>> Cells)> rows)
        {
            var table = new MetricTable(key, columns, [.. rows.Select(r => new MetricRow(r.Key, r.Kind, [], r.Argument))]);
            _pending.Add((table, [.. rows.Select(r => r.Cells)]));
            return table;
        }

        public MetricTable Resolve(MetricTable table)
        {
            var cells = _pending.Single(p => ReferenceEquals(p.Table, table)).Cells;
            return table with { Rows = [.. table.Rows.Select((r, i) => r with { Cells = [.. cells[i].Select(cell => cell())] })] };
        }

        public MetricTable MembersTable()
        {
            var rows = new List<(string, MetricKind, string?, List<Func<Cell>>)>
            {
                ("Members.Total", MetricKind.People, null, CountRow("Members.Total", MetricKind.People, f => f.Members.Total)),
                ("Members.New", MetricKind.People, null, CountRow("Members.New", MetricKind.People, f => f.Members.New)),
                ("Members.Newcomers", MetricKind.People, null, CountRow("Members.Newcomers", MetricKind.People, f => f.Members.Newcomers)),
                ("Members.Residents", MetricKind.People, null, CountRow("Members.Residents", MetricKind.People, f => f.Members.Residents)),
                ("Members.NotSaid", MetricKind.People, null, CountRow("Members.NotSaid", MetricKind.People, f => f.Members.NotSaid)),
            };
            Group("Members.Total", "Members.Newcomers", "Members.Residents", "Members.NotSaid");
            rows.Add(("Members.ShareNewcomers", MetricKind.Percent, null,
                RatioRow(f => Formulas.Ratio(f.Members.Newcomers, f.Members.Total), "Members.Newcomers", "Members.Total")));
            rows.Add(("Members.ShareResidents", MetricKind.Percent, null,
                RatioRow(f => Formulas.Ratio(f.Members.Residents, f.Members.Total), "Members.Residents", "Members.Total")));
            rows.Add(("Members.ShareNotSaid", MetricKind.Percent, null,
                RatioRow(f => Formulas.Ratio(f.Members.NotSaid, f.Members.Total), "Members.NotSaid", "Members.Total")));
            return Pending(Members, ColumnKeys, rows);
        }

        public MetricTable InitiativesTable()
        {
            var rows = FunnelStatuses
                .Select(s => ($"Initiatives.Status.{s}", MetricKind.Count, (string?)s.ToString(), CountRow($"Initiatives.Status.{s}", MetricKind.Count, f => f.Initiatives.ByStatus.GetValueOrDefault(s))))
                .ToList();
            rows.Add(("Initiatives.Accepted", MetricKind.Count, null, CountRow("Initiatives.Accepted", MetricKind.Count, f => f.Initiatives.Accepted)));
            rows.Add(("Initiatives.LaunchedOfAccepted", MetricKind.Count, null, CountRow("Initiatives.LaunchedOfAccepted", MetricKind.Count, f => f.Initiatives.LaunchedOfAccepted)));
            rows.Add(("Initiatives.LaunchRate", MetricKind.Percent, null, RatioRow(f => Formulas.LaunchRate(f.Initiatives))));
            rows.Add(("Initiatives.MedianDaysToLaunch", MetricKind.Days, null, PlainRow(f => Formulas.Median([.. f.Initiatives.DaysToLaunch]))));
            return Pending(Initiatives, ColumnKeys, rows);
        }

        public MetricTable EventsTable()
        {
            var rows = new List<(string, MetricKind, string?, List<Func<Cell>>)>
            {
                ("Events.Held", MetricKind.Count, null, CountRow("Events.Held", MetricKind.Count, f => f.Events.Held)),
                ("Events.Rsvps", MetricKind.People, null, CountRow("Events.Rsvps", MetricKind.People, f => f.Events.Rsvps)),
                ("Events.Attendance", MetricKind.People, null, CountRow("Events.Attendance", MetricKind.People, f => f.Events.Attendance)),
                ("Events.NamedCheckIns", MetricKind.People, null, CountRow("Events.NamedCheckIns", MetricKind.People, f => f.Events.NamedCheckIns)),
                ("Events.WalkIns", MetricKind.People, null, CountRow("Events.WalkIns", MetricKind.People, f => f.Events.WalkIns)),
                ("Events.ShowedUp", MetricKind.People, null, CountRow("Events.ShowedUp", MetricKind.People, f => f.Events.ShowedUp)),
            };
            Group("Events.Attendance", "Events.NamedCheckIns", "Events.WalkIns");
            rows.Add(("Events.ShowUpRate", MetricKind.Percent, null, RatioRow(f => Formulas.ShowUpRate(f.Events), "Events.ShowedUp", "Events.Rsvps")));
            rows.Add(("Events.MixingEligible", MetricKind.Count, null, CountRow("Events.MixingEligible", MetricKind.Count, f => f.Events.MixingEligible)));
            rows.Add(("Events.MixingIndex", MetricKind.Percent, null, RatioRow(f => Formulas.MixingIndex(f.Events))));
            return Pending(Events, ColumnKeys, rows);
        }

        public MetricTable SpacesTable() => Pending(Spaces, ColumnKeys,
        [
            ("Spaces.BookedHours", MetricKind.Hours, null, PlainRow(f => f.BookedHours)),
            ("Spaces.OpenHours", MetricKind.Hours, null, PlainRow(f => f.OpenHours)),
            ("Spaces.Utilisation", MetricKind.Percent, null, PlainRow(f => Formulas.Utilisation(f.BookedHours, f.OpenHours))),
        ]);

        public MetricTable LanguagesTable(string key, Func<HubFigures, IReadOnlyDictionary<string, int>> counts, MetricKind kind)
        {
            var languages = _columns[^1..].Concat(_columns).SelectMany(f => counts(f).Keys).Distinct(StringComparer.Ordinal)
                .OrderByDescending(l => counts(_columns[^1]).GetValueOrDefault(l)).ThenBy(l => l, StringComparer.Ordinal).ToList();
            return Pending(key, ColumnKeys,
                [.. languages.Select(l => ($"{key}.{l}", kind, (string?)l, CountRow($"{key}.{l}", kind, f => counts(f).GetValueOrDefault(l))))]);
        }

        /// <summary>The total's months; the months add up to the period's total cells of the members and events tables.</summary>
        public MetricTable TrendTable(Period period)
        {
            var total = _columns[^1];
            var months = period.Months();
            var byMonth = total.Months.ToDictionary(m => m.Month);
            MonthCounts At(DateOnly m) => byMonth.GetValueOrDefault(m) ?? new MonthCounts(m, 0, EventCounts.Zero);

            List<Func<Cell>> Row(string totalRow, Func<MonthCounts, double> value, bool people)
            {
                var indexes = months.Select(m => Grid.Add(value(At(m)), people)).ToList();
                if (people)
                {
                    Grid.AddGroup(_cells[(totalRow, TotalIndex)], indexes);
                }

                return [.. indexes.Select(i => (Func<Cell>)(() => Grid[i]))];
            }

            return Pending(Trend, [.. months.Select(m => m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))],
            [
                ("Trend.NewMembers", MetricKind.People, null, Row("Members.New", m => m.NewMembers, true)),
                ("Trend.EventsHeld", MetricKind.Count, null, Row("Events.Held", m => m.Events.Held, false)),
                ("Trend.Attendance", MetricKind.People, null, Row("Events.Attendance", m => m.Events.Attendance, true)),
            ]);
        }

        public MetricTable SpaceUtilisationTable() => Pending(SpaceUtilisation, ["Spaces.BookedHours", "Spaces.OpenHours", "Spaces.Utilisation"],
        [
            .. _columns[0].Spaces.OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => ("Spaces.Space", MetricKind.Percent, (string?)s.Name, new List<Func<Cell>>
            {
                () => Cell.Of(s.BookedHours), () => Cell.Of(s.OpenHours), () => Cell.Of(Formulas.Utilisation(s.BookedHours, s.OpenHours)),
            })),
        ]);
    }
}
