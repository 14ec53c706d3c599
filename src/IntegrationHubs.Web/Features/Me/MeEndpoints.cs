namespace IntegrationHubs.Web.Features.Me;

public static class MeEndpoints
{
    public static void MapMeEndpoints(this WebApplication app) =>
        app.MapGet("/me/data/export", async (ExportMyData handler, CancellationToken ct) =>
                Results.File(await handler.HandleAsync(ct), "application/json", "integrationhubs-my-data.json"))
            .RequireAuthorization()
            .ExcludeFromDescription();
}
