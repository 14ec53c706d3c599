namespace IntegrationHubs.Domain.Members;

/// <summary>A person appointed to see a municipality's dashboards — aggregates only.</summary>
public sealed class MunicipalityViewer
{
    public Guid UserId { get; set; }
    public Guid MunicipalityId { get; set; }
    public DateTimeOffset AppointedAt { get; set; }
}
