namespace IntegrationHubs.Domain.Events;

/// <summary>
/// A person's secret calendar address for the events they RSVPed to, across hubs. Only the token's hash is kept: the
/// address is shown once, when made; resetting it makes a new one and the old one stops working.
/// </summary>
public sealed class CalendarFeed
{
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
