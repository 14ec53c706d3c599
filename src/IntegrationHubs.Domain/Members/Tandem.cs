using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Members;

public enum TandemState
{
    Requested = 0,
    Active = 1,
    Declined = 2,
    Ended = 3,
}

/// <summary>Two members of a hub practising each other's language.</summary>
public sealed class Tandem : IHubOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid RequesterId { get; set; }
    public Guid PartnerId { get; set; }

    /// <summary>The language the requester practises (the partner speaks it).</summary>
    public required string RequesterLearns { get; set; }

    /// <summary>The language the partner practises (the requester speaks it).</summary>
    public required string PartnerLearns { get; set; }

    public TandemState State { get; set; } = TandemState.Requested;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }

    public void Accept(Guid byUserId, DateTimeOffset now) => Respond(byUserId, TandemState.Active, now);

    public void Decline(Guid byUserId, DateTimeOffset now) => Respond(byUserId, TandemState.Declined, now);

    public void End(Guid byUserId)
    {
        if (byUserId != RequesterId && byUserId != PartnerId)
        {
            throw new DomainException("Tandem.NotYours");
        }

        if (State is not (TandemState.Active or TandemState.Requested))
        {
            throw new DomainException("Tandem.NotOpen");
        }

        State = TandemState.Ended;
    }

    /// <summary>Only the person asked can answer, and only once.</summary>
    private void Respond(Guid byUserId, TandemState answer, DateTimeOffset now)
    {
        if (byUserId != PartnerId)
        {
            throw new DomainException("Tandem.NotYours");
        }

        if (State != TandemState.Requested)
        {
            throw new DomainException("Tandem.NotOpen");
        }

        State = answer;
        RespondedAt = now;
    }
}
