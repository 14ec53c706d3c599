using System.Globalization;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Features.Dashboards;

namespace IntegrationHubs.UnitTests.Metrics;

/// <summary>
/// Decision 0022 played by an attacker: random small networks; every period a viewer may ask for (any range of whole,
/// completed months), every scope (each hub, each municipality with its hubs and their total, the network's
/// municipalities and their total) — the very view the screen, CSV and JSON render. The attacker reads every published
/// count of people, every difference of two of them (periods sharing a start or an end, a column and its total), the
/// rounded atoms themselves, and the truths every world obeys (a stock is the sum of what joined; members who speak a
/// language are no more than those who joined; show-ups are no more than RSVPs or check-ins; no events, no attendance;
/// a mixing index shown means ≥ 25 attendees). It fails if any count of people comes out as exactly 1, 2, 3 or 4.
/// </summary>
public sealed class DisclosureAttackTests
{
    private const int Months = 6;
    private static readonly string[] Languages = ["de", "ar"];
    private static readonly DateOnly First = new(2026, 1, 1);

    [Fact]
    public void RandomNetworks_EveryPeriodAndScope_NoCountOfPeopleFrom1To4CanBeWorkedOut()
    {
        foreach (var (seed, world) in Worlds(120))
        {
            var adversary = new IntervalAdversary();
            var unknowns = world.Unknowns(adversary);
            unknowns.Truths(world);
            unknowns.AtomBands(Disclosure.Round);
            foreach (var (scope, period, view) in world.EveryView())
            {
                unknowns.Read(scope, period, view);
            }

            unknowns.Differences();
            adversary.Propagate();

            adversary.Pinned().ShouldBeEmpty($"seed {seed}");
        }
    }

    [Fact]
    public void TheAttacker_PinsSmallCounts_WhenTotalsArePublishedExactlyAboveFour()
    {
        // The rule before decision 0022: exact counts from 5, "< 5" below — the day-by-day (here month-by-month)
        // difference of two member totals gives the joiners away. The attacker must find that, or it proves nothing.
        var found = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var world = World.Random(new Random(seed));
            var adversary = new IntervalAdversary();
            var unknowns = world.Unknowns(adversary);
            unknowns.Truths(world);
            unknowns.ExactAboveFourTotals();
            unknowns.Differences();
            adversary.Propagate();
            found += adversary.Pinned().Count > 0 ? 1 : 0;
        }

        found.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void TheAttacker_PinsSmallCounts_WhenAtomsAreRoundedToTheNearestFive()
    {
        // Why the atoms are rounded down (ADR 0022): with 5–7 → 5 and 8–12 → 10, "4 newcomers, 4 residents, German 10"
        // says German ≥ 8 ≥ newcomers + residents, so both are exactly 4.
        var adversary = new IntervalAdversary();
        var world = World.EveryoneSpeaksGerman();
        var unknowns = world.Unknowns(adversary);
        unknowns.Truths(world);
        unknowns.AtomBands(Nearest);
        adversary.Propagate();

        adversary.Pinned().ShouldContain("joined h0 m0 background 0 = 4");
    }

    /// <summary>Hand-made worlds where a weaker rule leaks, then random ones.</summary>
    private static IEnumerable<(int Seed, World World)> Worlds(int random)
    {
        yield return (-1, World.EveryoneSpeaksGerman());
        for (var seed = 0; seed < random; seed++)
        {
            yield return (seed, World.Random(new Random(seed)));
        }
    }

    private static PeopleCount Nearest(int n) =>
        n <= 0 ? PeopleCount.Zero : n < 5 ? new PeopleCount(0, 1, 0) : new PeopleCount(n < 8 ? 5 : (n + 2) / 5 * 5, 0, 1);

    private static (long Lo, long Hi) Band(PeopleCount rounded, Func<int, PeopleCount> round)
    {
        if (rounded.Small > 0)
        {
            return (1, 4);
        }

        if (rounded.Value == 0)
        {
            return (0, 0);
        }

        // The values a rounding maps to this one: the attacker knows the rule.
        var values = Enumerable.Range(1, rounded.Value + 10).Where(n => round(n) == rounded).ToList();
        return (values.Min(), values.Max());
    }

