using IntegrationHubs.Domain.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

/// <summary>
/// Bookings. The guarantee that pending and confirmed bookings of one space never overlap is the
/// exclusion constraint <see cref="NoOverlapConstraint"/>, created in raw SQL by the Bookings migration
/// (EF has no model for exclusion constraints).
/// </summary>
internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public const string NoOverlapConstraint = "ex_bookings_no_overlap";

    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.HasKey(b => new { b.HubId, b.Id });
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Purpose).HasMaxLength(Booking.PurposeMaxLength);
        builder.Property(b => b.Reason).HasMaxLength(Booking.ReasonMaxLength);
        builder.Property(b => b.Version).IsRowVersion();
        builder.ToTable(t => t.HasCheckConstraint("ck_bookings_end_after_start", "\"end\" > start"));
        builder.HasIndex(b => new { b.HubId, b.SpaceId, b.Start });
        builder.HasIndex(b => new { b.HubId, b.Status });
        builder.HasIndex(b => b.BookedByUserId);
        builder.HasIndex(b => new { b.HubId, b.SeriesId });

        // The dashboards sum confirmed hours per hub and period from the index alone (docs/metrics.md).
        builder.HasIndex(b => new { b.HubId, b.Start }).IncludeProperties(b => new { b.End, b.SpaceId })
            .HasFilter("status = 'Confirmed'").HasDatabaseName("ix_bookings_metrics");
        builder.HasOne<Space>().WithMany()
            .HasForeignKey(b => new { b.HubId, b.SpaceId })
            .HasPrincipalKey(s => new { s.HubId, s.Id })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.BookedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.DecidedByUserId).OnDelete(DeleteBehavior.SetNull);

        // No foreign key to initiatives: a draft initiative goes with its creator's account, while the booking
        // made for it stays in the hub's calendar (and its utilisation) — the id then simply finds nothing.
        builder.HasIndex(b => new { b.HubId, b.InitiativeId });
    }
}
