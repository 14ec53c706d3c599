using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.Domain.Initiatives;

/// <summary>Something members start in their hub: proposed as a draft, reviewed by coordinators, incubated, launched.</summary>
public sealed class Initiative : IHubOwned
{
    public const int TitleMaxLength = 120;
    public const int SummaryMaxLength = 2000;
    public const int CommentMaxLength = 2000;
    public const int MaxLanguages = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public InitiativeCategory Category { get; private set; } = InitiativeCategory.Other;

    /// <summary>Language codes from <see cref="LanguageCatalog"/> the initiative works in.</summary>
    public List<string> Languages { get; private set; } = [];

    public InitiativeNeeds Needs { get; private set; }
    /// <summary>Null once the creator has deleted their account: the initiative stays, without them.</summary>
    public Guid? CreatedByUserId { get; private set; }
    public InitiativeStatus Status { get; private set; } = InitiativeStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the initiative was first submitted; orders the review queue.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Optimistic concurrency: two coordinators deciding at once — one wins.</summary>
    public uint Version { get; set; }

    /// <summary>Every status change, oldest first once ordered by <see cref="InitiativeTransition.At"/>.</summary>
    public List<InitiativeTransition> Transitions { get; private set; } = [];

    public static Initiative StartDraft(Guid creatorId, DateTimeOffset now) =>
        new() { CreatedByUserId = creatorId, CreatedAt = now };

    /// <summary>People invited to the team and those who accepted (see <see cref="InitiativeTeam"/>); the creator is not among them.</summary>
    public List<InitiativeTeamMember> Team { get; private set; } = [];

    /// <summary>The team: its creator and the members who accepted an invitation.</summary>
    public bool IsTeam(Guid userId) => userId == CreatedByUserId || Team.Any(m => m.UserId == userId && m.IsAccepted);

    /// <summary>Asked to join the team and not answered yet.</summary>
    public bool IsInvited(Guid userId) => Team.Any(m => m.UserId == userId && !m.IsAccepted);

    /// <summary>The creator leaves a team that others carry on (see <see cref="InitiativeTeam.Remove"/>).</summary>
    internal void CreatorLeaves() => CreatedByUserId = null;

    public bool IsEditable => Status is InitiativeStatus.Draft or InitiativeStatus.NeedsChanges;

    /// <summary>Drafts are the team's own (and shown to those invited to it); from submission on, the hub's members see the initiative.</summary>
    public bool IsVisibleTo(Guid userId) => Status != InitiativeStatus.Draft || IsTeam(userId) || IsInvited(userId);

    /// <summary>The team changes the proposal while it is a draft or sent back for changes.</summary>
    public void Edit(Guid userId, string title, string summary, InitiativeCategory category, IEnumerable<string> languages, InitiativeNeeds needs)
    {
        if (!IsTeam(userId))
        {
            throw new DomainException("Initiative.TeamOnly");
        }

        if (!IsEditable)
        {
            throw new DomainException("Initiative.NotEditable");
        }

        var codes = languages.Distinct().ToList();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMaxLength || summary.Length > SummaryMaxLength
            || !Enum.IsDefined(category) || codes.Count > MaxLanguages || !codes.All(LanguageCatalog.IsKnown)
            || (needs & ~AllNeeds) != 0)
        {
            throw new DomainException("Initiative.Invalid");
        }

        Title = title.Trim();
        Summary = summary.Trim();
        Category = category;
        Languages = codes;
        Needs = needs;
    }

    private const InitiativeNeeds AllNeeds = InitiativeNeeds.Space | InitiativeNeeds.Mentoring | InitiativeNeeds.Funding
        | InitiativeNeeds.Materials | InitiativeNeeds.LanguageSupport;

    /// <summary>Moves the initiative one step if <paramref name="actor"/> may take it, and records the step.</summary>
    public InitiativeTransition MoveTo(InitiativeStatus to, InitiativeActor actor, string? comment, DateTimeOffset now)
    {
        if (InitiativeTransitions.Refusal(Status, to, actor) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > CommentMaxLength)
        {
            throw new DomainException("Initiative.CommentTooLong");
        }

        if (to == InitiativeStatus.Declined && comment is null)
        {
            throw new DomainException("Initiative.DeclineReasonRequired");
        }

        if (to == InitiativeStatus.Submitted && string.IsNullOrWhiteSpace(Title))
        {
            throw new DomainException("Initiative.Invalid");
        }

        var transition = new InitiativeTransition
        {
            HubId = HubId, InitiativeId = Id, From = Status, To = to, ByUserId = actor.UserId, At = now, Comment = comment,
        };
        Status = to;
        if (to == InitiativeStatus.Submitted)
        {
            SubmittedAt ??= now;
        }

        Transitions.Add(transition);
        return transition;
    }
}

/// <summary>One step in an initiative's history: who moved it from which status to which, when, and why.</summary>
public sealed class InitiativeTransition : IHubOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid InitiativeId { get; set; }
    public InitiativeStatus From { get; set; }
    public InitiativeStatus To { get; set; }

    /// <summary>Null once the acting account has been deleted.</summary>
    public Guid? ByUserId { get; set; }

    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}