    /// <summary>One person: the hub, the month joined (0–5, still active), background (0 newcomer, 1 resident, 2 not said), languages.</summary>
    private sealed record Person(int Hub, int Month, int Background, bool[] Speaks);

    /// <summary>One held event: hub, month, confirmed RSVPs, named check-ins, walk-ins, show-ups (confirmed and checked in), mixed.</summary>
    private sealed record Event(int Hub, int Month, int Rsvps, int Named, int WalkIns, int ShowedUp, bool Mixed)
    {
        public int Attendees => Named + WalkIns;
    }

    private sealed record World(int[] MunicipalityOf, IReadOnlyList<Person> People, IReadOnlyList<Event> Events)
    {
        public int Hubs => MunicipalityOf.Length;

        /// <summary>A hub of 4 newcomers and 4 long-term residents, all speaking German.</summary>
        public static World EveryoneSpeaksGerman() => new([0, 1],
            [.. Enumerable.Range(0, 8).Select(i => new Person(0, 0, i / 4, [true, false])), new Person(1, 2, 0, [true, true])], []);

        public static World Random(Random random)
        {
            var municipalityOf = Enumerable.Range(0, 2).SelectMany(m => Enumerable.Repeat(m, random.Next(1, 4))).ToArray();
            var people = new List<Person>();
            var events = new List<Event>();
            for (var h = 0; h < municipalityOf.Length; h++)
            {
                // Mostly small hubs — where small counts are — and now and then a larger one.
                var size = random.Next(4) == 0 ? random.Next(10, 40) : random.Next(0, 12);
                for (var p = 0; p < size; p++)
                {
                    people.Add(new Person(h, random.Next(Months), random.Next(3) == 0 ? random.Next(3) : random.Next(2),
                        [random.Next(4) > 0, random.Next(3) == 0]));
                }

                for (var m = 0; m < Months; m++)
                {
                    for (var e = random.Next(3); e > 0; e--)
                    {
                        var attendees = random.Next(3) == 0 ? random.Next(5, 12) : random.Next(0, 6);
                        var named = random.Next(attendees + 1);
                        var rsvps = named + random.Next(0, 4) - random.Next(0, 2);
                        var showed = random.Next(Math.Min(Math.Max(rsvps, 0), named) + 1);
                        events.Add(new Event(h, m, Math.Max(rsvps, 0), named, attendees - named, showed, attendees >= 5 && random.Next(2) == 0));
                    }
                }
            }

            return new World(municipalityOf, people, events);
        }

        /// <summary>What the reader would return for hub <paramref name="h"/> and months <paramref name="from"/>..<paramref name="to"/>.</summary>
        public HubFigures Figures(int h, int from, int to)
        {
            var members = People.Where(p => p.Hub == h && p.Month <= to).ToList();
            int Of(int background) => members.Count(p => p.Background == background);
            EventCounts Counts(IEnumerable<Event> es) => es.Select(e => new EventCounts(1, e.Rsvps, e.Named, e.ShowedUp, e.WalkIns,
                e.Attendees >= 5 ? 1 : 0, e.Mixed ? 1 : 0)).Aggregate(EventCounts.Zero, EventCounts.Add);
            var months = Enumerable.Range(from, to - from + 1).Select(m =>
            {
                var joined = members.Where(p => p.Month == m).ToList();
                return new MonthCounts(First.AddMonths(m), joined.Count, Counts(Events.Where(e => e.Hub == h && e.Month == m)),
                    joined.Count(p => p.Background == 0), joined.Count(p => p.Background == 1));
            }).ToList();
            return new HubFigures(
                new Guid(h + 1, 0, 0, new byte[8]),
                new MemberCounts(members.Count, members.Count(p => p.Month >= from), Of(0), Of(1), Of(2)),
                InitiativeCounts.Zero,
                months.Select(m => m.Events).Aggregate(EventCounts.Zero, EventCounts.Add),
                [],
                Enumerable.Range(0, Languages.Length).Select(l => (Languages[l], members.Count(p => p.Speaks[l])))
                    .Where(x => x.Item2 > 0).ToDictionary(x => x.Item1, x => x.Item2),
                new Dictionary<string, int>(),
                months);
        }

