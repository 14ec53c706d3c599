using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(Hub.NameMaxLength);
        builder.Property(h => h.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(h => h.Slug).IsUnique();
        builder.Property(h => h.Address).HasMaxLength(Hub.AddressMaxLength);
        builder.Property(h => h.Neighbourhood).HasMaxLength(Hub.NeighbourhoodMaxLength);
        builder.Property(h => h.TimeZone).HasMaxLength(Hub.TimeZoneMaxLength);
        builder.Property(h => h.Description).HasMaxLength(Hub.DescriptionMaxLength);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.JoinPolicy).HasConversion<string>().HasMaxLength(24);
        builder.HasOne(h => h.Municipality).WithMany(m => m.Hubs).HasForeignKey(h => h.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
