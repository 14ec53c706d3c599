using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Community;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Me;

/// <summary>
/// Everything stored about the signed-in person, as JSON: every row that holds their id, in every hub — the export is the
/// person's, not the hubs'. A feature that adds a column naming a person adds its section here and to <see cref="PersonalColumns"/>.
/// </summary>
public sealed class ExportMyData(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time, TagVocabularyStore vocabularies)
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
        // The event named so it can be told apart from others of the same title: its hub, start and end.
        var rsvps = await AllHubs(db.Rsvps)
            .Where(r => r.UserId == userId)
            .Join(AllHubs(db.Events), r => new { r.HubId, Id = r.EventId }, e => new { e.HubId, e.Id }, (r, e) => new { r, e })
            .Join(db.Hubs, x => x.r.HubId, h => h.Id,
                (x, h) => new { Hub = h.Name, Event = x.e.Title, x.e.Start, x.e.End, x.r.Status, x.r.CreatedAt, x.r.PromotedAt, x.r.CancelledAt, x.r.CheckedInAt })
            .OrderBy(x => x.Start)
            .ToListAsync(ct);
        var eventsOrganised = await AllHubs(db.Events)
            .Where(e => e.CreatedByUserId == userId || e.ApprovedByUserId == userId)
            .Join(db.Hubs, e => e.HubId, h => h.Id,
                (e, h) => new { Hub = h.Name, e.Title, e.Start, e.End, e.Status, Organised = e.CreatedByUserId == userId, Approved = e.ApprovedByUserId == userId })
            .OrderBy(e => e.Start)
            .ToListAsync(ct);
        var seriesCreated = await AllHubs(db.EventSeries)
            .Where(s => s.CreatedByUserId == userId)
            .Join(db.Hubs, s => s.HubId, h => h.Id, (s, h) => new { Hub = h.Name, s.Weekday, s.LocalStart, s.LocalEnd, s.FirstDate, s.Until, s.Count, s.CreatedAt })
            .ToListAsync(ct);
        var bookings = await AllHubs(db.Bookings)
            .Where(b => b.BookedByUserId == userId || b.DecidedByUserId == userId)
            .Join(AllHubs(db.Spaces), b => new { b.HubId, Id = b.SpaceId }, s => new { s.HubId, s.Id }, (b, s) => new { b, Space = s.Name })
            .Join(db.Hubs, x => x.b.HubId, h => h.Id, (x, h) => new
            {
                Hub = h.Name, x.Space, x.b.Start, x.b.End, x.b.Status, x.b.CreatedAt, x.b.DecidedAt, x.b.ForHub,
                Booked = x.b.BookedByUserId == userId, Decided = x.b.DecidedByUserId == userId,

                // The purpose and the reason are the booker's words: theirs to see, not the deciding coordinator's.
                Purpose = x.b.BookedByUserId == userId ? x.b.Purpose : null,
                Reason = x.b.BookedByUserId == userId ? x.b.Reason : null,
            })
            .OrderBy(b => b.Start)
            .ToListAsync(ct);
        var transitions = await AllHubs(db.InitiativeTransitions)
            .Where(t => t.ByUserId == userId)
            .Join(AllHubs(db.Initiatives), t => new { t.HubId, Id = t.InitiativeId }, i => new { i.HubId, i.Id }, (t, i) => new { Initiative = i.Title, t.From, t.To, t.At, t.Comment })
            .OrderBy(t => t.At)
            .ToListAsync(ct);
        var teamInvitationsSent = await AllHubs(db.InitiativeTeamMembers)
            .Where(m => m.InvitedByUserId == userId)
            .Join(AllHubs(db.Initiatives), m => new { m.HubId, Id = m.InitiativeId }, i => new { i.HubId, i.Id }, (m, i) => new { Initiative = i.Title, m.InvitedAt, m.State })
            .ToListAsync(ct);
        var commentsHidden = await AllHubs(db.InitiativeComments)
            .Where(c => c.HiddenByUserId == userId)
            .Join(AllHubs(db.Initiatives), c => new { c.HubId, Id = c.InitiativeId }, i => new { i.HubId, i.Id }, (c, i) => new { Initiative = i.Title, c.HiddenAt })
            .ToListAsync(ct);
        var mentoring = await AllHubs(db.Enrolments)
            .Where(e => e.MentorUserId == userId)
            .Join(AllHubs(db.Initiatives), e => new { e.HubId, Id = e.InitiativeId }, i => new { i.HubId, i.Id }, (e, i) => new { e, Initiative = i.Title })
            .Join(AllHubs(db.Cohorts), x => new { x.e.HubId, Id = x.e.CohortId }, c => new { c.HubId, c.Id }, (x, c) => new { x.e.HubId, x.Initiative, Cohort = c.Name, x.e.EnrolledAt })
            .Join(db.Hubs, x => x.HubId, h => h.Id, (x, h) => new { Hub = h.Name, x.Initiative, x.Cohort, x.EnrolledAt })
            .ToListAsync(ct);
        var milestonesSignedOff = await AllHubs(db.Milestones)
            .Where(m => m.SignedOffByUserId == userId)
            .Join(AllHubs(db.Initiatives), m => new { m.HubId, Id = m.InitiativeId }, i => new { i.HubId, i.Id }, (m, i) => new { Initiative = i.Title, m.Status, m.SignedOffAt })
            .ToListAsync(ct);
        var invitationsSent = await AllHubs(db.HubInvitations)
            .Where(i => i.InvitedByUserId == userId || i.AcceptedByUserId == userId)
            .Join(db.Hubs, i => i.HubId, h => h.Id, (i, h) => new
            {
                Hub = h.Name, i.Roles, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, SentByMe = i.InvitedByUserId == userId, AcceptedByMe = i.AcceptedByUserId == userId,
            })
            .ToListAsync(ct);
        var viewerOf = await db.MunicipalityViewers.AsNoTracking()
            .Where(v => v.UserId == userId)
            .Join(db.Municipalities, v => v.MunicipalityId, m => m.Id, (v, m) => new { Municipality = m.Name, v.AppointedAt })
            .ToListAsync(ct);
        var setupStepsDone = await AllHubs(db.SetupItems)
            .Where(i => i.DoneByUserId == userId)
            .Join(db.Hubs, i => i.HubId, h => h.Id, (i, h) => new { Hub = h.Name, i.PhaseNumber, i.Position, i.DoneAt, i.Note })
            .ToListAsync(ct);
        var templateVersions = await db.TemplateVersions.AsNoTracking()
            .Where(v => v.CreatedByUserId == userId)
            .Select(v => new { v.Kind, v.Number, v.ChangeNote, v.CreatedAt })
            .ToListAsync(ct);

        // Sign-in: the outside providers and passkeys linked and the roles held; stored tokens (authenticator keys) and the
        // passkeys' keys are named, never given out.
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == userId).Select(l => new { l.LoginProvider, l.ProviderDisplayName }).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking().Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var claims = await db.UserClaims.AsNoTracking().Where(c => c.UserId == userId).Select(c => new { c.ClaimType, c.ClaimValue }).ToListAsync(ct);
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == userId).Select(t => new { t.LoginProvider, t.Name }).ToListAsync(ct);
        var passkeys = (await db.UserPasskeys.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct))
            .Select(p => new { p.Data.Name, p.Data.CreatedAt }).ToList();
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

        // Tags as the person reads them (their language), and as stored (concept keys of the shared vocabulary, or free text).
        var vocabulary = await vocabularies.GetAsync(ct);
        var language = string.IsNullOrEmpty(user.PreferredCulture) ? Localization.Cultures.Default : user.PreferredCulture;
        var export = new
        {
            ExportedAt = now,
            Account = new { user.DisplayName, user.Email, user.EmailConfirmed, user.PreferredCulture, user.CreatedAt },
            Profile = profile is null ? null : new
            {
                Languages = profile.Languages.Select(l => new { l.LanguageCode, l.Level }),
                Skills = profile.Skills.Select(s => vocabulary.Display(s, language)),
                Interests = profile.Interests.Select(s => vocabulary.Display(s, language)),
                SkillsAsStored = profile.Skills,
                InterestsAsStored = profile.Interests,
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
            EventsOrganisedOrApproved = eventsOrganised,
            EventSeriesCreated = seriesCreated,
            Bookings = bookings,
            InitiativeTransitions = transitions,
            InitiativeTeamInvitationsSent = teamInvitationsSent,
            InitiativeCommentsHidden = commentsHidden,
            Mentoring = mentoring,
            MilestonesSignedOff = milestonesSignedOff,
            HubInvitations = invitationsSent,
            MunicipalityViewer = viewerOf,
            SetupStepsDone = setupStepsDone,
            ManualTemplateVersions = templateVersions,
            SignIn = new { Logins = logins, Passkeys = passkeys, Roles = roles, Claims = claims, StoredTokens = tokens },

            // Only that the calendar address exists and since when: its token is never stored.
            CalendarFeed = calendarFeed,
            ActionsTaken = actions,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }

    /// <summary>
    /// Every column that holds a person's id, as table.column, that the export above reads by the person's id. A test walks
    /// the EF model and fails when a foreign key to the users table or a property naming a user id is not listed here:
    /// a new personal column must be added to the export (and here) before it ships.
    /// </summary>
    public static readonly IReadOnlySet<string> PersonalColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        "AspNetUserClaims.user_id", "AspNetUserLogins.user_id", "AspNetUserPasskeys.user_id", "AspNetUserRoles.user_id", "AspNetUserTokens.user_id",
        "audit_entries.actor_user_id",
        "bookings.booked_by_user_id", "bookings.decided_by_user_id",
        "calendar_feeds.user_id",
        "consents.user_id",
        "enrolments.mentor_user_id",
        "event_series.created_by_user_id",
        "events.approved_by_user_id", "events.created_by_user_id",
        "hub_invitations.accepted_by_user_id", "hub_invitations.invited_by_user_id",
        "hub_memberships.user_id",
        "initiative_comments.author_user_id", "initiative_comments.hidden_by_user_id",
        "initiative_supports.user_id",
        "initiative_team_members.invited_by_user_id", "initiative_team_members.user_id",
        "initiative_transitions.by_user_id",
        "initiatives.created_by_user_id",
        "member_languages.user_id", "member_profiles.user_id",
        "milestones.signed_off_by_user_id",
        "municipality_viewers.user_id",
        "notifications.user_id",
        "rsvps.user_id",
        "setup_items.done_by_user_id",
        "tandems.partner_id", "tandems.requester_id",
        "template_versions.created_by_user_id",
    };

    private static IQueryable<T> AllHubs<T>(DbSet<T> set) where T : class =>
        set.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking();
}