        /// <summary>Every view a viewer, an admin or a hub's coordinator can ask for, over every range of whole months.</summary>
        public IEnumerable<(Scope Scope, (int From, int To) Period, DashboardView View)> EveryView()
        {
            var scopes = new List<Scope>();
            scopes.AddRange(Enumerable.Range(0, Hubs).Select(h => new Scope($"hub {h}", [[h]])));
            scopes.AddRange(MunicipalityOf.Distinct().Select(m =>
                new Scope($"municipality {m}", [.. Enumerable.Range(0, Hubs).Where(h => MunicipalityOf[h] == m).Select(h => new[] { h })])));
            scopes.Add(new Scope("network", [.. MunicipalityOf.Distinct().Select(m => Enumerable.Range(0, Hubs).Where(h => MunicipalityOf[h] == m).ToArray())]));
            for (var from = 0; from < Months; from++)
            {
                for (var to = from; to < Months; to++)
                {
                    var period = Period.Of(First.AddMonths(from), First.AddMonths(to + 1).AddDays(-1));
                    foreach (var scope in scopes)
                    {
                        var units = scope.Units.Select((hubs, i) =>
                        {
                            var parts = hubs.Select(h => Figures(h, from, to)).ToList();
                            return new DashboardUnit($"u{i}", $"U{i}", HubFigures.Sum(parts), parts);
                        }).ToList();
                        yield return (scope, (from, to), Dashboard.Build(period, units));
                    }
                }
            }
        }

        public Unknowns Unknowns(IntervalAdversary adversary) => new(this, adversary);
    }

    /// <summary>A scope: its columns, each a set of hubs (a total column follows when there are several).</summary>
    private sealed record Scope(string Name, int[][] Units)
    {
        public int[][] Columns => Units.Length == 1 ? Units : [.. Units, Units.SelectMany(u => u).ToArray()];
    }

    /// <summary>
    /// The attacker's unknowns: per hub and month, who joined by background and by language spoken, and the events'
    /// RSVPs, named check-ins, walk-ins and show-ups. Every count of people published is a sum of these.
    /// </summary>
    private sealed class Unknowns
    {
        private readonly World _world;
        private readonly IntervalAdversary _a;
        private readonly int[,,] _joined;
        private readonly int[,,] _speaks;
        private readonly int[,,] _events;
        private readonly Dictionary<string, List<((int From, int To) Period, (int Var, int Coef)[] Terms, long Lo, long Hi)>> _cells = [];

        public Unknowns(World world, IntervalAdversary adversary)
        {
            (_world, _a) = (world, adversary);
            _joined = new int[world.Hubs, Months, 3];
            _speaks = new int[world.Hubs, Months, Languages.Length];
            _events = new int[world.Hubs, Months, 4];
            for (var h = 0; h < world.Hubs; h++)
            {
                for (var m = 0; m < Months; m++)
                {
                    for (var b = 0; b < 3; b++)
                    {
                        _joined[h, m, b] = _a.Unknown($"joined h{h} m{m} background {b}", world.People.Count(p => p.Hub == h && p.Month == m && p.Background == b));
                    }

                    for (var l = 0; l < Languages.Length; l++)
                    {
                        _speaks[h, m, l] = _a.Unknown($"joined h{h} m{m} speaking {Languages[l]}", world.People.Count(p => p.Hub == h && p.Month == m && p.Speaks[l]));
                    }

                    var es = world.Events.Where(e => e.Hub == h && e.Month == m).ToList();
                    _events[h, m, 0] = _a.Unknown($"RSVPs h{h} m{m}", es.Sum(e => e.Rsvps));
                    _events[h, m, 1] = _a.Unknown($"named h{h} m{m}", es.Sum(e => e.Named));
                    _events[h, m, 2] = _a.Unknown($"walk-ins h{h} m{m}", es.Sum(e => e.WalkIns));
                    _events[h, m, 3] = _a.Unknown($"showed up h{h} m{m}", es.Sum(e => e.ShowedUp));
                }
            }
        }

