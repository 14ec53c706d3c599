using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Members;

/// <summary>
/// A coordinator's invitation by email: a single-use link that expires. Only a hash of the token is
/// stored, so a database read does not hand out working links.
/// </summary>
public sealed class HubInvitation : IHubOwned
{
    public const int EmailMaxLength = 254;
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public required string Email { get; set; }
    public required string TokenHash { get; set; }
    public HubRoles Roles { get; set; } = HubRoles.Member;
    public Guid? InvitedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedByUserId { get; set; }

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Guid userId, DateTimeOffset now)
    {
        if (AcceptedAt is not null)
        {
            throw new DomainException("Invitation.Used");
        }

        if (now >= ExpiresAt)
        {
            throw new DomainException("Invitation.Expired");
        }

        AcceptedAt = now;
        AcceptedByUserId = userId;
    }
}
