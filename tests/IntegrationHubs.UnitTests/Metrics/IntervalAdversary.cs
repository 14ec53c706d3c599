namespace IntegrationHubs.UnitTests.Metrics;

/// <summary>
/// An attacker who reasons exactly about what was published: unknown non-negative integers (the true counts of people),
/// and linear constraints on them — a published cell's interval, the difference of two cells, a truth relation every
/// world satisfies (the parts of a stock, a subset is no larger than its set). It propagates bounds to a fixed point
/// (each constraint tightens each of its unknowns by the others' bounds) and then asks of every form it knows — each
/// unknown, each cell, each difference — whether it is pinned to one value. It also knows the true world, only to check
/// that its own reading of the cells was sound (the truth never leaves an interval).
/// </summary>
internal sealed class IntervalAdversary
{
    private const long Unbounded = 1_000_000;

    private readonly List<string> _names = [];
    private readonly List<long> _truth = [];
    private readonly List<long> _lo = [];
    private readonly List<long> _hi = [];
    private readonly List<Constraint> _constraints = [];

    private sealed record Constraint((int Var, int Coef)[] Terms, long Lo, long Hi, string What, bool OfPeople);

    public int Count => _names.Count;

    public int Unknown(string name, long truth)
    {
        _names.Add(name);
        _truth.Add(truth);
        _lo.Add(0);
        _hi.Add(Unbounded);
        return _names.Count - 1;
    }

    /// <summary>lo ≤ Σ coef × unknown ≤ hi. <paramref name="ofPeople"/>: the form itself is a count of people (checked for pins).</summary>
    public void Constrain(IReadOnlyDictionary<int, int> form, long lo, long hi, string what, bool ofPeople = true)
    {
        var terms = form.Where(kv => kv.Value != 0).Select(kv => (kv.Key, kv.Value)).OrderBy(t => t.Key).ToArray();
        _constraints.Add(new Constraint(terms, lo, Math.Min(hi, Unbounded), what, ofPeople));
    }

    public long Truth(IReadOnlyDictionary<int, int> form) => form.Sum(kv => kv.Value * _truth[kv.Key]);

    /// <summary>Bounds propagation until nothing changes. Throws if the reading of the cells contradicts itself.</summary>
    public void Propagate()
    {
        bool changed;
        var rounds = 0;
        do
        {
            changed = false;
            foreach (var c in _constraints)
            {
                long min = 0, max = 0;
                foreach (var (v, k) in c.Terms)
                {
                    min += k > 0 ? k * _lo[v] : k * _hi[v];
                    max += k > 0 ? k * _hi[v] : k * _lo[v];
                }

                foreach (var (v, k) in c.Terms)
                {
                    var termMin = k > 0 ? k * _lo[v] : k * _hi[v];
                    var termMax = k > 0 ? k * _hi[v] : k * _lo[v];

                    // k × x lies in [c.Lo − (max − termMax), c.Hi − (min − termMin)].
                    var low = c.Lo - (max - termMax);
                    var high = c.Hi - (min - termMin);
                    var (newLo, newHi) = k > 0 ? (CeilDiv(low, k), FloorDiv(high, k)) : (CeilDiv(high, k), FloorDiv(low, k));
                    if (newLo > _lo[v])
                    {
                        _lo[v] = newLo;
                        changed = true;
                    }

                    if (newHi < _hi[v])
                    {
                        _hi[v] = newHi;
                        changed = true;
                    }

                    if (_lo[v] > _hi[v] || _truth[v] < _lo[v] || _truth[v] > _hi[v])
                    {
                        throw new InvalidOperationException($"Unsound reading: {_names[v]} (truth {_truth[v]}) left [{_lo[v]}, {_hi[v]}] at {c.What}");
                    }
                }
            }
        }
        while (changed && ++rounds < 500);
    }

    /// <summary>Every unknown, cell and difference pinned to a single value from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IReadOnlyList<string> Pinned(int from = 1, int to = 4)
    {
        var pinned = new List<string>();
        for (var v = 0; v < _names.Count; v++)
        {
            if (_lo[v] == _hi[v] && _lo[v] >= from && _lo[v] <= to)
            {
                pinned.Add($"{_names[v]} = {_lo[v]}");
            }
        }

        foreach (var c in _constraints.Where(c => c.OfPeople))
        {
            long min = 0, max = 0;
            foreach (var (v, k) in c.Terms)
            {
                min += k > 0 ? k * _lo[v] : k * _hi[v];
                max += k > 0 ? k * _hi[v] : k * _lo[v];
            }

            var (lo, hi) = (Math.Max(min, c.Lo), Math.Min(max, c.Hi));
            var truth = c.Terms.Sum(t => t.Coef * _truth[t.Var]);
            if (truth < lo || truth > hi)
            {
                throw new InvalidOperationException($"Unsound reading: {c.What} (truth {truth}) read as [{lo}, {hi}]");
            }

            if (lo == hi && lo >= from && lo <= to)
            {
                pinned.Add($"{c.What} = {lo}");
            }
        }

        return pinned;
    }

    private static long FloorDiv(long a, long b) => (long)Math.Floor((double)a / b);

    private static long CeilDiv(long a, long b) => (long)Math.Ceiling((double)a / b);
}