/// <summary>
/// Erases the person at once: account, profile, languages, consents, memberships, tandems, draft
/// initiatives, team places, comments, supports, notifications and invitations to their address go; submitted initiatives and audit entries stay,
/// without the link to them, so the hubs' history and figures still add up. Before that, what the person holds that others
/// need is given back through the same operations as a withdrawal or a cancellation (decision 0028): their seats go to the
/// waitlist (who is told), their future bookings are cancelled so the slots are free, their open tandems end.
/// </summary>
public sealed class DeleteMyAccount(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, UserManager<ApplicationUser> users,
    HubContext hubContext, EventNotifier eventNotifier, TimeProvider time)
{
    public async Task<bool> HandleAsync(string confirmEmail, CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException();
        if (!string.Equals(user.Email, confirmEmail.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Who was promoted, known only once committed (an attempt the execution strategy re-runs starts over).
        var promotions = await db.InTransactionAsync(async transaction =>
        {
            var email = user.Email!;

            // First, while the person still exists: the audit entries these write lose their actor below like every other.
            var released = await ReleaseWhatOthersNeedAsync(db, userId, now, ct);

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
            // Tables that name the person without a foreign key to clear it: the checklist tick and the manual version stay, unsigned.
            await db.SetupItems.IgnoreQueryFilters([HubsDbContext.TenantFilter])
                .Where(i => i.DoneByUserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.DoneByUserId, (Guid?)null), ct);
            await db.TemplateVersions
                .Where(v => v.CreatedByUserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.CreatedByUserId, (Guid?)null), ct);
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
                Action = AuditActions.AccountDeleted, EntityType = "Account", EntityId = userId.ToString(), At = now,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return released;
        }, ct);

        // Told after the commit, as on a withdrawal: a seat someone hears of is one that stands.
        foreach (var (hub, ev, promoted) in promotions)
        {
            using var _ = hubContext.EnterTemporarily(hub);
            await eventNotifier.NotifyAsync(hub, ev, promoted, NotificationKinds.EventWaitlistPromoted, ct);
        }

        return true;
    }

    /// <summary>
    /// Hub by hub (the context writes only to the hub it is in): withdraws the person's open RSVPs to events still to come,
    /// cancels their bookings that have not ended and ends their open tandems, each as the person would have done it.
    /// </summary>
    private async Task<List<(ResolvedHub Hub, Event Event, List<Guid> Promoted)>> ReleaseWhatOthersNeedAsync(
        HubsDbContext db, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var anyHub = new[] { HubsDbContext.TenantFilter };
        var rsvpHubs = db.Rsvps.IgnoreQueryFilters(anyHub).Where(r => r.UserId == userId && r.Status != RsvpStatus.Cancelled).Select(r => r.HubId);
        var bookingHubs = db.Bookings.IgnoreQueryFilters(anyHub)
            .Where(b => b.BookedByUserId == userId && b.End > now && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed))
            .Select(b => b.HubId);
        var tandemHubs = db.Tandems.IgnoreQueryFilters(anyHub)
            .Where(t => (t.RequesterId == userId || t.PartnerId == userId) && (t.State == TandemState.Active || t.State == TandemState.Requested))
            .Select(t => t.HubId);
        var hubs = await db.Hubs.AsNoTracking()
            .Where(h => rsvpHubs.Contains(h.Id) || bookingHubs.Contains(h.Id) || tandemHubs.Contains(h.Id))
            .OrderBy(h => h.Id)
            .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone))
            .ToListAsync(ct);

        var promotions = new List<(ResolvedHub, Event, List<Guid>)>();
        foreach (var hub in hubs)
        {
            using var _ = hubContext.EnterTemporarily(hub);

            // Events still to come and not closed: a past or closed event's answers are its history. Locked in id order,
            // so two deletions never wait on each other crosswise. A tick at the door stays (they came).
            var eventIds = await db.Rsvps
                .Where(r => r.UserId == userId && r.Status != RsvpStatus.Cancelled && r.CheckedInAt == null)
                .Where(r => db.Events.Any(e => e.Id == r.EventId && e.Start > now && e.Status != EventStatus.Closed))
                .Select(r => r.EventId).Distinct().OrderBy(id => id).ToListAsync(ct);
            foreach (var eventId in eventIds)
            {
                var ev = await EventLock.LockAsync(db, hub.Id, eventId, ct);
                var rsvp = await db.Rsvps.SingleAsync(r => r.EventId == eventId && r.UserId == userId && r.Status != RsvpStatus.Cancelled, ct);
                var promoted = await RsvpWithdrawal.WithdrawAsync(db, ev, rsvp, now, ct);
                if (promoted.Count > 0)
                {
                    promotions.Add((hub, ev, promoted.Select(p => p.UserId).ToList()));
                }
            }

            var bookings = await db.Bookings
                .Where(b => b.BookedByUserId == userId && b.End > now && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed))
                .ToListAsync(ct);
            foreach (var booking in bookings)
            {
                booking.Cancel(userId, isCoordinator: false, now);
                db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingCancelled, now));
            }

            var tandems = await db.Tandems
                .Where(t => (t.RequesterId == userId || t.PartnerId == userId) && (t.State == TandemState.Active || t.State == TandemState.Requested))
                .ToListAsync(ct);
            foreach (var tandem in tandems)
            {
                tandem.End(userId);
                db.AuditEntries.Add(TandemAudit.Entry(hub.Id, userId, tandem, AuditActions.TandemEnded, now));
            }

            await db.SaveChangesAsync(ct);
        }

        return promotions;
    }
}
