namespace IntegrationHubs.Web.Resources;

/// <summary>Marker for the shared UI strings (Strings.resx: German, plus .en, .ar, .uk).</summary>
public sealed class Strings
{
    private Strings()
    {
    }
}
