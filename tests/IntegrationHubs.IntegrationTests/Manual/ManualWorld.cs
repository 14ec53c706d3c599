using IntegrationHubs.Domain.Manual;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Manual;

/// <summary>A network admin, the seeded templates, and a way to run handlers as a person, inside a hub or outside any.</summary>
internal sealed class ManualWorld(HubsAppFactory app)
{
    public static readonly Uri BaseUri = new("https://hubs.example.org/");

    public Arrange Arrange { get; } = new(app);
    public ApplicationUser Admin { get; private set; } = default!;
    public Guid Spatial { get; private set; }
    public Guid Curriculum { get; private set; }
    public Guid Strategy { get; private set; }

    public async Task BuildAsync()
    {
        await app.ResetDatabaseAsync();
        Admin = await Arrange.UserAsync("admin");
        await Arrange.NetworkAdminAsync(Admin);
        Spatial = await As<SaveTemplateVersion, Guid>(Admin, null, h => h.HandleAsync(TemplateKind.SpatialProgramme, DemoManual.SpatialProgramme, null));
        Curriculum = await As<SaveTemplateVersion, Guid>(Admin, null, h => h.HandleAsync(TemplateKind.Curriculum, DemoManual.Curriculum, null));
        Strategy = await As<SaveTemplateVersion, Guid>(Admin, null, h => h.HandleAsync(TemplateKind.Strategy, DemoManual.Strategy, null));
    }

    public OpenHubForm Form(string slug, string coordinatorEmail) => new()
    {
        NewMunicipalityName = "Halle", NewMunicipalityCountry = "DE", Name = "Hub Halle-Neustadt", Slug = slug,
        Address = "Am Tulpenbrunnen 1, 06122 Halle", Neighbourhood = "Neustadt", TimeZone = "Europe/Berlin", Languages = ["de", "uk"],
        SpatialVersionId = Spatial, SpaceCounts = new() { [0] = 1, [1] = 2 }, CurriculumVersionId = Curriculum, StrategyVersionId = Strategy,
        CoordinatorEmail = coordinatorEmail,
    };

    public Task<OpenHub.Result> OpenAsync(OpenHubForm form) => As<OpenHub, OpenHub.Result>(Admin, null, h => h.HandleAsync(form, BaseUri));

    public async Task<T> As<T>(ApplicationUser user, ResolvedHub? hub, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        if (hub is not null)
        {
            services.GetRequiredService<HubContext>().Enter(hub);
        }

        return await action(services);
    }

    public Task<TResult> As<THandler, TResult>(ApplicationUser user, ResolvedHub? hub, Func<THandler, Task<TResult>> action)
        where THandler : notnull =>
        As(user, hub, s => action(s.GetRequiredService<THandler>()));

    public Task As<THandler>(ApplicationUser user, ResolvedHub? hub, Func<THandler, Task> action)
        where THandler : notnull =>
        As(user, hub, async s => { await action(s.GetRequiredService<THandler>()); return true; });

    public Task<ResolvedHub?> ResolveAsync(string slug) =>
        app.WithScopeAsync(services => services.GetRequiredService<HubResolver>().FindAsync(slug));

    /// <summary>Counts of every table the wizard writes, across hubs.</summary>
    public Task<(int Municipalities, int Hubs, int Spaces, int Modules, int Items, int Invitations, int Origins)> CountsAsync() =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            string[] f = [HubsDbContext.TenantFilter];
            return (await db.Municipalities.CountAsync(), await db.Hubs.CountAsync(), await db.Spaces.IgnoreQueryFilters(f).CountAsync(),
                await db.CurriculumModules.IgnoreQueryFilters(f).CountAsync(), await db.SetupItems.IgnoreQueryFilters(f).CountAsync(),
                await db.HubInvitations.IgnoreQueryFilters(f).CountAsync(), await db.HubManualOrigins.IgnoreQueryFilters(f).CountAsync());
        });

    public Task<T> ReadAsync<T>(ResolvedHub hub, Func<HubsDbContext, Task<T>> query) => HubScope.RunAsync(app, hub, query);
}
