using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Incubation;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Incubation;

/// <summary>
/// Two hubs with people in every part incubation knows: in hub A a team member, two coordinators, an assigned and an
/// unassigned mentor and a plain member; in hub B a coordinator who is also a mentor there.
/// Runs handlers as a given person inside a given hub.
/// </summary>
internal sealed class IncubationWorld(HubsAppFactory app)
{
    private readonly Arrange _arrange = new(app);

    public ResolvedHub A { get; private set; } = default!;
    public ResolvedHub B { get; private set; } = default!;
    public ApplicationUser Rana { get; private set; } = default!;
    public ApplicationUser Carla { get; private set; } = default!;
    public ApplicationUser Dmytro { get; private set; } = default!;
    public ApplicationUser Mo { get; private set; } = default!;
    public ApplicationUser Otto { get; private set; } = default!;
    public ApplicationUser Paul { get; private set; } = default!;
    public ApplicationUser Bea { get; private set; } = default!;

    public Arrange Arrange => _arrange;

    public async Task BuildAsync()
    {
        A = await _arrange.HubAsync("Alpha Hub");
        B = await _arrange.HubAsync("Beta Hub");
        Rana = await PersonAsync(A, "Rana Team");
        Carla = await PersonAsync(A, "Carla Coordinator", HubRoles.Member | HubRoles.Coordinator);
        Dmytro = await PersonAsync(A, "Dmytro Coordinator", HubRoles.Member | HubRoles.Coordinator);
        Mo = await PersonAsync(A, "Mo Mentor", HubRoles.Member | HubRoles.Mentor);
        Otto = await PersonAsync(A, "Otto Mentor", HubRoles.Member | HubRoles.Mentor);
        Paul = await PersonAsync(A, "Paul Member");
        Bea = await PersonAsync(B, "Bea Coordinator", HubRoles.Member | HubRoles.Mentor | HubRoles.Coordinator);
    }

    private async Task<ApplicationUser> PersonAsync(ResolvedHub hub, string name, HubRoles roles = HubRoles.Member)
    {
        var user = await _arrange.UserAsync(name, email: Arrange.Email(name.Split(' ')[0].ToLowerInvariant()));
        await _arrange.MembershipAsync(hub, user, roles);
        return user;
    }

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

    public Task<TResult> As<THandler, TResult>(ApplicationUser user, ResolvedHub hub, Func<THandler, Task<TResult>> action)
        where THandler : notnull =>
        As(user, hub, s => action(s.GetRequiredService<THandler>()));

