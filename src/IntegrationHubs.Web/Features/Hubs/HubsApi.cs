using IntegrationHubs.Web.Operations;

namespace IntegrationHubs.Web.Features.Hubs;

public static class HubsApi
{
    public sealed record HubDto(string Slug, string Name, string Municipality, string CountryCode, string? Neighbourhood, string Address, string Status, IReadOnlyList<string> Languages, string Url);

    public static void MapHubsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Hubs");
        api.MapGet("/hubs", async (ListPublicHubs handler, PublicAddress address, CancellationToken ct) =>
            {
                var hubs = await handler.HandleAsync(ct);
                return TypedResults.Ok(hubs.Select(h => new HubDto(h.Slug, h.Name, h.Municipality, h.CountryCode, h.Neighbourhood, h.Address,
                    h.Status.ToString(), h.Languages, address.Link($"hubs/{h.Slug}"))));
            })
            .WithName("ListHubs")
            .WithSummary("Hubs open to the public (status Prototype or Active).");
    }
}
