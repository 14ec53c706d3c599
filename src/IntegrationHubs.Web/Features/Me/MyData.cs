using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Me;

/// <summary>
/// Everything stored about the signed-in person, as JSON. Later features add their rows here
/// (initiatives, bookings, RSVPs, comments) — the export is the person's, not the hubs'.
/// </summary>
public sealed class ExportMyData(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<byte[]> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        var profile = await db.MemberProfiles.AsNoTracking().Include(p => p.Languages).SingleOrDefaultAsync(p => p.UserId == userId, ct);

        // The person's own rows across every hub, read by their own id.
        var memberships = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Hubs, m => m.HubId, h => h.Id, (m, h) => new { Hub = h.Name, h.Slug, m.Roles, m.State, m.JoinedAt })
            .ToListAsync(ct);
        var tandems = await db.Tandems.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(t => t.RequesterId == userId || t.PartnerId == userId)
            .Join(db.Hubs, t => t.HubId, h => h.Id, (t, h) => new { Hub = h.Name, t.RequesterLearns, t.PartnerLearns, t.State, t.CreatedAt, IRequested = t.RequesterId == userId })
            .ToListAsync(ct);
        var initiatives = await db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(i => i.CreatedByUserId == userId)
            .Join(db.Hubs, i => i.HubId, h => h.Id, (i, h) => new { Hub = h.Name, i.Title, i.Summary, i.Category, i.Status, i.CreatedAt, i.SubmittedAt })
            .ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == userId).Select(c => new { c.Kind, c.Version, c.GivenAt }).ToListAsync(ct);
        var actions = await db.AuditEntries.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(a => a.ActorUserId == userId)
            .OrderBy(a => a.At)
            .Select(a => new { a.At, a.Action, a.EntityType })
            .ToListAsync(ct);

        db.AuditEntries.Add(new AuditEntry
        {
            ActorUserId = userId, Action = AuditActions.DataExported, EntityType = "Account", EntityId = userId.ToString(), At = now,
        });
        await db.SaveChangesAsync(ct);

        var export = new
        {
            ExportedAt = now,
            Account = new { user.DisplayName, user.Email, user.EmailConfirmed, user.PreferredCulture, user.CreatedAt },
            Profile = profile is null ? null : new
            {
                Languages = profile.Languages.Select(l => new { l.LanguageCode, l.Level }),
                profile.Skills,
                profile.Interests,
                profile.Background,
                profile.ShowInDirectory,
                profile.UpdatedAt,
            },
            Consents = consents,
            Memberships = memberships,
            Tandems = tandems,
            Initiatives = initiatives,
            ActionsTaken = actions,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }
}

/// <summary>
/// Erases the person at once: account, profile, languages, consents, memberships, tandems, draft
/// initiatives and invitations to their address go; submitted initiatives and audit entries stay,
/// without the link to them, so the hubs' history and figures still add up.
/// </summary>
public sealed class DeleteMyAccount(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, UserManager<ApplicationUser> users, TimeProvider time)
{
    public async Task<bool> HandleAsync(string confirmEmail, CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException();
        if (!string.Equals(user.Email, confirmEmail.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var email = user.Email!;

        // Bulk statements across hubs on purpose: this is the person's own data, wherever it lives.
        await db.AuditEntries.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .Where(a => a.ActorUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorUserId, (Guid?)null), ct);
        await db.HubInvitations.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .Where(i => i.Email == email || i.AcceptedByUserId == userId)
            .ExecuteDeleteAsync(ct);
        await db.HubInvitations.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .Where(i => i.InvitedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.InvitedByUserId, (Guid?)null), ct);
        // A draft is the person's alone; submitted initiatives stay for the hub, their creator cleared by the foreign key.
        await db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter])
            .Where(i => i.CreatedByUserId == userId && i.Status == InitiativeStatus.Draft)
            .ExecuteDeleteAsync(ct);
        // Profile, languages, consents, memberships and tandems go with the account (foreign keys cascade).
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            Action = AuditActions.AccountDeleted, EntityType = "Account", EntityId = userId.ToString(), At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
