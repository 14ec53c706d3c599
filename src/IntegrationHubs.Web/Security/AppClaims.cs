namespace IntegrationHubs.Web.Security;

public static class AppClaims
{
    public const string DisplayName = "ih:display_name";
    public const string PreferredCulture = "ih:culture";
}

/// <summary>Network-wide Identity roles. Hub roles live on <c>HubMembership</c>, per hub.</summary>
public static class NetworkRoles
{
    public const string NetworkAdmin = "NetworkAdmin";
}

public static class Policies
{
    public const string NetworkAdmin = "NetworkAdmin";
    public const string MunicipalityViewer = "MunicipalityViewer";
    public const string HubMember = "HubMember";
    public const string HubCoordinator = "HubCoordinator";
}
