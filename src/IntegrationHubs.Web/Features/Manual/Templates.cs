using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>Every version of every part of the Manual, newest first per kind, for the admin's list and the wizard's choices.</summary>
public sealed class ListTemplateVersions(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Item(Guid Id, TemplateKind Kind, int Number, DateTimeOffset CreatedAt, string? ChangeNote, TemplateContent Content);

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var versions = await db.TemplateVersions.AsNoTracking().OrderBy(v => v.Kind).ThenByDescending(v => v.Number).ToListAsync(ct);
        return [.. versions.Select(v => new Item(v.Id, v.Kind, v.Number, v.CreatedAt, v.ChangeNote, v.Content))];
    }
}

/// <summary>
/// A network admin edits a part of the Manual: the result is the next version; the versions before it, and every hub
/// opened from them, stay as they were.
/// </summary>
public sealed class SaveTemplateVersion(
    IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<TemplateForm> validator, TimeProvider time)
{
    /// <summary>The admin's edit from the page: refused field by field (a <see cref="ValidationException"/>) before anything is saved.</summary>
    public async Task<Guid> HandleAsync(TemplateForm form, CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        return await HandleAsync(form.Kind, form.ToContent(), form.ChangeNote, ct);
    }

    /// <summary>Saves <paramref name="content"/> as the next version; content that does not fit its kind is refused by the domain.</summary>
    public async Task<Guid> HandleAsync(TemplateKind kind, TemplateContent content, string? changeNote, CancellationToken ct = default)
    {
        var actorId = await authorizer.RequireNetworkAdminAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = await db.TemplateVersions.AsNoTracking().Where(v => v.Kind == kind).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var version = latest is null ? TemplateVersion.First(kind, content, actorId, now) : TemplateVersion.After(latest, content, changeNote, actorId, now);
        db.TemplateVersions.Add(version);
        db.AuditEntries.Add(new AuditEntry
        {
            HubId = null, ActorUserId = actorId, Action = AuditActions.ManualVersionSaved, EntityType = nameof(TemplateVersion),
            EntityId = version.Id.ToString(), Detail = $"{kind} v{version.Number}", At = now,
        });

        // Two admins saving at once both ask for the same number; the unique index lets one win. The other gets a
        // refusal the page shows beside the form, still filled in, rather than a broken circuit that loses the edit.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new Domain.Common.DomainException("Manual.VersionTaken");
        }

        return version.Id;
    }
}

/// <summary>A network admin deletes a template version no hub was opened from (a mistake, say).</summary>
public sealed class DeleteTemplateVersion(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public async Task HandleAsync(Guid versionId, CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var used = await db.HubManualOrigins.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .AnyAsync(o => o.SpatialProgrammeVersionId == versionId || o.CurriculumVersionId == versionId || o.StrategyVersionId == versionId, ct);
        if (used)
        {
            throw new Domain.Common.DomainException("Manual.VersionInUse");
        }

        await db.TemplateVersions.Where(v => v.Id == versionId).ExecuteDeleteAsync(ct);
    }
}
