using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class HubMembershipConfiguration : IEntityTypeConfiguration<HubMembership>
{
    public void Configure(EntityTypeBuilder<HubMembership> builder)
    {
        // hub_id leads the key: one membership per person and hub, and the distribution column for Citus.
        builder.HasKey(m => new { m.HubId, m.UserId });
        builder.HasIndex(m => m.UserId);

        // The dashboards count active members joined before a date, per hub (docs/metrics.md).
        builder.HasIndex(m => new { m.HubId, m.State, m.JoinedAt }).IncludeProperties(m => m.UserId).HasDatabaseName("ix_hub_memberships_metrics");
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Hub>().WithMany().HasForeignKey(m => m.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
