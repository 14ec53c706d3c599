using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;

namespace IntegrationHubs.Domain.Manual;

/// <summary>
/// One activity of a hub's setup checklist, copied from a strategy version when the hub was opened. The copy is the
/// hub's own: a later edit of the strategy never reaches it.
/// </summary>
public sealed class SetupItem : IHubOwned
{
    public const int PhaseMaxLength = 120;
    public const int TextMaxLength = 500;
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }

    /// <summary>The phase's place in the strategy (0…), and its title.</summary>
    public int PhaseNumber { get; set; }

    public ManualText Phase { get; set; } = new("", "");
    public int SuggestedWeeks { get; set; }
    public int Position { get; set; }
    public ManualText Text { get; set; } = new("", "");
    public bool IsDone { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public Guid? DoneByUserId { get; private set; }
    public string? Note { get; private set; }
    public DateOnly? DueDate { get; private set; }

    /// <summary>The hub's checklist from a strategy version: every activity of every phase, in order, open.</summary>
    public static List<SetupItem> CopyFrom(TemplateContent strategy)
    {
        var items = new List<SetupItem>();
        for (var phase = 0; phase < strategy.Phases.Count; phase++)
        {
            var p = strategy.Phases[phase];
            items.AddRange(p.Activities.Select((a, i) => new SetupItem
            {
                PhaseNumber = phase, Phase = p.Title, SuggestedWeeks = p.SuggestedWeeks, Position = i, Text = a,
            }));
        }

        return items;
    }

    public void Tick(Guid by, DateTimeOffset at)
    {
        IsDone = true;
        DoneAt = at;
        DoneByUserId = by;
    }

    public void Untick()
    {
        IsDone = false;
        DoneAt = null;
        DoneByUserId = null;
    }

    /// <summary>Sets the note and due date; a blank note clears it.</summary>
    public void Plan(string? note, DateOnly? dueDate)
    {
        if (note?.Trim().Length > NoteMaxLength)
        {
            throw new DomainException("Setup.NoteTooLong");
        }

        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DueDate = dueDate;
    }
}

/// <summary>How far one phase of the setup is.</summary>
public sealed record PhaseProgress(int PhaseNumber, ManualText Phase, int Done, int Total)
{
    public int Percent => Total == 0 ? 0 : Done * 100 / Total;
    public bool IsComplete => Total > 0 && Done == Total;
}

public static class SetupProgress
{
    public static IReadOnlyList<PhaseProgress> PerPhase(IEnumerable<SetupItem> items) =>
    [
        .. items.GroupBy(i => i.PhaseNumber).OrderBy(g => g.Key)
            .Select(g => new PhaseProgress(g.Key, g.First().Phase, g.Count(i => i.IsDone), g.Count())),
    ];

    public static int Percent(IEnumerable<SetupItem> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? 0 : list.Count(i => i.IsDone) * 100 / list.Count;
    }
}

/// <summary>Who asks to move a hub along its life cycle.</summary>
public readonly record struct HubSteward(bool IsCoordinator, bool IsNetworkAdmin);

/// <summary>
/// Who may move a hub: its coordinators and network admins take it forward (Planning → Prototype → Active);
/// only a network admin closes a hub. The life cycle itself is <see cref="HubStatusTransitions"/>.
/// </summary>
public static class HubStatusMoves
{
    public static bool MayMove(HubSteward who, HubStatus from, HubStatus to) =>
        HubStatusTransitions.IsAllowed(from, to)
        && (to == HubStatus.Closed ? who.IsNetworkAdmin : who.IsCoordinator || who.IsNetworkAdmin);

    /// <summary>Moves <paramref name="hub"/> or refuses: a step outside the life cycle, or by someone who may not take it.</summary>
    public static void Move(Hub hub, HubSteward who, HubStatus to)
    {
        if (!who.IsCoordinator && !who.IsNetworkAdmin)
        {
            throw new DomainException("Setup.MayNotMoveHub");
        }

        if (to == HubStatus.Closed && !who.IsNetworkAdmin)
        {
            throw new DomainException("Setup.MayNotMoveHub");
        }

        hub.MoveTo(to);
    }

    /// <summary>The next step forward, or null at the end of the way (Active or Closed).</summary>
    public static HubStatus? Next(HubStatus status) => status switch
    {
        HubStatus.Planning => HubStatus.Prototype,
        HubStatus.Prototype => HubStatus.Active,
        _ => null,
    };
}

/// <summary>Which template versions a hub was opened from, so it can see what changed since.</summary>
public sealed class HubManualOrigin : IHubOwned
{
    public Guid HubId { get; set; }
    public Guid? SpatialProgrammeVersionId { get; set; }
    public Guid? CurriculumVersionId { get; set; }
    public Guid? StrategyVersionId { get; set; }
}
