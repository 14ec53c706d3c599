using IntegrationHubs.Domain.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength);
        builder.Property(m => m.CountryCode).HasMaxLength(Municipality.CountryCodeLength).IsFixedLength();
        builder.Property(m => m.Region).HasMaxLength(Municipality.RegionMaxLength);
        builder.HasIndex(m => new { m.CountryCode, m.Name }).IsUnique();
    }
}
