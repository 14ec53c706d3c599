using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class MunicipalityViewerConfiguration : IEntityTypeConfiguration<MunicipalityViewer>
{
    public void Configure(EntityTypeBuilder<MunicipalityViewer> builder)
    {
        builder.HasKey(v => new { v.UserId, v.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(v => v.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