    public Task<T> ReadAsync<T>(Func<HubsDbContext, Task<T>> query) =>
        app.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            return await query(db);
        });

    public static void Ok(InitiativeResult result) => result.Succeeded.ShouldBeTrue(result.RefusalKey);

    /// <summary>A curriculum of <paramref name="count"/> modules in <paramref name="hub"/>, written by its coordinator.</summary>
    public async Task CurriculumAsync(ResolvedHub hub, ApplicationUser coordinator, int count = 3)
    {
        for (var i = 1; i <= count; i++)
        {
            var form = new CurriculumModuleForm { Title = $"Modul {i}", Goals = $"Ziele {i}", Milestone = $"Meilenstein {i}", TitleEn = $"Module {i}" };
            Ok(await As<ChangeCurriculum, InitiativeResult>(coordinator, hub, h => h.SaveAsync(null, form)));
        }
    }

    public async Task<Guid> CohortAsync(ResolvedHub hub, ApplicationUser coordinator, int capacity = 3, string name = "Herbst 2026")
    {
        var form = new CohortForm { Name = name, StartsOn = new DateTime(2026, 9, 1), EndsOn = new DateTime(2026, 12, 15), Capacity = capacity };
        var result = await As<CreateCohort, InitiativeResult>(coordinator, hub, h => h.HandleAsync(form));
        Ok(result);
        return result.Id!.Value;
    }

    private Task<uint> VersionAsync(Guid initiativeId) =>
        ReadAsync(db => db.Initiatives.IgnoreQueryFilters().Where(i => i.Id == initiativeId).Select(i => i.Version).SingleAsync());

    /// <summary>An initiative of <paramref name="creator"/> reviewed by <paramref name="coordinator"/> up to <paramref name="status"/> (Accepted or Declined).</summary>
    public async Task<Guid> InitiativeAsync(ResolvedHub hub, ApplicationUser creator, ApplicationUser coordinator, string title,
        InitiativeStatus status = InitiativeStatus.Accepted)
    {
        var form = new InitiativeForm { Title = title, Summary = $"{title}: wir machen das gemeinsam.", Category = InitiativeCategory.Social, Languages = ["de", "ar"] };
        var draft = await As<SaveInitiativeDraft, InitiativeResult>(creator, hub, h => h.HandleAsync(new(null, 0, form)));
        Ok(draft);
        var id = draft.Id!.Value;
        Ok(await As<SubmitInitiative, InitiativeResult>(creator, hub, async h => await h.HandleAsync(new(id, await VersionAsync(id)))));
        Ok(await As<ReviewInitiative, InitiativeResult>(coordinator, hub, async h => await h.HandleAsync(new(id, await VersionAsync(id), InitiativeStatus.InReview, null))));
        Ok(await As<ReviewInitiative, InitiativeResult>(coordinator, hub, async h => await h.HandleAsync(new(id, await VersionAsync(id), status, "Entscheidung"))));
        return id;
    }

    public Task<InitiativeResult> EnrolAsync(ResolvedHub hub, ApplicationUser coordinator, Guid cohortId, Guid initiativeId) =>
        As<EnrolInitiative, InitiativeResult>(coordinator, hub, h => h.HandleAsync(new(cohortId, initiativeId)));

    public Task<InitiativeResult> LaunchAsync(ResolvedHub hub, ApplicationUser coordinator, Guid initiativeId, InitiativeStatus to = InitiativeStatus.Launched) =>
        As<ReviewInitiative, InitiativeResult>(coordinator, hub, async h => await h.HandleAsync(new(initiativeId, await VersionAsync(initiativeId), to, null)));

    /// <summary>An accepted initiative of Rana enrolled in a fresh cohort of hub A with Mo as its mentor; returns both ids.</summary>
    public async Task<(Guid Cohort, Guid Initiative)> EnrolledWithMentorAsync(string title = "Repair Café")
    {
        await CurriculumAsync(A, Carla);
        var cohort = await CohortAsync(A, Carla);
        var initiative = await InitiativeAsync(A, Rana, Carla, title);
        Ok(await EnrolAsync(A, Carla, cohort, initiative));
        Ok(await As<AssignMentor, InitiativeResult>(Carla, A, h => h.HandleAsync(new(initiative, Mo.Id))));
        return (cohort, initiative);
    }

    public Task<List<Milestone>> MilestonesAsync(Guid initiativeId) =>
        ReadAsync(db => db.Milestones.IgnoreQueryFilters().AsNoTracking().Where(m => m.InitiativeId == initiativeId)
            .Join(db.CohortModules.IgnoreQueryFilters(), m => m.ModuleId, c => c.Id, (m, c) => new { m, c.Position })
            .OrderBy(x => x.Position).Select(x => x.m).ToListAsync());

    /// <summary>Moves milestone number <paramref name="index"/> of the initiative as <paramref name="who"/>, on its current version.</summary>
    public async Task<InitiativeResult> MoveAsync(ApplicationUser who, ResolvedHub hub, Guid initiativeId, int index, MilestoneStatus to, string? note = null)
    {
        var milestone = (await MilestonesAsync(initiativeId))[index];
        return await As<MoveMilestone, InitiativeResult>(who, hub, h => h.HandleAsync(new(milestone.Id, milestone.Version, to, note)));
    }
}
