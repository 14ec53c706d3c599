namespace IntegrationHubs.Domain.Metrics;

/// <summary>How a cell is shown: its value, hidden as a small count ("&lt; 5"), hidden to protect another cell, or "—".</summary>
public enum CellState
{
    Value = 0,

    /// <summary>A count of 1 to 4 people: shown as "&lt; 5".</summary>
    Suppressed = 1,

    /// <summary>Hidden so that a suppressed cell cannot be worked out from its visible neighbours (secondary suppression).</summary>
    Hidden = 2,

    /// <summary>A ratio with nothing to divide by, or built on a hidden count: "—".</summary>
    NotApplicable = 3,
}

public readonly record struct Cell(CellState State, double Value)
{
    public static Cell Of(double value) => new(CellState.Value, value);

    public static Cell Of(double? value) => value is { } v ? new(CellState.Value, v) : NotApplicable;

    public static Cell NotApplicable { get; } = new(CellState.NotApplicable, 0);

    public bool IsShown => State == CellState.Value;

    /// <summary>The number shown, or null when the cell shows a marker instead.</summary>
    public double? Shown => IsShown ? Value : null;
}

/// <summary>
/// Small-count suppression over a set of counts of people, some of which add up to others (a total and its parts).
/// Rule (documented in docs/decisions/0018):
/// <list type="number">
/// <item>primary: a count of people from 1 to <see cref="Threshold"/> − 1 is suppressed ("&lt; 5"); 0 is shown;</item>
/// <item>secondary: in every additive group whose total is visible, the hidden parts must be at least two and together
/// at least <see cref="Threshold"/> — otherwise the total minus the visible parts gives them away. While a group breaks
/// this, its smallest visible non-zero part is hidden too (or, if none is left, its total). Repeated until no group
/// breaks it, because a cell hidden for one group can break another (rows and columns of one table, or a total shared
/// by two tables).</item>
/// </list>
/// Ratios are decided afterwards: one built on any hidden count is "—".
/// </summary>
public sealed class SuppressionGrid
{
    public const int Threshold = 5;

    private readonly List<double> _values = [];
    private readonly List<bool> _people = [];
    private readonly List<CellState> _states = [];
    private readonly List<(int Total, int[] Parts)> _groups = [];
    private bool _protected;

    public static bool IsSmall(double count) => count >= 1 && count < Threshold;

    /// <summary>Adds a count; <paramref name="ofPeople"/> decides whether it can be suppressed at all.</summary>
    public int Add(double value, bool ofPeople)
    {
        _values.Add(value);
        _people.Add(ofPeople);
        _states.Add(CellState.Value);
        return _values.Count - 1;
    }

    /// <summary>Declares that the parts add up to the total (as published: the reader of a table can subtract).</summary>
    public void AddGroup(int total, IEnumerable<int> parts)
    {
        var list = parts.Where(p => p != total).Distinct().ToArray();
        if (list.Length > 0)
        {
            _groups.Add((total, list));
        }
    }

    public double Value(int cell) => _values[cell];

    public bool IsHidden(int cell) => Protect()._states[cell] != CellState.Value;

    public Cell this[int cell] => new(Protect()._states[cell], _values[cell]);

    public SuppressionGrid Protect()
    {
        if (_protected)
        {
            return this;
        }

        for (var i = 0; i < _values.Count; i++)
        {
            if (_people[i] && IsSmall(_values[i]))
            {
                _states[i] = CellState.Suppressed;
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var (total, parts) in _groups)
            {
                if (_states[total] != CellState.Value)
                {
                    continue;
                }

                var hidden = parts.Where(p => _states[p] != CellState.Value).ToList();
                if (hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum(p => _values[p]) >= Threshold))
                {
                    continue;
                }

                var next = parts.Where(p => _states[p] == CellState.Value && _values[p] > 0).OrderBy(p => _values[p]).ThenBy(p => p).ToList();
                _states[next.Count > 0 ? next[0] : total] = CellState.Hidden;
                changed = true;
            }
        }
        while (changed);

        _protected = true;
        return this;
    }
}
