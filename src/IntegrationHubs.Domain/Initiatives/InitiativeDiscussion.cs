using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Initiatives;

/// <summary>A hub member's comment on a submitted initiative; the team's answers are marked as the team's.</summary>
public sealed class InitiativeComment : IHubOwned
{
    public const int BodyMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid InitiativeId { get; set; }
    public Guid AuthorUserId { get; set; }
    public string Body { get; private set; } = "";

    /// <summary>The author was on the initiative's team when writing: shown as an answer from the team.</summary>
    public bool ByTeam { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when a coordinator hid the comment (moderation); hidden comments are not shown to members.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }

    public Guid? HiddenByUserId { get; private set; }

    /// <summary>Drafts have no discussion: comments begin once the team has submitted.</summary>
    public static InitiativeComment Write(Initiative initiative, Guid authorId, string body, DateTimeOffset now)
    {
        if (initiative.Status == InitiativeStatus.Draft)
        {
            throw new DomainException("InitiativeComment.NotOnDrafts");
        }

        body = body.Trim();
        if (body.Length == 0)
        {
            throw new DomainException("InitiativeComment.Empty");
        }

        if (body.Length > BodyMaxLength)
        {
            throw new DomainException("InitiativeComment.TooLong");
        }

        return new InitiativeComment
        {
            HubId = initiative.HubId, InitiativeId = initiative.Id, AuthorUserId = authorId, Body = body,
            ByTeam = initiative.IsTeam(authorId), CreatedAt = now,
        };
    }

    /// <summary>Only its author deletes a comment.</summary>
    public void EnsureDeletableBy(Guid userId)
    {
        if (userId != AuthorUserId)
        {
            throw new DomainException("InitiativeComment.OwnOnly");
        }
    }

    /// <summary>A coordinator hides a comment; hiding twice is harmless.</summary>
    public void Hide(Guid coordinatorId, bool isCoordinator, DateTimeOffset now)
    {
        if (!isCoordinator)
        {
            throw new DomainException("Initiative.CoordinatorsOnly");
        }

        if (HiddenAt is null)
        {
            HiddenAt = now;
            HiddenByUserId = coordinatorId;
        }
    }
}

public enum SupportKind
{
    /// <summary>"I support this."</summary>
    Support = 0,

    /// <summary>"I'd like to join."</summary>
    WouldJoin = 1,
}

/// <summary>One person's "I support this" or "I'd like to join" for a submitted initiative; one of each kind per person.</summary>
public sealed class InitiativeSupport : IHubOwned
{
    public Guid HubId { get; set; }
    public Guid InitiativeId { get; set; }
    public Guid UserId { get; set; }
    public SupportKind Kind { get; set; }
    public DateTimeOffset At { get; set; }

    public static InitiativeSupport Give(Initiative initiative, Guid userId, SupportKind kind, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Initiative.Invalid");
        }

        if (initiative.Status == InitiativeStatus.Draft)
        {
            throw new DomainException("InitiativeSupport.NotOnDrafts");
        }

        if (kind == SupportKind.WouldJoin && initiative.IsTeam(userId))
        {
            throw new DomainException("InitiativeSupport.AlreadyOnTeam");
        }

        return new InitiativeSupport { HubId = initiative.HubId, InitiativeId = initiative.Id, UserId = userId, Kind = kind, At = now };
    }
}
