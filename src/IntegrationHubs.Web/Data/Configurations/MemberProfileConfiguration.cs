using IntegrationHubs.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class MemberProfileConfiguration : IEntityTypeConfiguration<MemberProfile>
{
    public void Configure(EntityTypeBuilder<MemberProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.Background).HasConversion<string>().HasMaxLength(24);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<MemberProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Languages).WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.CanTeach);

        // The dashboards look up many people's background at once: answered from the index, without the rows.
        builder.HasIndex(p => p.UserId).IncludeProperties(p => p.Background).HasDatabaseName("ix_member_profiles_background");
        builder.Ignore(p => p.IsLearning);
    }
}

internal sealed class SpokenLanguageConfiguration : IEntityTypeConfiguration<SpokenLanguage>
{
    public void Configure(EntityTypeBuilder<SpokenLanguage> builder)
    {
        builder.ToTable("member_languages");
        builder.HasKey(l => new { l.UserId, l.LanguageCode });
        builder.Property(l => l.LanguageCode).HasMaxLength(8);
        builder.Property(l => l.Level).HasConversion<string>().HasMaxLength(16);
        // Tandem matching and the dashboards' language figures look up by language.
        builder.HasIndex(l => new { l.LanguageCode, l.Level });
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.HasKey(c => new { c.UserId, c.Kind, c.Version });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).HasMaxLength(Consent.VersionMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
