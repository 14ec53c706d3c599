using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>
/// The hub's initiatives the signed-in member may see — their own drafts and every submitted one —
/// optionally of one status: the coordinators' review queue is this list filtered by status.
/// </summary>
public sealed class ListHubInitiatives(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Query(InitiativeStatus? Status = null, bool OnlyMine = false);

    public sealed record Item(Guid Id, uint Version, string Title, InitiativeCategory Category, InitiativeStatus Status,
        string? CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, bool IsMine);

    public async Task<IReadOnlyList<Item>> HandleAsync(Query query, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiatives = db.Initiatives.AsNoTracking().Where(i => i.Status != InitiativeStatus.Draft || i.CreatedByUserId == userId
            || i.Team.Any(m => m.UserId == userId && m.State == TeamMemberState.Accepted));
        if (query.Status is { } status)
        {
            initiatives = initiatives.Where(i => i.Status == status);
        }

        if (query.OnlyMine)
        {
            initiatives = initiatives.Where(i => i.CreatedByUserId == userId || i.Team.Any(m => m.UserId == userId && m.State == TeamMemberState.Accepted));
        }

        return await initiatives
            .OrderBy(i => i.SubmittedAt == null).ThenBy(i => i.SubmittedAt).ThenByDescending(i => i.CreatedAt)
            .Select(i => new Item(
                i.Id, i.Version, i.Title, i.Category, i.Status,
                db.Users.Where(u => u.Id == i.CreatedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                i.CreatedAt, i.SubmittedAt, i.CreatedByUserId == userId || i.Team.Any(m => m.UserId == userId && m.State == TeamMemberState.Accepted)))
            .ToListAsync(ct);
    }
}

/// <summary>Registers the initiative handlers.</summary>
public static class InitiativesServiceCollectionExtensions
{
    public static IServiceCollection AddInitiatives(this IServiceCollection services)
    {
        services.AddScoped<InitiativeSteps>();
        services.AddScoped<SaveInitiativeDraft>();
        services.AddScoped<SubmitInitiative>();
        services.AddScoped<ReviewInitiative>();
        services.AddScoped<GetInitiative>();
        services.AddScoped<ListHubInitiatives>();
        return services;
    }
}
