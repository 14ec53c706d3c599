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
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException();
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
        var teams = await db.InitiativeTeamMembers.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter]), m => new { m.HubId, Id = m.InitiativeId }, i => new { i.HubId, i.Id }, (m, i) => new { m, i.Title })
            .Join(db.Hubs, x => x.m.HubId, h => h.Id, (x, h) => new { Hub = h.Name, Initiative = x.Title, x.m.State, x.m.InvitedAt, x.m.AcceptedAt })
            .ToListAsync(ct);
        var comments = await db.InitiativeComments.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(c => c.AuthorUserId == userId)
            .Join(db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter]), c => new { c.HubId, Id = c.InitiativeId }, i => new { i.HubId, i.Id }, (c, i) => new { Initiative = i.Title, c.Body, c.CreatedAt, c.HiddenAt })
            .ToListAsync(ct);
        var supports = await db.InitiativeSupports.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(s => s.UserId == userId)
            .Join(db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter]), s => new { s.HubId, Id = s.InitiativeId }, i => new { i.HubId, i.Id }, (s, i) => new { Initiative = i.Title, s.Kind, s.At })
            .ToListAsync(ct);
        var notifications = await db.Notifications.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Kind, n.Parameters, n.Link, n.CreatedAt, n.ReadAt })
            .ToListAsync(ct);
        var rsvps = await db.Rsvps.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(r => r.UserId == userId)
            .Join(db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]), r => new { r.HubId, Id = r.EventId }, e => new { e.HubId, e.Id },
                (r, e) => new { Event = e.Title, e.Start, r.Status, r.CreatedAt, r.CancelledAt, r.CheckedInAt })
            .ToListAsync(ct);
        var calendarFeed = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.CreatedAt }).SingleOrDefaultAsync(ct);
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
            InitiativeTeams = teams,
            InitiativeComments = comments,
            InitiativeSupport = supports,
            Notifications = notifications,
            EventRsvps = rsvps,

            // Only that the calendar address exists and since when: its token is never stored.
            CalendarFeed = calendarFeed,
            ActionsTaken = actions,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }
}

/// <summary>
/// Erases the person at once: account, profile, languages, consents, memberships, tandems, draft
/// initiatives, team places, comments, supports, notifications and invitations to their address go; submitted initiatives and audit entries stay,
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
        return await db.InTransactionAsync(async transaction =>
        {
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
            // A draft nobody else is on the team of is the person's alone; submitted initiatives and drafts that
            // others carry on stay for the hub, their creator cleared by the foreign key.
            await db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter])
                .Where(i => i.CreatedByUserId == userId && i.Status == InitiativeStatus.Draft
                    && !i.Team.Any(m => m.State == TeamMemberState.Accepted && m.UserId != userId))
                .ExecuteDeleteAsync(ct);
            // Profile, languages, consents, memberships, tandems, team places and invitations, comments,
            // supports, notifications, RSVPs and the calendar address go with the account (foreign keys cascade).
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
            db.AuditEntries.Add(new AuditEntry
            {
                Action = AuditActions.AccountDeleted, EntityType = "Account", EntityId = userId.ToString(), At = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, ct);
    }
}
