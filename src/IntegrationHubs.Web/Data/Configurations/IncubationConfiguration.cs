using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal static class ModuleTextMapping
{
    public static void MapText<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, ModuleText?>> text)
        where T : class =>
        builder.ComplexProperty(text, t =>
        {
            t.Property(x => x.Title).HasColumnName("title").HasMaxLength(ModuleText.TitleMaxLength);
            t.Property(x => x.Goals).HasColumnName("goals").HasMaxLength(ModuleText.TextMaxLength);
            t.Property(x => x.Milestone).HasColumnName("milestone").HasMaxLength(ModuleText.TextMaxLength);
            t.Property(x => x.TitleEn).HasColumnName("title_en").HasMaxLength(ModuleText.TitleMaxLength);
            t.Property(x => x.GoalsEn).HasColumnName("goals_en").HasMaxLength(ModuleText.TextMaxLength);
            t.Property(x => x.MilestoneEn).HasColumnName("milestone_en").HasMaxLength(ModuleText.TextMaxLength);
        });
}

internal sealed class CurriculumModuleConfiguration : IEntityTypeConfiguration<CurriculumModule>
{
    public void Configure(EntityTypeBuilder<CurriculumModule> builder)
    {
        builder.HasKey(m => new { m.HubId, m.Id });
        builder.MapText<CurriculumModule>(m => m.Text);
        builder.HasIndex(m => new { m.HubId, m.Position });
        builder.HasOne<Hub>().WithMany().HasForeignKey(m => m.HubId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.HasKey(c => new { c.HubId, c.Id });
        builder.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength);
        builder.Property(c => c.Version).IsRowVersion();

        // The seat count never passes the capacity, whatever the code does.
        builder.ToTable(t => t.HasCheckConstraint("ck_cohorts_seats", "enrolled_count >= 0 AND enrolled_count <= capacity"));
        builder.HasOne<Hub>().WithMany().HasForeignKey(c => c.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Modules).WithOne()
            .HasForeignKey(m => new { m.HubId, m.CohortId })
            .HasPrincipalKey(c => new { c.HubId, c.Id })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Modules).UsePropertyAccessMode(PropertyAccessMode.Property);
    }
}

internal sealed class CohortModuleConfiguration : IEntityTypeConfiguration<CohortModule>
{
    public void Configure(EntityTypeBuilder<CohortModule> builder)
    {
        builder.HasKey(m => new { m.HubId, m.Id });
        builder.MapText<CohortModule>(m => m.Text);
        builder.HasIndex(m => new { m.HubId, m.CohortId, m.Position });
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        // One cohort per initiative: the key is the initiative.
        builder.HasKey(e => new { e.HubId, e.InitiativeId });
        builder.HasIndex(e => new { e.HubId, e.CohortId });
        builder.HasIndex(e => new { e.HubId, e.MentorUserId });
        builder.HasOne<Initiative>().WithOne().HasForeignKey<Enrolment>(e => new { e.HubId, e.InitiativeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => new { e.HubId, e.CohortId })
            .HasPrincipalKey(c => new { c.HubId, c.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.MentorUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.HasKey(m => new { m.HubId, m.Id });
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.TeamNote).HasMaxLength(Milestone.NoteMaxLength);
        builder.Property(m => m.Feedback).HasMaxLength(Milestone.NoteMaxLength);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasIndex(m => new { m.HubId, m.InitiativeId, m.ModuleId }).IsUnique();
        builder.HasIndex(m => new { m.HubId, m.CohortId });
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(m => new { m.HubId, m.InitiativeId })
            .HasPrincipalKey(e => new { e.HubId, e.InitiativeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CohortModule>().WithMany().HasForeignKey(m => new { m.HubId, m.ModuleId })
            .HasPrincipalKey(c => new { c.HubId, c.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.SignedOffByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
