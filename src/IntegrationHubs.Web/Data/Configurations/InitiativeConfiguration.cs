using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.HasKey(i => new { i.HubId, i.Id });
        builder.Property(i => i.Title).HasMaxLength(Initiative.TitleMaxLength);
        builder.Property(i => i.Summary).HasMaxLength(Initiative.SummaryMaxLength);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);

        // Flags stay an integer, like HubRoles: "needs mentoring" is then a bit test in SQL.
        builder.Property(i => i.Needs);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => new { i.HubId, i.Status });
        builder.HasIndex(i => new { i.HubId, i.CreatedByUserId });
        builder.HasOne<Hub>().WithMany().HasForeignKey(i => i.HubId).OnDelete(DeleteBehavior.Cascade);
        // Others depend on a submitted initiative: it outlives its creator's account (their drafts are deleted with it).
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Transitions).WithOne()
            .HasForeignKey(t => new { t.HubId, t.InitiativeId })
            .HasPrincipalKey(i => new { i.HubId, i.Id })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Transitions).UsePropertyAccessMode(PropertyAccessMode.Property);
        // Who is on the team decides almost every rule, so the team comes with every initiative loaded.
        builder.Navigation(i => i.Team).UsePropertyAccessMode(PropertyAccessMode.Property).AutoInclude();
    }
}

internal sealed class InitiativeTransitionConfiguration : IEntityTypeConfiguration<InitiativeTransition>
{
    public void Configure(EntityTypeBuilder<InitiativeTransition> builder)
    {
        builder.HasKey(t => new { t.HubId, t.Id });
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Comment).HasMaxLength(Initiative.CommentMaxLength);
        builder.HasIndex(t => new { t.HubId, t.InitiativeId, t.At });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.ByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
