using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>
/// For the current hub's coordinators: what the Manual's templates say now that they did not say in the versions the hub
/// was opened from. The hub's spaces, curriculum and checklist stay as they are; this tells them what to consider taking over.
/// </summary>
public sealed class GetManualChanges(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Note(int Number, DateTimeOffset At, string? Text);

    public sealed record KindChanges(TemplateKind Kind, int HubVersion, int LatestVersion, IReadOnlyList<Note> Notes, IReadOnlyList<TemplateChange> Changes);

    public async Task<IReadOnlyList<KindChanges>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var origin = await db.HubManualOrigins.AsNoTracking().SingleOrDefaultAsync(ct);
        if (origin is null)
        {
            return [];
        }

        // Template versions belong to the network, not to a hub: no tenant filter applies to them.
        var result = new List<KindChanges>();
        foreach (var (kind, versionId) in new[]
                 {
                     (TemplateKind.SpatialProgramme, origin.SpatialProgrammeVersionId),
                     (TemplateKind.Curriculum, origin.CurriculumVersionId),
                     (TemplateKind.Strategy, origin.StrategyVersionId),
                 })
        {
            if (versionId is null || await db.TemplateVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, ct) is not { } hubs)
            {
                continue;
            }

            var later = await db.TemplateVersions.AsNoTracking()
                .Where(v => v.Kind == kind && v.Number > hubs.Number)
                .OrderBy(v => v.Number)
                .ToListAsync(ct);
            if (later.Count == 0)
            {
                continue;
            }

            var changes = TemplateChanges.Between(hubs.Content, later[^1].Content);
            result.Add(new KindChanges(kind, hubs.Number, later[^1].Number,
                [.. later.Select(v => new Note(v.Number, v.CreatedAt, v.ChangeNote))], changes));
        }

        return result;
    }
}
