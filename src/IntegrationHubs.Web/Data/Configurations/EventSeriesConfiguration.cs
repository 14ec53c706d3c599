using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

/// <summary>A weekly series: the rule its occurrences (rows of <c>events</c> with its <c>series_id</c>) were made from.</summary>
internal sealed class EventSeriesConfiguration : IEntityTypeConfiguration<EventSeries>
{
    public void Configure(EntityTypeBuilder<EventSeries> builder)
    {
        builder.ToTable("event_series", t =>
        {
            t.HasCheckConstraint("ck_event_series_end_after_start", "local_end > local_start");
            t.HasCheckConstraint("ck_event_series_one_end", "(until IS NULL) <> (count IS NULL)");
        });
        builder.HasKey(s => new { s.HubId, s.Id });
        builder.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(12);
        builder.HasOne<Hub>().WithMany().HasForeignKey(s => s.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>Personal calendar feeds: one per person, found by the hash of the token in the address.</summary>
internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.UserId);
        builder.Property(f => f.TokenHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(f => f.TokenHash).IsUnique();

        // Goes with the account: deleting it deletes the feed.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
