using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class HubMembershipConfiguration : IEntityTypeConfiguration<HubMembership>
{
    /// <summary>Shadow properties: the columns <c>background</c> and <c>languages</c>, copied from the person for the dashboards.</summary>
    public const string MetricsBackground = "Background";

    public const string MetricsLanguages = "Languages";

    public void Configure(EntityTypeBuilder<HubMembership> builder)
    {
        // hub_id leads the key: one membership per person and hub, and the distribution column for Citus.
        builder.HasKey(m => new { m.HubId, m.UserId });
        builder.HasIndex(m => m.UserId);

        // Copies of the person's background and spoken languages, kept equal to the profile by triggers in the same
        // transaction (migration MetricsTallies, decision 0020): the dashboards count a hub's members, their backgrounds and
        // languages from the index below alone instead of looking up every member's profile. The app never writes them.
        builder.Property<string?>(MetricsBackground).HasMaxLength(24).ValueGeneratedOnAddOrUpdate()
            .Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        // Nullable for EF only (it would refuse to insert a membership without a value); the triggers always set one.
        builder.Property<string[]>(MetricsLanguages).HasDefaultValueSql("'{}'").ValueGeneratedOnAddOrUpdate()
            .Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);

        // The dashboards count active members joined before a date, per hub (docs/metrics.md).
        builder.HasIndex(m => new { m.HubId, m.State, m.JoinedAt }).IncludeProperties(MetricsBackground, MetricsLanguages).HasDatabaseName("ix_hub_memberships_metrics");
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Hub>().WithMany().HasForeignKey(m => m.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
