using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class HubInvitationConfiguration : IEntityTypeConfiguration<HubInvitation>
{
    public void Configure(EntityTypeBuilder<HubInvitation> builder)
    {
        builder.HasKey(i => new { i.HubId, i.Id });
        builder.Property(i => i.Email).HasMaxLength(HubInvitation.EmailMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne<Hub>().WithMany().HasForeignKey(i => i.HubId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TandemConfiguration : IEntityTypeConfiguration<Tandem>
{
    public void Configure(EntityTypeBuilder<Tandem> builder)
    {
        builder.HasKey(t => new { t.HubId, t.Id });
        builder.Property(t => t.RequesterLearns).HasMaxLength(8);
        builder.Property(t => t.PartnerLearns).HasMaxLength(8);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => new { t.HubId, t.RequesterId });
        builder.HasIndex(t => new { t.HubId, t.PartnerId });
        builder.HasOne<Hub>().WithMany().HasForeignKey(t => t.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.RequesterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
