namespace IntegrationHubs.Web.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<HubContext>();
        services.AddScoped<HubResolver>();
        return services;
    }

    public static IApplicationBuilder UseHubResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<HubResolutionMiddleware>();
}
