namespace IntegrationHubs.Domain.Initiatives;

public enum InitiativeStatus
{
    Draft = 0,
    Submitted = 1,
    InReview = 2,
    NeedsChanges = 3,
    Accepted = 4,
    Declined = 5,
    Incubating = 6,
    Launched = 7,
    Paused = 8,
    Ended = 9,
}

public enum InitiativeCategory
{
    CommunityEvent = 0,
    Culture = 1,
    Social = 2,
    BusinessIdea = 3,
    Other = 4,
}

/// <summary>What an initiative asks the hub for; several at once.</summary>
[Flags]
public enum InitiativeNeeds
{
    None = 0,
    Space = 1,
    Mentoring = 2,
    Funding = 4,
    Materials = 8,
    LanguageSupport = 16,
}

/// <summary>Who asks for a step: whether they are on the initiative's team and whether they coordinate the hub.</summary>
public readonly record struct InitiativeActor(Guid UserId, bool IsTeam, bool IsCoordinator);

/// <summary>
/// The life cycle of an initiative and who may move it along. Review steps are the coordinators'; a
/// coordinator on the initiative's own team may not make them (nobody reviews their own proposal).
/// </summary>
public static class InitiativeTransitions
{
    /// <summary>Who may make a step.</summary>
    public enum Party
    {
        /// <summary>The initiative's team: submit and resubmit.</summary>
        Team,

        /// <summary>A coordinator who is not on the team: the review decisions.</summary>
        Reviewer,

        /// <summary>Any coordinator: the incubation and launch steps after acceptance.</summary>
        Coordinator,
    }

    private static readonly Dictionary<(InitiativeStatus From, InitiativeStatus To), Party> Steps = new()
    {
        [(InitiativeStatus.Draft, InitiativeStatus.Submitted)] = Party.Team,
        [(InitiativeStatus.NeedsChanges, InitiativeStatus.Submitted)] = Party.Team,
        [(InitiativeStatus.Submitted, InitiativeStatus.InReview)] = Party.Reviewer,
        [(InitiativeStatus.InReview, InitiativeStatus.NeedsChanges)] = Party.Reviewer,
        [(InitiativeStatus.InReview, InitiativeStatus.Accepted)] = Party.Reviewer,
        [(InitiativeStatus.InReview, InitiativeStatus.Declined)] = Party.Reviewer,
        [(InitiativeStatus.Accepted, InitiativeStatus.Incubating)] = Party.Coordinator,
        [(InitiativeStatus.Incubating, InitiativeStatus.Launched)] = Party.Coordinator,
        [(InitiativeStatus.Incubating, InitiativeStatus.Paused)] = Party.Coordinator,
        [(InitiativeStatus.Paused, InitiativeStatus.Incubating)] = Party.Coordinator,
        [(InitiativeStatus.Incubating, InitiativeStatus.Ended)] = Party.Coordinator,
        [(InitiativeStatus.Paused, InitiativeStatus.Ended)] = Party.Coordinator,
        [(InitiativeStatus.Launched, InitiativeStatus.Ended)] = Party.Coordinator,
    };

    public static IEnumerable<(InitiativeStatus From, InitiativeStatus To, Party By)> All =>
        Steps.Select(s => (s.Key.From, s.Key.To, s.Value));

    public static Party? PartyFor(InitiativeStatus from, InitiativeStatus to) =>
        Steps.TryGetValue((from, to), out var party) ? party : null;

    /// <summary>Null when <paramref name="actor"/> may take the step; otherwise the resource key of the reason.</summary>
    public static string? Refusal(InitiativeStatus from, InitiativeStatus to, InitiativeActor actor) =>
        PartyFor(from, to) switch
        {
            null => "Initiative.TransitionNotAllowed",
            Party.Team => actor.IsTeam ? null : "Initiative.TeamOnly",
            Party.Reviewer when actor is { IsCoordinator: true, IsTeam: true } => "Initiative.OwnReview",
            Party.Reviewer or Party.Coordinator => actor.IsCoordinator ? null : "Initiative.CoordinatorsOnly",
            _ => "Initiative.TransitionNotAllowed",
        };

    /// <summary>The steps <paramref name="actor"/> may take from <paramref name="from"/>, for offering buttons.</summary>
    public static IReadOnlyList<InitiativeStatus> NextFor(InitiativeStatus from, InitiativeActor actor) =>
        Enum.GetValues<InitiativeStatus>().Where(to => Refusal(from, to, actor) is null).ToList();
}
