namespace IntegrationHubs.Web.Tenancy;

/// <summary>A write to a hub-owned row outside the current hub. A bug, never a user error.</summary>
public sealed class CrossHubWriteException : InvalidOperationException
{
    public CrossHubWriteException(string entity, Guid? rowHub, Guid? currentHub)
        : base($"Refused to save {entity} of hub {rowHub?.ToString() ?? "(none)"} while working in hub {currentHub?.ToString() ?? "(none)"}.")
    {
    }

    public CrossHubWriteException()
    {
    }

    public CrossHubWriteException(string message) : base(message)
    {
    }

    public CrossHubWriteException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