        private static Dictionary<int, int> Form(IEnumerable<int> unknowns, int coef = 1)
        {
            var form = new Dictionary<int, int>();
            foreach (var u in unknowns)
            {
                form[u] = form.GetValueOrDefault(u) + coef;
            }

            return form;
        }

        private static Dictionary<int, int> Plus(Dictionary<int, int> a, Dictionary<int, int> b, int sign = 1)
        {
            var form = new Dictionary<int, int>(a);
            foreach (var (u, k) in b)
            {
                form[u] = form.GetValueOrDefault(u) + sign * k;
            }

            return form;
        }

        private IEnumerable<int> Stock(int h, int month, int background) => Enumerable.Range(0, month + 1).Select(m => _joined[h, m, background]);

        private IEnumerable<int> Speakers(int h, int month, int language) => Enumerable.Range(0, month + 1).Select(m => _speaks[h, m, language]);

        /// <summary>Truths of every world.</summary>
        public void Truths(World world)
        {
            for (var h = 0; h < world.Hubs; h++)
            {
                for (var m = 0; m < Months; m++)
                {
                    var joiners = Form(Enumerable.Range(0, 3).Select(b => _joined[h, m, b]));
                    var members = Form(Enumerable.Range(0, 3).SelectMany(b => Stock(h, m, b)));
                    for (var l = 0; l < Languages.Length; l++)
                    {
                        // Of those who joined in a month, and of the members at a month's end, no more speak a language than there are.
                        _a.Constrain(Plus(Form([_speaks[h, m, l]]), joiners, -1), -1_000_000, 0, $"speakers ≤ joiners h{h} m{m}", ofPeople: false);
                        _a.Constrain(Plus(Form(Speakers(h, m, l)), members, -1), -1_000_000, 0, $"speakers ≤ members h{h} m{m}", ofPeople: false);
                    }

                    _a.Constrain(new Dictionary<int, int> { [_events[h, m, 3]] = 1, [_events[h, m, 0]] = -1 }, -1_000_000, 0, $"show-ups ≤ RSVPs h{h} m{m}", ofPeople: false);
                    _a.Constrain(new Dictionary<int, int> { [_events[h, m, 3]] = 1, [_events[h, m, 1]] = -1 }, -1_000_000, 0, $"show-ups ≤ check-ins h{h} m{m}", ofPeople: false);
                    if (!world.Events.Any(e => e.Hub == h && e.Month == m))
                    {
                        // "Events held: 0" is published exactly.
                        _a.Constrain(Form(Enumerable.Range(0, 4).Select(f => _events[h, m, f])), 0, 0, $"no events h{h} m{m}");
                    }
                }
            }
        }

        /// <summary>Every atom's band, as if each were asked for alone: (hub, month's end, background or language) and (hub, month, figure).</summary>
        public void AtomBands(Func<int, PeopleCount> round)
        {
            void Atom(Dictionary<int, int> form, string what) => _a.Constrain(form, Band(round((int)_a.Truth(form)), round).Lo, Band(round((int)_a.Truth(form)), round).Hi, what);
            for (var h = 0; h < _world.Hubs; h++)
            {
                for (var m = 0; m < Months; m++)
                {
                    for (var b = 0; b < 3; b++)
                    {
                        Atom(Form(Stock(h, m, b)), $"members h{h} end of m{m} background {b}");
                    }

                    for (var l = 0; l < Languages.Length; l++)
                    {
                        Atom(Form(Speakers(h, m, l)), $"members h{h} end of m{m} speaking {Languages[l]}");
                    }

                    for (var f = 0; f < 4; f++)
                    {
                        Atom(Form([_events[h, m, f]]), $"event figure {f} h{h} m{m}");
                    }
                }
            }
        }

