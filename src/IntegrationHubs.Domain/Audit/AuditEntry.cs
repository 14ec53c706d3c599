namespace IntegrationHubs.Domain.Audit;

/// <summary>
/// Who did what to which record, when. <see cref="HubId"/> is null for network-level actions
/// (an account deleted, a municipality viewer appointed); hub-level entries are tenant-filtered.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 80;
    public const int EntityTypeMaxLength = 80;
    public const int EntityIdMaxLength = 80;
    public const int DetailMaxLength = 1000;

    public long Id { get; set; }
    public Guid? HubId { get; set; }

    /// <summary>Null once the acting account has been deleted.</summary>
    public Guid? ActorUserId { get; set; }

    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Detail { get; set; }
    public DateTimeOffset At { get; set; }
}
