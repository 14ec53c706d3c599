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

    /// <summary>One constraint; what it reads is written out only when it is reported (most never are).</summary>
    private sealed record Constraint((int Var, int Coef)[] Terms, long Lo, long Hi, Func<string> Describe, bool OfPeople)
    {
        public string What => Describe();
    }

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
    public void Constrain(IReadOnlyDictionary<int, int> form, long lo, long hi, string what, bool ofPeople = true) =>
        Constrain(form, lo, hi, () => what, ofPeople);

    /// <summary>The same, with the description made only if it is reported.</summary>
    public void Constrain(IReadOnlyDictionary<int, int> form, long lo, long hi, Func<string> what, bool ofPeople = true) =>
        Constrain(Terms(form), lo, hi, what, ofPeople);

    /// <summary>The same over a form's terms as <see cref="Terms"/> gives them (sorted, no zero coefficients).</summary>
    public void Constrain((int Var, int Coef)[] terms, long lo, long hi, Func<string> what, bool ofPeople = true) =>
        _constraints.Add(new Constraint(terms, lo, Math.Min(hi, Unbounded), what, ofPeople));

    /// <summary>A form's terms sorted by unknown, without zero coefficients.</summary>
    public static (int Var, int Coef)[] Terms(IReadOnlyDictionary<int, int> form)
    {
        var terms = new List<(int Var, int Coef)>(form.Count);
        foreach (var (v, k) in form)
        {
            if (k != 0)
            {
                terms.Add((v, k));
            }
        }

        terms.Sort((a, b) => a.Var.CompareTo(b.Var));
        return [.. terms];
    }

    /// <summary>a − b of two forms' sorted terms, merged in one pass (differences of cells are most of the constraints).</summary>
    public static (int Var, int Coef)[] Minus((int Var, int Coef)[] a, (int Var, int Coef)[] b)
    {
        var result = new List<(int Var, int Coef)>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j == b.Length || (i < a.Length && a[i].Var < b[j].Var))
            {
                result.Add(a[i++]);
            }
            else if (i == a.Length || b[j].Var < a[i].Var)
            {
                result.Add((b[j].Var, -b[j].Coef));
                j++;
            }
            else
            {
                var coef = a[i].Coef - b[j].Coef;
                if (coef != 0)
                {
                    result.Add((a[i].Var, coef));
                }

                i++;
                j++;
            }
        }

        return [.. result];
    }

    public long Truth(IReadOnlyDictionary<int, int> form) => form.Sum(kv => kv.Value * _truth[kv.Key]);

    /// <summary>
    /// Bounds propagation until nothing changes. Throws if the reading of the cells contradicts itself. A constraint is
    /// looked at again only when one of its unknowns' bounds moved (a work list), which reaches the same fixed point as
    /// sweeping every constraint round after round, in a fraction of the steps.
    /// </summary>
    public void Propagate()
    {
        var touching = new List<int>[_names.Count];
        for (var v = 0; v < touching.Length; v++)
        {
            touching[v] = [];
        }

        for (var i = 0; i < _constraints.Count; i++)
        {
            foreach (var (v, _) in _constraints[i].Terms)
            {
                touching[v].Add(i);
            }
        }

        var queued = new bool[_constraints.Count];
        var work = new Queue<int>(Enumerable.Range(0, _constraints.Count));
        Array.Fill(queued, true);

        // As many steps as 500 sweeps over every constraint would take: a bound that creeps towards its limit one by one
        // is cut off at the same depth as before.
        var steps = 500L * Math.Max(1, _constraints.Count);
        while (work.Count > 0 && steps-- > 0)
        {
            var index = work.Dequeue();
            queued[index] = false;
            var c = _constraints[index];
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
                var moved = false;
                if (newLo > _lo[v])
                {
                    _lo[v] = newLo;
                    moved = true;
                }

                if (newHi < _hi[v])
                {
                    _hi[v] = newHi;
                    moved = true;
                }

                if (_lo[v] > _hi[v] || _truth[v] < _lo[v] || _truth[v] > _hi[v])
                {
                    throw new InvalidOperationException($"Unsound reading: {_names[v]} (truth {_truth[v]}) left [{_lo[v]}, {_hi[v]}] at {c.What}");
                }

                if (moved)
                {
                    foreach (var other in touching[v])
                    {
                        if (!queued[other])
                        {
                            queued[other] = true;
                            work.Enqueue(other);
                        }
                    }
                }
            }
        }
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