        /// <summary>The rule before decision 0022, for the attacker's own test: member totals per hub exact from 5, "&lt; 5" below.</summary>
        public void ExactAboveFourTotals()
        {
            for (var h = 0; h < _world.Hubs; h++)
            {
                for (var m = 0; m < Months; m++)
                {
                    var form = Form(Enumerable.Range(0, 3).SelectMany(b => Stock(h, m, b)));
                    var truth = _a.Truth(form);
                    var (lo, hi) = truth is >= 1 and <= 4 ? (1L, 4L) : (truth, truth);
                    _a.Constrain(form, lo, hi, $"members h{h} end of m{m}");
                    Remember($"h{h}|Members.Total", (0, m), form, lo, hi);
                }
            }
        }

        /// <summary>Reads every count of people of one view at face value (what the legend says a cell means).</summary>
        public void Read(Scope scope, (int From, int To) period, DashboardView view)
        {
            var (from, to) = period;
            for (var c = 0; c < scope.Columns.Length; c++)
            {
                var hubs = scope.Columns[c];
                Dictionary<int, int> Members(int month, params int[] backgrounds) =>
                    month < 0 ? [] : Form(hubs.SelectMany(h => backgrounds.SelectMany(b => Stock(h, month, b))));
                Dictionary<int, int> EventForm(int figure, int first, int last) =>
                    Form(hubs.SelectMany(h => Enumerable.Range(first, last - first + 1).Select(m => _events[h, m, figure])));
                var atomsPerMonth = hubs.Length;

                void Sum(string table, string row, Dictionary<int, int> form, int atoms) =>
                    Read($"{scope.Name}|{c}|{row}", period, view.At(table, row, c), form, atoms, change: false);

                Sum(Dashboard.Members, "Members.Total", Members(to, 0, 1, 2), 3 * atomsPerMonth);
                Sum(Dashboard.Members, "Members.Newcomers", Members(to, 0), atomsPerMonth);
                Sum(Dashboard.Members, "Members.Residents", Members(to, 1), atomsPerMonth);
                Sum(Dashboard.Members, "Members.NotSaid", Members(to, 2), atomsPerMonth);
                Read($"{scope.Name}|{c}|Members.New", period, view.At(Dashboard.Members, "Members.New", c),
                    Plus(Members(to, 0, 1, 2), Members(from - 1, 0, 1, 2), -1), 3 * atomsPerMonth, change: true);
                var months = to - from + 1;
                Sum(Dashboard.Events, "Events.Rsvps", EventForm(0, from, to), months * atomsPerMonth);
                Sum(Dashboard.Events, "Events.NamedCheckIns", EventForm(1, from, to), months * atomsPerMonth);
                Sum(Dashboard.Events, "Events.WalkIns", EventForm(2, from, to), months * atomsPerMonth);
                Sum(Dashboard.Events, "Events.ShowedUp", EventForm(3, from, to), months * atomsPerMonth);
                var attendance = Plus(EventForm(1, from, to), EventForm(2, from, to));
                Sum(Dashboard.Events, "Events.Attendance", attendance, 2 * months * atomsPerMonth);
                if (view.At(Dashboard.Events, "Events.MixingIndex", c).IsShown)
                {
                    // Shown over ≥ 5 events with ≥ 5 attendees each.
                    _a.Constrain(attendance, 5 * Disclosure.MinMixingEvents, 1_000_000, $"{scope.Name}|{c}|mixing shown {from}-{to}", ofPeople: false);
                }

                foreach (var row in view.Table(Dashboard.MemberLanguages).Rows)
                {
                    var l = Array.IndexOf(Languages, row.Argument);
                    Sum(Dashboard.MemberLanguages, row.Key, Form(hubs.SelectMany(h => Speakers(h, to, l))), atomsPerMonth);
                }

                if (c == scope.Columns.Length - 1)
                {
                    var trend = view.Table(Dashboard.Trend);
                    for (var m = from; m <= to; m++)
                    {
                        Read($"{scope.Name}|trend new {m}", (m, m), trend.Rows.Single(r => r.Key == "Trend.NewMembers").Cells[m - from],
                            Plus(Members(m, 0, 1, 2), Members(m - 1, 0, 1, 2), -1), 3 * atomsPerMonth, change: true);
                        Read($"{scope.Name}|trend attendance {m}", (m, m), trend.Rows.Single(r => r.Key == "Trend.Attendance").Cells[m - from],
                            Plus(EventForm(1, m, m), EventForm(2, m, m)), 2 * atomsPerMonth, change: false);
                    }
                }
            }
        }

