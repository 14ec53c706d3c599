using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.Domain.Incubation;

public enum MilestoneStatus
{
    NotStarted = 0,
    InProgress = 1,

    /// <summary>The team says it is done and asks its mentor to sign it off.</summary>
    ForReview = 2,
    SignedOff = 3,
}

/// <summary>Who asks for a milestone step: on the initiative's team, its assigned mentor, a coordinator of the hub (or several).</summary>
public readonly record struct MilestoneActor(Guid UserId, bool IsTeam, bool IsAssignedMentor, bool IsCoordinator)
{
    /// <summary>May sign off or send back: the assigned mentor or a coordinator — never someone on the team itself.</summary>
    public bool IsReviewer => (IsAssignedMentor || IsCoordinator) && !IsTeam;
}

/// <summary>
/// One initiative's progress on one module of its cohort. The team moves it forward and writes notes; the assigned
/// mentor (or a coordinator) signs it off or sends it back with feedback.
/// </summary>
public sealed class Milestone : IHubOwned
{
    public const int NoteMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid CohortId { get; set; }
    public Guid InitiativeId { get; set; }
    public Guid ModuleId { get; set; }
    public MilestoneStatus Status { get; private set; } = MilestoneStatus.NotStarted;

    /// <summary>The team's own notes on its progress.</summary>
    public string? TeamNote { get; private set; }

    /// <summary>The mentor's note when signing off or sending back.</summary>
    public string? Feedback { get; private set; }

    public Guid? SignedOffByUserId { get; private set; }
    public DateTimeOffset? SignedOffAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency (xmin): a sign-off on an older picture of the milestone is refused.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Moves the milestone one step if <paramref name="actor"/> may take it while the initiative is incubating.
    /// <paramref name="note"/> is the team's note on its own steps and the reviewer's feedback on theirs.
    /// </summary>
    public void MoveTo(MilestoneStatus to, MilestoneActor actor, InitiativeStatus initiativeStatus, string? note, DateTimeOffset now)
    {
        if (initiativeStatus != InitiativeStatus.Incubating)
        {
            throw new DomainException("Milestone.NotIncubating");
        }

        if (MilestoneRules.Refusal(Status, to, actor) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        note = Clean(note);
        var party = MilestoneRules.PartyFor(Status, to);
        if (party == MilestoneRules.Party.Reviewer && to == MilestoneStatus.InProgress && note is null)
        {
            throw new DomainException("Milestone.SendBackNoteRequired");
        }

        if (party == MilestoneRules.Party.Team)
        {
            TeamNote = note ?? TeamNote;
        }
        else
        {
            Feedback = note;
        }

        if (to == MilestoneStatus.SignedOff)
        {
            SignedOffByUserId = actor.UserId;
            SignedOffAt = now;
        }

        Status = to;
        UpdatedAt = now;
    }

    /// <summary>The team notes its progress without changing the status, until the milestone is signed off.</summary>
    public void Note(MilestoneActor actor, InitiativeStatus initiativeStatus, string? note, DateTimeOffset now)
    {
        if (initiativeStatus != InitiativeStatus.Incubating)
        {
            throw new DomainException("Milestone.NotIncubating");
        }

        if (!actor.IsTeam)
        {
            throw new DomainException("Milestone.TeamOnly");
        }

        if (Status == MilestoneStatus.SignedOff)
        {
            throw new DomainException("Milestone.AlreadySignedOff");
        }

        TeamNote = Clean(note);
        UpdatedAt = now;
    }

    private static string? Clean(string? note)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return note?.Length > NoteMaxLength ? throw new DomainException("Milestone.NoteTooLong") : note;
    }
}

/// <summary>The steps of a milestone and who may take each.</summary>
public static class MilestoneRules
{
    public enum Party
    {
        /// <summary>The initiative's team: start, and say it is done.</summary>
        Team,

        /// <summary>The assigned mentor or a coordinator, not on the team: sign off or send back.</summary>
        Reviewer,
    }

    private static readonly Dictionary<(MilestoneStatus From, MilestoneStatus To), Party> Steps = new()
    {
        [(MilestoneStatus.NotStarted, MilestoneStatus.InProgress)] = Party.Team,
        [(MilestoneStatus.InProgress, MilestoneStatus.ForReview)] = Party.Team,
        [(MilestoneStatus.ForReview, MilestoneStatus.SignedOff)] = Party.Reviewer,
        [(MilestoneStatus.ForReview, MilestoneStatus.InProgress)] = Party.Reviewer,
    };

    public static IEnumerable<(MilestoneStatus From, MilestoneStatus To, Party By)> All =>
        Steps.Select(s => (s.Key.From, s.Key.To, s.Value));

    public static Party? PartyFor(MilestoneStatus from, MilestoneStatus to) =>
        Steps.TryGetValue((from, to), out var party) ? party : null;

    /// <summary>Null when <paramref name="actor"/> may take the step; otherwise the resource key of the reason.</summary>
    public static string? Refusal(MilestoneStatus from, MilestoneStatus to, MilestoneActor actor) =>
        PartyFor(from, to) switch
        {
            null => from == MilestoneStatus.SignedOff ? "Milestone.AlreadySignedOff" : "Milestone.TransitionNotAllowed",
            Party.Team => actor.IsTeam ? null : "Milestone.TeamOnly",
            Party.Reviewer when actor.IsTeam && (actor.IsAssignedMentor || actor.IsCoordinator) => "Milestone.OwnSignOff",
            Party.Reviewer => actor.IsReviewer ? null : "Milestone.MentorOnly",
            _ => "Milestone.TransitionNotAllowed",
        };

    /// <summary>The steps <paramref name="actor"/> may take from <paramref name="from"/>, for offering buttons.</summary>
    public static IReadOnlyList<MilestoneStatus> NextFor(MilestoneStatus from, MilestoneActor actor) =>
        Enum.GetValues<MilestoneStatus>().Where(to => Refusal(from, to, actor) is null).ToList();
}

/// <summary>
/// Who sees an enrolled initiative's progress. A mentor sees the initiatives assigned to them plus public (launched)
/// ones — not the other initiatives of the cohort. The team and the hub's coordinators see their own.
/// </summary>
public static class IncubationVisibility
{
    public static bool CanSeeProgress(MilestoneActor actor, InitiativeStatus status) =>
        actor.IsTeam || actor.IsAssignedMentor || actor.IsCoordinator || status == InitiativeStatus.Launched;
}
