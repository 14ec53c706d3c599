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

    /// <summary>How many tandems one person may ask for in 24 hours, across hubs; keeps requests from becoming spam.</summary>
    public const int MaxRequestsPerDay = 10;

    public TandemState State { get; set; } = TandemState.Requested;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }

    /// <summary>
    /// Asks <paramref name="partner"/> for a tandem in the language <paramref name="requesterLearns"/>. The pairing is
    /// worked out again from both people's languages, so a request that the matcher would not suggest is refused.
    /// </summary>
    /// <param name="requester">Null when the person asking is not an active member of the hub.</param>
    /// <param name="partner">Null when the person asked is not an active member who shows in the hub's directory.</param>
    /// <param name="requestsInLastDay">Tandems the requester asked for in the last 24 hours, in any hub.</param>
    /// <param name="pairHasOpenTandem">Whether the two already have a requested or active tandem in this hub.</param>
    public static Tandem Request(TandemMatcher.Person? requester, TandemMatcher.Person? partner, string requesterLearns,
        int requestsInLastDay, bool pairHasOpenTandem, DateTimeOffset now)
    {
        if (requester is null)
        {
            throw new DomainException("Tandem.MembersOnly");
        }

        if (partner is null || partner.UserId == requester.UserId)
        {
            throw new DomainException("Tandem.PartnerUnavailable");
        }

        if (requestsInLastDay >= MaxRequestsPerDay)
        {
            throw new DomainException("Tandem.DailyLimit");
        }

        if (pairHasOpenTandem)
        {
            throw new DomainException("Tandem.AlreadyOpen");
        }

        var matches = TandemMatcher.Suggest(requester, [partner], requesterLearns);
        if (matches.Count == 0)
        {
            throw new DomainException("Tandem.NoMatch");
        }

        var match = matches[0];
        return new Tandem
        {
            RequesterId = requester.UserId,
            PartnerId = partner.UserId,
            RequesterLearns = match.TheyHelpWith,
            PartnerLearns = match.YouHelpWith,
            CreatedAt = now,
        };
    }

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