        /// <summary>
        /// A cell at face value. A sum: "n" is n to n + 4 per atom of 5 or more (at most n / 5 of them); "n+" adds atoms of 1–4
        /// (at least one); "&lt; 4k+1" is k to 4k. A change of rounded stocks: within 4 per atom either way of what it says.
        /// </summary>
        private void Read(string key, (int From, int To) period, Cell published, Dictionary<int, int> form, int atoms, bool change)
        {
            // What the CSV and JSON say (and the screen, in the reader's culture): read back from the text, not the object.
            var text = CellText.Invariant(published, MetricKind.People);
            var cell = text.StartsWith("< ", StringComparison.Ordinal) ? new Cell(CellState.Suppressed, double.Parse(text[2..], CultureInfo.InvariantCulture))
                : text.EndsWith('+') ? new Cell(CellState.AtLeast, double.Parse(text[..^1], CultureInfo.InvariantCulture))
                : Cell.Of(double.Parse(text, CultureInfo.InvariantCulture));
            long lo, hi;
            if (change)
            {
                var d = cell.State == CellState.Suppressed ? 0 : (long)cell.Value;
                (lo, hi) = (Math.Max(0, d - 4 * atoms), d + 4 * atoms);
            }
            else
            {
                var v = (long)cell.Value;
                (lo, hi) = cell.State switch
                {
                    CellState.Value => (v, v + 4 * (v / 5)),
                    CellState.AtLeast => (v + 1, v + 4 * (v / 5) + 4 * atoms),
                    CellState.Suppressed => ((v - 1) / 4, v - 1),
                    _ => throw new InvalidOperationException($"{key}: a count of people reads {cell.State}"),
                };
            }

            _a.Constrain(form, lo, hi, $"{key} {period.From}-{period.To}");
            Remember(key, period, form, lo, hi);
        }

        private void Remember(string key, (int From, int To) period, Dictionary<int, int> form, long lo, long hi)
        {
            if (!_cells.TryGetValue(key, out var list))
            {
                _cells[key] = list = [];
            }

            list.Add((period, IntervalAdversary.Terms(form), lo, hi));
        }

        /// <summary>
        /// The same cell over two periods sharing a start or an end (stepping the end month by month), and a column against
        /// its scope's total: their difference, whose bounds follow from the two cells'.
        /// </summary>
        public void Differences()
        {
            foreach (var (key, cells) in _cells)
            {
                for (var i = 0; i < cells.Count; i++)
                {
                    for (var j = 0; j < cells.Count; j++)
                    {
                        var (a, b) = (cells[i], cells[j]);
                        if (i != j && (a.Period.From == b.Period.From || a.Period.To == b.Period.To) && a.Period.To >= b.Period.To)
                        {
                            _a.Constrain(IntervalAdversary.Minus(a.Terms, b.Terms), a.Lo - b.Hi, a.Hi - b.Lo, () => $"{key} {a.Period} − {b.Period}");
                        }
                    }
                }
            }

            // Columns of one scope and row: keys "scope|column|row", grouped once (not per key, which made this quadratic).
            var byScopeAndRow = _cells.Keys.Select(k => (Key: k, Parts: k.Split('|'))).Where(k => k.Parts.Length == 3)
                .GroupBy(k => (Scope: k.Parts[0], Row: k.Parts[2]), k => k.Key);
            foreach (var group in byScopeAndRow)
            {
                var columns = group.OrderBy(k => k, StringComparer.Ordinal).ToList();
                if (columns.Count < 2)
                {
                    continue;
                }

                // The last column is the total here only by the keys' order (columns 0..n, total last).
                var key = columns[^1];
                foreach (var column in columns.SkipLast(1))
                {
                    foreach (var total in _cells[key])
                    {
                        var part = _cells[column].Single(p => p.Period == total.Period);
                        _a.Constrain(IntervalAdversary.Minus(total.Terms, part.Terms), total.Lo - part.Hi, total.Hi - part.Lo, () => $"{key} − {column} {total.Period}");
                    }
                }
            }
        }
    }
}
