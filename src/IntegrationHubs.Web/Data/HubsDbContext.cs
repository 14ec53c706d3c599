using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Data;

/// <summary>
/// The one database context. Hub-owned rows are scoped by the named query filter
/// <see cref="TenantFilter"/>, which reads <see cref="CurrentHubId"/> — a member of this instance,
/// so EF parameterises it per query instead of freezing one hub into the cached model.
/// </summary>
public sealed class HubsDbContext(DbContextOptions<HubsDbContext> options, HubContext hubContext)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Hub> Hubs => Set<Hub>();
    public DbSet<HubMembership> HubMemberships => Set<HubMembership>();
    public DbSet<MunicipalityViewer> MunicipalityViewers => Set<MunicipalityViewer>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MemberProfile> MemberProfiles => Set<MemberProfile>();
    public DbSet<SpokenLanguage> MemberLanguages => Set<SpokenLanguage>();
    public DbSet<TagConcept> TagConcepts => Set<TagConcept>();
    public DbSet<TagTerm> TagTerms => Set<TagTerm>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<HubInvitation> HubInvitations => Set<HubInvitation>();
    public DbSet<Tandem> Tandems => Set<Tandem>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeTransition> InitiativeTransitions => Set<InitiativeTransition>();
    public DbSet<InitiativeTeamMember> InitiativeTeamMembers => Set<InitiativeTeamMember>();
    public DbSet<InitiativeComment> InitiativeComments => Set<InitiativeComment>();
    public DbSet<InitiativeSupport> InitiativeSupports => Set<InitiativeSupport>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Space> Spaces => Set<Space>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<CurriculumModule> CurriculumModules => Set<CurriculumModule>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortModule> CohortModules => Set<CohortModule>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();
    public DbSet<SetupItem> SetupItems => Set<SetupItem>();
    public DbSet<HubManualOrigin> HubManualOrigins => Set<HubManualOrigin>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Rsvp> Rsvps => Set<Rsvp>();
    public DbSet<EventSeries> EventSeries => Set<EventSeries>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The hub this context works in; null outside any hub (then no hub-owned row is visible).</summary>
    public Guid? CurrentHubId => hubContext.HubId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("btree_gist");
        builder.ApplyConfigurationsFromAssembly(typeof(HubsDbContext).Assembly);

        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IHubOwned).IsAssignableFrom).ToList())
        {
            typeof(HubsDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type)
                .Invoke(this, [builder]);
        }

        // Network-level audit entries have no hub; inside a hub only that hub's entries are visible.
        builder.Entity<AuditEntry>().HasQueryFilter(TenantFilter, e => e.HubId == CurrentHubId);
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, IHubOwned =>
        builder.Entity<T>().HasQueryFilter(TenantFilter, e => e.HubId == CurrentHubId);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenancy();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenancy();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Stamps new hub-owned rows with the current hub and refuses any write to another hub's row.</summary>
    private void GuardTenancy()
    {
        foreach (var entry in ChangeTracker.Entries<IHubOwned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity.HubId == Guid.Empty)
                    {
                        entry.Entity.HubId = CurrentHubId ?? throw new CrossHubWriteException(entry.Metadata.ClrType.Name, null, null);
                    }
                    else if (entry.Entity.HubId != CurrentHubId)
                    {
                        throw new CrossHubWriteException(entry.Metadata.ClrType.Name, entry.Entity.HubId, CurrentHubId);
                    }

                    break;
                case EntityState.Modified or EntityState.Deleted:
                    var original = entry.Property(e => e.HubId).OriginalValue;
                    if (original != CurrentHubId || entry.Entity.HubId != original)
                    {
                        throw new CrossHubWriteException(entry.Metadata.ClrType.Name, original, CurrentHubId);
                    }

                    break;
            }
        }

        foreach (var entry in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.HubId is { } hubId && hubId != CurrentHubId)
            {
                throw new CrossHubWriteException(nameof(AuditEntry), hubId, CurrentHubId);
            }
        }
    }
}
