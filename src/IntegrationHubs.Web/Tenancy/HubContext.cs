using IntegrationHubs.Domain.Hubs;

namespace IntegrationHubs.Web.Tenancy;

/// <summary>What the current request or circuit knows about the hub it works in.</summary>
public sealed record ResolvedHub(Guid Id, string Slug, string Name, Guid MunicipalityId, HubStatus Status, string TimeZone);

/// <summary>
/// The hub of the current scope: one per HTTP request (set by <see cref="HubResolutionMiddleware"/>)
/// and one per Blazor circuit (set by hub pages as they receive their route). The DbContext reads it.
/// </summary>
public sealed class HubContext
{
    public ResolvedHub? Hub { get; private set; }

    public Guid? HubId => Hub?.Id;

    public void Enter(ResolvedHub hub) => Hub = hub;

    public void Leave() => Hub = null;

    /// <summary>Works in <paramref name="hub"/> until disposed; for seeding and system jobs that visit hubs in turn.</summary>
    public IDisposable EnterTemporarily(ResolvedHub hub)
    {
        var previous = Hub;
        Hub = hub;
        return new Restore(this, previous);
    }

    private sealed class Restore(HubContext context, ResolvedHub? previous) : IDisposable
    {
        public void Dispose() => context.Hub = previous;
    }
}
