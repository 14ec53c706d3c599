namespace IntegrationHubs.Web.Features.Admin;

/// <summary>Which appointment the admin chose to end in the viewers list.</summary>
public sealed record ViewerRemoval(ListMunicipalityViewers.Row Municipality, ListMunicipalityViewers.Viewer Viewer);
