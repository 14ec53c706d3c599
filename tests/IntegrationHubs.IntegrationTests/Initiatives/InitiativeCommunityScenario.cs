using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Initiatives;

/// <summary>Two hubs with people in them, and shortcuts to run the initiative handlers as one of them.</summary>
internal sealed class InitiativeCommunityScenario(HubsAppFactory app)
{
    public MemberScenario People { get; } = new(app);
    public Hub A { get; private set; } = default!;
    public Hub B { get; private set; } = default!;

    /// <summary>Creator of the initiatives, member of A.</summary>
    public ApplicationUser Rana { get; private set; } = default!;

    /// <summary>Member of A, invited to teams; prefers English.</summary>
    public ApplicationUser Olena { get; private set; } = default!;

    /// <summary>Member of A, not on any team.</summary>
    public ApplicationUser Peter { get; private set; } = default!;

    /// <summary>Coordinator of A.</summary>
    public ApplicationUser Carla { get; private set; } = default!;

    /// <summary>Member (and coordinator) of B only.</summary>
    public ApplicationUser Boris { get; private set; } = default!;

    public async Task ArrangeAsync()
    {
        await app.ResetDatabaseAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        A = await People.HubAsync($"alpha-{tag}");
        B = await People.HubAsync($"beta-{tag}");
        Rana = await People.PersonAsync("Rana Farahani", $"rana-{tag}@example.org");
        Olena = await People.PersonAsync("Olena Kovalenko", $"olena-{tag}@example.org");
        Peter = await People.PersonAsync("Peter Schmidt", $"peter-{tag}@example.org");
        Carla = await People.PersonAsync("Carla Coordinator", $"carla-{tag}@example.org");
        Boris = await People.PersonAsync("Boris Beta", $"boris-{tag}@example.org");
        await People.ReadAsync(db => db.Users.Where(u => u.Id == Olena.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "en")));
        await People.MembershipAsync(A, Rana, HubRoles.Member);
        await People.MembershipAsync(A, Olena, HubRoles.Member);
        await People.MembershipAsync(A, Peter, HubRoles.Member);
        await People.MembershipAsync(A, Carla, HubRoles.Member | HubRoles.Coordinator);
        await People.MembershipAsync(B, Boris, HubRoles.Member | HubRoles.Coordinator);
    }

    public Task<T> As<T, THandler>(ApplicationUser user, Func<THandler, Task<T>> action, Hub? hub = null)
        where THandler : notnull =>
        People.AsAsync(user, hub ?? A, s => action(s.GetRequiredService<THandler>()));

    public static InitiativeForm Cafe() => new()
    {
        Title = "Sprachcafé", Summary = "Jeden Dienstag sprechen wir Deutsch.", Category = InitiativeCategory.Social,
        Languages = ["de", "uk"], Needs = InitiativeNeeds.Space,
    };

    public async Task<Guid> DraftAsync(ApplicationUser by)
    {
        var result = await As<InitiativeResult, SaveInitiativeDraft>(by, h => h.HandleAsync(new(null, 0, Cafe())));
        result.Succeeded.ShouldBeTrue(result.RefusalKey);
        return result.Id!.Value;
    }

    public Task<Initiative> LoadAsync(Guid id) =>
        People.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id));

    public async Task<Guid> SubmittedAsync(ApplicationUser by)
    {
        var id = await DraftAsync(by);
        (await SubmitAsync(by, id)).Succeeded.ShouldBeTrue();
        return id;
    }

    public async Task<InitiativeResult> SubmitAsync(ApplicationUser by, Guid id) =>
        await As<InitiativeResult, SubmitInitiative>(by, async h => await h.HandleAsync(new(id, (await LoadAsync(id)).Version)));

    public async Task<InitiativeResult> ReviewAsync(ApplicationUser by, Guid id, InitiativeStatus to, string? comment) =>
        await As<InitiativeResult, ReviewInitiative>(by, async h => await h.HandleAsync(new(id, (await LoadAsync(id)).Version, to, comment)));

    public Task<InitiativeResult> InviteAsync(ApplicationUser by, Guid id, ApplicationUser who, Hub? hub = null) =>
        As<InitiativeResult, InviteTeamMember>(by, h => h.HandleAsync(new(id, who.Id)), hub);

    public Task<InitiativeResult> AnswerAsync(ApplicationUser by, Guid id, bool accept) =>
        As<InitiativeResult, AnswerTeamInvitation>(by, h => h.HandleAsync(new(id, accept)));

    public async Task JoinTeamAsync(Guid id, ApplicationUser who)
    {
        (await InviteAsync(Rana, id, who)).Succeeded.ShouldBeTrue();
        (await AnswerAsync(who, id, true)).Succeeded.ShouldBeTrue();
    }

    public Task<GetInitiativeCommunity.Result> CommunityAsync(ApplicationUser by, Guid id, Hub? hub = null) =>
        As<GetInitiativeCommunity.Result, GetInitiativeCommunity>(by, h => h.HandleAsync(id), hub);

    public Task<InitiativeResult> CommentAsync(ApplicationUser by, Guid id, string body, Hub? hub = null) =>
        As<InitiativeResult, AddInitiativeComment>(by, h => h.HandleAsync(new(id, new CommentForm { Body = body })), hub);
}
