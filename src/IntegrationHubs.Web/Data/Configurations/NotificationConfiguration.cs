using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => new { n.HubId, n.Id });
        builder.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        // The recipient's list and unread badge read by user id across hubs.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasOne<Hub>().WithMany().HasForeignKey(n => n.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
