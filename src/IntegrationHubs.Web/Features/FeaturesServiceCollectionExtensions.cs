using FluentValidation;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Community;
using IntegrationHubs.Web.Features.Dashboards;
using IntegrationHubs.Web.Features.Hubs;
using IntegrationHubs.Web.Features.Hubs.Manage;
using IntegrationHubs.Web.Features.Incubation;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Features.Notifications;

namespace IntegrationHubs.Web.Features;

/// <summary>Each feature's handlers, one small class per operation, injected directly into pages.</summary>
public static class FeaturesServiceCollectionExtensions
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        // Hubs
        services.AddScoped<ListPublicHubs>();
        services.AddScoped<GetHubPage>();
        services.AddScoped<GetMyNavigation>();
        services.AddScoped<GetHubOverview>();

        // Me
        services.AddScoped<GetMyProfile>();
        services.AddScoped<UpdateMyProfile>();
        services.AddScoped<GetMemberProfile>();
        services.AddScoped<SaveMemberProfile>();
        services.AddScoped<ExportMyData>();
        services.AddScoped<DeleteMyAccount>();
        services.AddScoped<TagVocabularyStore>();

        // Members
        services.AddScoped<JoinHub>();
        services.AddScoped<LeaveHub>();

        // Members (coordinator area)
        services.AddScoped<ListHubMembers>();
        services.AddScoped<MembershipChanges>();
        services.AddScoped<ApproveMembership>();
        services.AddScoped<SetMemberRoles>();
        services.AddScoped<DeactivateMembership>();
        services.AddScoped<ReactivateMembership>();
        services.AddScoped<ListHubAudit>();

        // Community
        services.AddScoped<ListDirectory>();
        services.AddScoped<SuggestTandemPartners>();
        services.AddScoped<ListMyTandems>();
        services.AddScoped<RequestTandem>();
        services.AddScoped<AnswerTandem>();
        services.AddScoped<EndTandem>();

        // Invitations
        services.AddInvitations();

        // Initiatives
        services.AddInitiatives();
        services.AddInitiativeCommunity();
        services.AddNotifications();

        // Spaces and bookings
        services.AddSpacesAndBookings();
        services.AddIncubation();
        services.AddEvents();
        services.AddPublicEventsCache();

        // Network administration
        services.AddScoped<ListMunicipalityViewers>();
        services.AddScoped<AppointViewer>();
        services.AddScoped<RemoveViewer>();
        services.AddScoped<ListNetworkAudit>();
        services.AddManual();

        // Dashboards
        services.AddDashboards();

        AddValidators(services);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "IntegrationHubs API";
            document.Info.Description = "Public data of the network's hubs (hubs, events, launched initiatives, iCalendar feeds) "
                + "and, signed in, the dashboard figures with small counts suppressed.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>
    /// The browsable API page at /api, from the OpenAPI document: Swagger UI's files come from the package itself, and it
    /// calls nothing but this server (no CDN, no third-party proxy).
    /// </summary>
    public static void UseApiPage(this WebApplication app) => app.UseSwaggerUI(options =>
    {
        options.RoutePrefix = "api";
        options.DocumentTitle = "IntegrationHubs API";
        options.SwaggerEndpoint("/openapi/v1.json", "IntegrationHubs API v1");
    });

    public static void MapFeatureEndpoints(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHubsApi();
        app.MapSpaceFeeds();
        app.MapInitiativesApi();
        app.MapEventsApi();
        app.MapMeEndpoints();
        app.MapMetricsApi();
    }

    private static void AddValidators(IServiceCollection services)
    {
        var validators = typeof(FeaturesServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }
    }
}
