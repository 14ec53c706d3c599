using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>The current hub's setup checklist, with progress per phase, its status and the next step, for its coordinators.</summary>
public sealed class GetSetup(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Item(Guid Id, int PhaseNumber, int Position, ManualText Text, bool IsDone, string? Note, DateOnly? DueDate);

    public sealed record View(HubStatus Status, HubStatus? Next, IReadOnlyList<PhaseProgress> Phases, IReadOnlyList<Item> Items, int Percent, TemplateContent? StrategyGuidance);

    public async Task<View> HandleAsync(CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await db.SetupItems.AsNoTracking().OrderBy(i => i.PhaseNumber).ThenBy(i => i.Position).ToListAsync(ct);
        var status = await db.Hubs.Where(h => h.Id == hub.Id).Select(h => h.Status).SingleAsync(ct);
        var strategyId = await db.HubManualOrigins.Select(o => o.StrategyVersionId).SingleOrDefaultAsync(ct);
        var strategy = strategyId is null ? null : await db.TemplateVersions.AsNoTracking().Where(v => v.Id == strategyId).Select(v => v.Content).SingleOrDefaultAsync(ct);
        return new View(status, HubStatusMoves.Next(status), SetupProgress.PerPhase(items),
            [.. items.Select(i => new Item(i.Id, i.PhaseNumber, i.Position, i.Text, i.IsDone, i.Note, i.DueDate))],
            SetupProgress.Percent(items), strategy);
    }
}

/// <summary>A coordinator ticks, unticks or plans (note, due date) one item of their hub's setup checklist.</summary>
public sealed class ChangeSetupItem(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task TickAsync(Guid itemId, bool done, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.SetupItems.SingleOrDefaultAsync(i => i.Id == itemId, ct) ?? throw new NotFoundException();
        if (done)
        {
            item.Tick(userId, time.GetUtcNow());
        }
        else
        {
            item.Untick();
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task PlanAsync(Guid itemId, string? note, DateOnly? dueDate, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.SetupItems.SingleOrDefaultAsync(i => i.Id == itemId, ct) ?? throw new NotFoundException();
        item.Plan(note, dueDate);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// A coordinator (or network admin) moves the hub one step along its life cycle. The resolver forgets the hub at
/// once, so its public page and every hub page see the new status without waiting for the cache.
/// </summary>
public sealed class MoveHubStatus(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, HubResolver resolver, TimeProvider time)
{
    public async Task HandleAsync(HubStatus to, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var access = await authorizer.GetAccessAsync(ct);
        var who = new HubSteward(access.Membership?.Allows(HubPermission.Manage) == true, access.IsNetworkAdmin);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Hubs.SingleAsync(h => h.Id == hub.Id, ct);
        var from = row.Status;
        HubStatusMoves.Move(row, who, to);
        db.AuditEntries.Add(new AuditEntry
        {
            HubId = hub.Id, ActorUserId = access.UserId!.Value, Action = AuditActions.HubStatusChanged, EntityType = nameof(Hub),
            EntityId = hub.Id.ToString(), Detail = $"{from} -> {to}", At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        resolver.Forget(hub.Slug);
    }
}

public static class ManualServiceCollectionExtensions
{
    public static IServiceCollection AddManual(this IServiceCollection services)
    {
        services.AddScoped<ListTemplateVersions>();
        services.AddScoped<SaveTemplateVersion>();
        services.AddScoped<DeleteTemplateVersion>();
        services.AddScoped<OpenHub>();
        services.AddScoped<GetWizardChoices>();
        services.AddScoped<GetSetup>();
        services.AddScoped<GetManualChanges>();
        services.AddScoped<ChangeSetupItem>();
        services.AddScoped<MoveHubStatus>();
        return services;
    }
}
