namespace IntegrationHubs.Domain.Common;

/// <summary>
/// A row that belongs to exactly one hub (the tenant). The data layer stamps <see cref="HubId"/>
/// on insert, filters every query by it and refuses to save a row of another hub.
/// </summary>
public interface IHubOwned
{
    Guid HubId { get; set; }
}
