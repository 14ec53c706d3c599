namespace IntegrationHubs.Domain.Manual;

public enum TemplateChangeKind
{
    GuidanceChanged = 0,
    Added = 1,
    Removed = 2,
    Changed = 3,
    ActivityAdded = 4,
    ActivityRemoved = 5,
}

/// <summary>
/// One difference between the template version a hub was opened from and a later one. <see cref="Subject"/> names the
/// space type, module or phase; <see cref="Detail"/> the activity, when one was added to or removed from a phase.
/// </summary>
public sealed record TemplateChange(TemplateChangeKind Kind, ManualText? Subject = null, ManualText? Detail = null);

/// <summary>
/// What changed in a template since a hub's version, so its coordinators can decide what to take over by hand
/// (copies never change on their own). Entries are matched by their German name or title, which a version keeps unique.
/// </summary>
public static class TemplateChanges
{
    public static IReadOnlyList<TemplateChange> Between(TemplateContent from, TemplateContent to)
    {
        var changes = new List<TemplateChange>();
        if (from.Guidance != to.Guidance)
        {
            changes.Add(new(TemplateChangeKind.GuidanceChanged));
        }

        Compare(changes, from.SpaceTypes, to.SpaceTypes, s => s.Name);
        Compare(changes, from.Modules, to.Modules, m => m.Title);
        Compare(changes, from.Phases, to.Phases, p => p.Title, PhaseDetails);
        return changes;
    }

    private static void Compare<T>(
        List<TemplateChange> changes, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, ManualText> name,
        Func<T, T, IEnumerable<TemplateChange>>? details = null)
        where T : notnull
    {
        var old = before.ToDictionary(e => name(e).De, StringComparer.Ordinal);
        var now = after.ToDictionary(e => name(e).De, StringComparer.Ordinal);
        foreach (var entry in after)
        {
            if (!old.TryGetValue(name(entry).De, out var previous))
            {
                changes.Add(new(TemplateChangeKind.Added, name(entry)));
            }
            else if (details is not null)
            {
                changes.AddRange(details(previous, entry));
            }
            else if (!Equals(previous, entry))
            {
                changes.Add(new(TemplateChangeKind.Changed, name(entry)));
            }
        }

        changes.AddRange(before.Where(e => !now.ContainsKey(name(e).De)).Select(e => new TemplateChange(TemplateChangeKind.Removed, name(e))));
    }

    /// <summary>A phase is compared activity by activity: that is what lands on a hub's checklist.</summary>
    private static IEnumerable<TemplateChange> PhaseDetails(PhaseTemplate before, PhaseTemplate after)
    {
        if (before.Title != after.Title || before.SuggestedWeeks != after.SuggestedWeeks)
        {
            yield return new(TemplateChangeKind.Changed, after.Title);
        }

        var old = before.Activities.Select(a => a.De).ToHashSet(StringComparer.Ordinal);
        var now = after.Activities.Select(a => a.De).ToHashSet(StringComparer.Ordinal);
        foreach (var added in after.Activities.Where(a => !old.Contains(a.De)))
        {
            yield return new(TemplateChangeKind.ActivityAdded, after.Title, added);
        }

        foreach (var removed in before.Activities.Where(a => !now.Contains(a.De)))
        {
            yield return new(TemplateChangeKind.ActivityRemoved, after.Title, removed);
        }
    }
}
