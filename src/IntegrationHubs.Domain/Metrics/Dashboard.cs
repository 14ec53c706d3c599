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

/// <summary>
/// One column of a dashboard: a hub, or a municipality when comparing municipalities. <paramref name="Figures"/> are the
/// column's figures summed; <paramref name="Parts"/> the hubs they are made of (default: the column is one hub). Counts of
/// people are built from the parts' atoms, never from the sum (decision 0022).
/// </summary>
public sealed record DashboardUnit(string Key, string Label, HubFigures Figures, IReadOnlyList<HubFigures>? Parts = null)
{
    public IReadOnlyList<HubFigures> Hubs => Parts ?? [Figures];
}

/// <summary>
/// Everything one dashboard shows, already protected: screen and exports render this and nothing else, so they
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

    /// <summary>
    /// Builds the view of <paramref name="units"/> (at least one) for <paramref name="period"/>. Every count of people is a
    /// <see cref="PeopleCount"/>: a sum of atoms — (hub, month or month's end, category) — each rounded on its own by
    /// <see cref="Disclosure.Round"/>; ratios of people come from those sums (decision 0022).
    /// </summary>
    public static DashboardView Build(Period period, IReadOnlyList<DashboardUnit> units)
    {
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        var columns = units.Count == 1
            ? [new Column(units[0].Figures, units[0].Hubs)]
            : units.Select(u => new Column(u.Figures, u.Hubs)).Append(new Column(HubFigures.Sum(units.Select(u => u.Figures)), [.. units.SelectMany(u => u.Hubs)])).ToList();
        var keys = units.Count == 1 ? [units[0].Key] : units.Select(u => u.Key).Append(DashboardView.TotalColumn).ToList();
        var tables = new List<MetricTable>
        {
            MembersTable(keys, columns),
            InitiativesTable(keys, columns),
            EventsTable(keys, columns),
            SpacesTable(keys, columns),
            LanguagesTable(MemberLanguages, keys, columns, f => f.MemberLanguages, MetricKind.People),
            LanguagesTable(EventLanguages, keys, columns, f => f.EventLanguages, MetricKind.Count),
            TrendTable(period, columns[^1].Hubs),
        };
        if (units.Count == 1)
        {
            tables.Add(SpaceUtilisationTable(columns[0].Figures));
        }

        return new DashboardView(period, units, tables);
    }

    /// <summary>One column: its figures summed (for counts of things and hours) and the hubs whose atoms make its counts of people.</summary>
    private sealed record Column(HubFigures Figures, IReadOnlyList<HubFigures> Hubs)
    {
        public PeopleCount People(Func<HubFigures, PeopleCount> perHub) => PeopleCount.Sum(Hubs.Select(perHub));
    }

    private static MetricRow People(string key, IReadOnlyList<Column> columns, Func<HubFigures, PeopleCount> perHub, string? argument = null) =>
        new(key, MetricKind.People, [.. columns.Select(c => c.People(perHub).ToCell())], argument);

    private static MetricRow Ratio(string key, IReadOnlyList<Column> columns, Func<HubFigures, PeopleCount> numerator, Func<HubFigures, PeopleCount> denominator) =>
        new(key, MetricKind.Percent, [.. columns.Select(c => Disclosure.Ratio(c.People(numerator), c.People(denominator)))]);

    private static MetricRow Plain(string key, MetricKind kind, IReadOnlyList<Column> columns, Func<HubFigures, double?> value, string? argument = null) =>
        new(key, kind, [.. columns.Select(c => Cell.Of(value(c.Figures)))], argument);

    // The atoms of one hub. Members are a stock: active members who had joined by the end of a month, by background.
    private static PeopleCount Newcomers(HubFigures h) => Disclosure.Round(h.Members.Newcomers);

    private static PeopleCount Residents(HubFigures h) => Disclosure.Round(h.Members.Residents);

    private static PeopleCount NotSaid(HubFigures h) => Disclosure.Round(h.Members.NotSaid);

    private static PeopleCount AllMembers(HubFigures h) => Newcomers(h) + Residents(h) + NotSaid(h);

    /// <summary>
    /// New members: how the rounded stock of each background changed from the end of <paramref name="before"/> (the
    /// month before the first one counted) to the end of <paramref name="last"/> — a function of stock atoms, not a
    /// second, independently rounded count of the same people (which together with the stock would pin them down).
    /// </summary>
    private static PeopleCount Joined(HubFigures h, DateOnly before, DateOnly last)
    {
        var end = Stock(h, last);
        var start = Stock(h, before);
        return Disclosure.Change(start.Newcomers, end.Newcomers) + Disclosure.Change(start.Residents, end.Residents)
            + Disclosure.Change(start.NotSaid, end.NotSaid);
    }

    /// <summary>Active members by background at the end of <paramref name="month"/>: the period's end minus those who joined later.</summary>
    private static (int Newcomers, int Residents, int NotSaid) Stock(HubFigures h, DateOnly month)
    {
        var later = h.Months.Where(m => m.Month > month).ToList();
        return (h.Members.Newcomers - later.Sum(m => m.NewNewcomers), h.Members.Residents - later.Sum(m => m.NewResidents),
            h.Members.NotSaid - later.Sum(m => m.NewNotSaid));
    }

    private static PeopleCount NewInPeriod(HubFigures h) =>
        h.Months.Count == 0 ? PeopleCount.Zero : Joined(h, h.Months.Min(m => m.Month).AddMonths(-1), h.Months.Max(m => m.Month));

    /// <summary>Events: one atom per hub, month and figure.</summary>
    private static PeopleCount EventAtoms(HubFigures h, Func<EventCounts, int> figure) =>
        PeopleCount.Sum(h.Months.Select(m => Disclosure.Round(figure(m.Events))));

    private static PeopleCount Attendance(HubFigures h) => EventAtoms(h, e => e.NamedCheckIns) + EventAtoms(h, e => e.WalkIns);

    private static MetricTable MembersTable(IReadOnlyList<string> keys, IReadOnlyList<Column> columns) => new(Members, keys,
    [
        People("Members.Total", columns, AllMembers),
        People("Members.New", columns, NewInPeriod),
        People("Members.Newcomers", columns, Newcomers),
        People("Members.Residents", columns, Residents),
        People("Members.NotSaid", columns, NotSaid),
        Ratio("Members.ShareNewcomers", columns, Newcomers, AllMembers),
        Ratio("Members.ShareResidents", columns, Residents, AllMembers),
        Ratio("Members.ShareNotSaid", columns, NotSaid, AllMembers),
    ]);

    private static MetricTable InitiativesTable(IReadOnlyList<string> keys, IReadOnlyList<Column> columns) => new(Initiatives, keys,
    [
        .. FunnelStatuses.Select(s => Plain($"Initiatives.Status.{s}", MetricKind.Count, columns, f => f.Initiatives.ByStatus.GetValueOrDefault(s), s.ToString())),
        Plain("Initiatives.Accepted", MetricKind.Count, columns, f => f.Initiatives.Accepted),
        Plain("Initiatives.LaunchedOfAccepted", MetricKind.Count, columns, f => f.Initiatives.LaunchedOfAccepted),
        Plain("Initiatives.LaunchRate", MetricKind.Percent, columns, f => Formulas.LaunchRate(f.Initiatives)),
        Plain("Initiatives.MedianDaysToLaunch", MetricKind.Days, columns, f => Formulas.Median([.. f.Initiatives.DaysToLaunch])),
    ]);

    /// <summary>
    /// Events held are counts of events, shown as they are. The mixing index is a share of events, but "events with ≥ 5
    /// attendees" bounds the attendance: "none" would cap it at 4 per event held. So the index is shown only over at
    /// least <see cref="Disclosure.MinMixingEvents"/> such events and their number is not published (decision 0022).
    /// </summary>
    private static MetricTable EventsTable(IReadOnlyList<string> keys, IReadOnlyList<Column> columns) => new(Events, keys,
    [
        Plain("Events.Held", MetricKind.Count, columns, f => f.Events.Held),
        People("Events.Rsvps", columns, h => EventAtoms(h, e => e.Rsvps)),
        People("Events.Attendance", columns, Attendance),
        People("Events.NamedCheckIns", columns, h => EventAtoms(h, e => e.NamedCheckIns)),
        People("Events.WalkIns", columns, h => EventAtoms(h, e => e.WalkIns)),
        People("Events.ShowedUp", columns, h => EventAtoms(h, e => e.ShowedUp)),
        Ratio("Events.ShowUpRate", columns, h => EventAtoms(h, e => e.ShowedUp), h => EventAtoms(h, e => e.Rsvps)),
        Plain("Events.MixingIndex", MetricKind.Percent, columns,
            f => f.Events.MixingEligible >= Disclosure.MinMixingEvents ? Formulas.MixingIndex(f.Events) : null),
    ]);

    private static MetricTable SpacesTable(IReadOnlyList<string> keys, IReadOnlyList<Column> columns) => new(Spaces, keys,
    [
        Plain("Spaces.BookedHours", MetricKind.Hours, columns, f => f.BookedHours),
        Plain("Spaces.OpenHours", MetricKind.Hours, columns, f => f.OpenHours),
        Plain("Spaces.Utilisation", MetricKind.Percent, columns, f => Formulas.Utilisation(f.BookedHours, f.OpenHours)),
    ]);

    /// <summary>
    /// Languages of members are a stock per hub and language, rounded like any atom; the rows are ordered by the published
    /// total (an order by the true counts would tell two "&lt; 5" apart).
    /// </summary>
    private static MetricTable LanguagesTable(string key, IReadOnlyList<string> keys, IReadOnlyList<Column> columns,
        Func<HubFigures, IReadOnlyDictionary<string, int>> counts, MetricKind kind)
    {
        var total = columns[^1];
        var languages = total.Hubs.SelectMany(h => counts(h).Where(kv => kv.Value > 0).Select(kv => kv.Key)).Distinct(StringComparer.Ordinal).ToList();
        if (kind == MetricKind.People)
        {
            PeopleCount Of(HubFigures h, string language) => Disclosure.Round(counts(h).GetValueOrDefault(language));
            return new MetricTable(key, keys,
            [
                .. languages.Select(l => (Language: l, Total: total.People(h => Of(h, l))))
                    .OrderByDescending(x => x.Total.Value).ThenByDescending(x => x.Total.Small).ThenBy(x => x.Language, StringComparer.Ordinal)
                    .Select(x => People($"{key}.{x.Language}", columns, h => Of(h, x.Language), x.Language)),
            ]);
        }

        return new MetricTable(key, keys,
        [
            .. languages.OrderByDescending(l => counts(total.Figures).GetValueOrDefault(l)).ThenBy(l => l, StringComparer.Ordinal)
                .Select(l => Plain($"{key}.{l}", kind, columns, f => counts(f).GetValueOrDefault(l), l)),
        ]);
    }

    /// <summary>The months of the total column: new members (the change of the rounded stock), events held, attendance.</summary>
    private static MetricTable TrendTable(Period period, IReadOnlyList<HubFigures> hubs)
    {
        var months = period.Months();
        MonthCounts At(HubFigures h, DateOnly m) => h.Months.FirstOrDefault(x => x.Month == m) ?? new MonthCounts(m, 0, EventCounts.Zero);
        Cell PeopleAt(DateOnly m, Func<HubFigures, PeopleCount> perHub) => PeopleCount.Sum(hubs.Select(perHub)).ToCell();
        return new MetricTable(Trend, [.. months.Select(m => m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))],
        [
            new MetricRow("Trend.NewMembers", MetricKind.People, [.. months.Select(m => PeopleAt(m, h => Joined(h, m.AddMonths(-1), m)))]),
            new MetricRow("Trend.EventsHeld", MetricKind.Count, [.. months.Select(m => Cell.Of(hubs.Sum(h => At(h, m).Events.Held)))]),
            new MetricRow("Trend.Attendance", MetricKind.People, [.. months.Select(m => PeopleAt(m, h =>
                Disclosure.Round(At(h, m).Events.NamedCheckIns) + Disclosure.Round(At(h, m).Events.WalkIns)))]),
        ]);
    }

    private static MetricTable SpaceUtilisationTable(HubFigures figures) => new(SpaceUtilisation, ["Spaces.BookedHours", "Spaces.OpenHours", "Spaces.Utilisation"],
    [
        .. figures.Spaces.OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => new MetricRow("Spaces.Space", MetricKind.Percent,
            [Cell.Of(s.BookedHours), Cell.Of(s.OpenHours), Cell.Of(Formulas.Utilisation(s.BookedHours, s.OpenHours))], s.Name)),
    ]);
}
