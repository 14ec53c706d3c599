namespace IntegrationHubs.Domain.Metrics;

/// <summary>How a cell is shown (decision 0022).</summary>
public enum CellState
{
    /// <summary>A number as it is: a count of things or hours, a ratio, or a count of people made only of rounded atoms.</summary>
    Value = 0,

    /// <summary>
    /// A count of people made only of atoms of 1 to 4: "&lt; 5" for one such atom; for k of them "&lt; 4k+1"
    /// (<see cref="Cell.Value"/> holds that bound), which says no more than the atoms do.
    /// </summary>
    Suppressed = 1,

    /// <summary>A count of people whose rounded atoms add up to <see cref="Cell.Value"/>, plus atoms of 1 to 4: "n+".</summary>
    AtLeast = 2,

    /// <summary>A ratio with nothing to divide by, or built on counts of 1 to 4 people only: "—".</summary>
    NotApplicable = 3,
}

public readonly record struct Cell(CellState State, double Value)
{
    public static Cell Of(double value) => new(CellState.Value, value);

    public static Cell Of(double? value) => value is { } v ? new(CellState.Value, v) : NotApplicable;

    public static Cell NotApplicable { get; } = new(CellState.NotApplicable, 0);

    /// <summary>A number is written (exactly, or followed by "+").</summary>
    public bool IsShown => State is CellState.Value or CellState.AtLeast;

    /// <summary>The number written, or null when the cell shows a marker instead.</summary>
    public double? Shown => IsShown ? Value : null;
}

/// <summary>
/// A count of people as published: the sum of rounded atoms. An atom is the count of one hub, one calendar month (or
/// the end of one) and one category — the finest cell any report shows. Each atom is rounded on its own
/// (<see cref="Disclosure.Round"/>); every larger count is the sum of its rounded atoms, never its own true total, so
/// everything published is a function of the rounded atoms (decision 0022).
/// </summary>
/// <param name="Value">The sum of the atoms rounded down to multiples of <see cref="Disclosure.Base"/> (atoms of 1 to 4 add 0).</param>
/// <param name="Small">How many atoms held 1 to 4 people.</param>
/// <param name="Banded">How many atoms held 5 or more people.</param>
public readonly record struct PeopleCount(int Value, int Small, int Banded)
{
    public static PeopleCount Zero => default;

    public static PeopleCount operator +(PeopleCount a, PeopleCount b) => new(a.Value + b.Value, a.Small + b.Small, a.Banded + b.Banded);

    /// <summary>Only atoms of 1 to 4: no number can be written.</summary>
    public bool IsOnlySmall => Value == 0 && Small > 0;

    /// <summary>
    /// The middle of every atom's band (an atom of 1 to 4 as 2.5, one of 5–9 as 7), for ratios: a function of the rounded
    /// atoms like the count itself, and without the downward lean of the rounded-down sum.
    /// </summary>
    public double Estimate => Value + 2 * Banded + 2.5 * Small;

    public Cell ToCell() =>
        Small == 0 ? Cell.Of(Value)
        : Value == 0 ? new Cell(CellState.Suppressed, 4 * Small + 1)
        : new Cell(CellState.AtLeast, Value);

    public static PeopleCount Sum(IEnumerable<PeopleCount> counts) => counts.Aggregate(Zero, (a, b) => a + b);
}

/// <summary>The disclosure control of every count of people a report shows (decision 0022).</summary>
public static class Disclosure
{
    /// <summary>Atoms are rounded down to multiples of this; 1 to <see cref="Base"/> − 1 read "&lt; 5".</summary>
    public const int Base = 5;

    /// <summary>The mixing index is shown only over at least this many events with ≥ 5 attendees (so "none" is never told apart from "a few").</summary>
    public const int MinMixingEvents = 5;

    /// <summary>
    /// One atom: 0 stays 0 (it singles nobody out), 1–4 is "&lt; 5", anything else is rounded down to a multiple of 5
    /// (5–9 → 5, 10–14 → 10). Rounding down, not to the nearest: every band is then [5k, 5k + 4], so a sum of at most four
    /// atoms' upper ends (≡ 4 × atoms mod 5) never meets another band's lower end (≡ 0 mod 5) — see the ADR for why that
    /// matters for languages and totals.
    /// </summary>
    public static PeopleCount Round(int count) =>
        count <= 0 ? PeopleCount.Zero
        : count < Base ? new PeopleCount(0, 1, 0)
        : new PeopleCount(count / Base * Base, 0, 1);

    /// <summary>
    /// The change between two rounded stocks of the same atoms (members at the end of two months): the difference of the
    /// rounded values; an atom that was 0 and is now 1–4 adds a small atom ("&lt; 5" joined). A function of the rounded
    /// atoms, so it tells nothing they do not (decision 0022).
    /// </summary>
    public static PeopleCount Change(int before, int after)
    {
        var (b, a) = (Round(before), Round(after));
        return new PeopleCount(a.Value - b.Value, before == 0 && a.Small == 1 ? 1 : 0, 0);
    }

    /// <summary>A ratio of two published counts of people: "—" when either is made of atoms of 1 to 4 only, or nothing to divide by.</summary>
    public static Cell Ratio(PeopleCount numerator, PeopleCount denominator) =>
        numerator.IsOnlySmall || denominator.IsOnlySmall ? Cell.NotApplicable : Cell.Of(Formulas.Ratio(numerator.Estimate, denominator.Estimate));
}
