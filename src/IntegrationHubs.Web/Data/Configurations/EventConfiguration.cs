using System.Text.Json;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

/// <summary>
/// Events. The last seat is decided under a row lock on the event (decision 0014), not by these constraints alone; walk-ins
/// are counted by increments in the database and a closed event's attendance is frozen (decision 0019).
/// </summary>
internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => new { e.HubId, e.Id });
        builder.Property(e => e.Title).HasMaxLength(Event.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(Event.DescriptionMaxLength);
        builder.Property(e => e.Language).HasMaxLength(Hub.LanguageCodeMaxLength);
        builder.Property(e => e.Address).HasMaxLength(Event.AddressMaxLength);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Version).IsRowVersion();

        // Translations are read and written with their event, never queried on their own: one jsonb.
        builder.Property(e => e.Translations).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<EventTranslation>>(s, Json) ?? new List<EventTranslation>(),
            new ValueComparer<List<EventTranslation>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e)), v => v.ToList()));
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_end_after_start", "\"end\" > start");
            t.HasCheckConstraint("ck_events_capacity", "capacity > 0");
            t.HasCheckConstraint("ck_events_walk_ins",
                $"walk_ins_newcomer BETWEEN 0 AND {Event.MaxWalkIns} AND walk_ins_resident BETWEEN 0 AND {Event.MaxWalkIns} AND walk_ins_unknown BETWEEN 0 AND {Event.MaxWalkIns}");
            t.HasCheckConstraint("ck_events_checked_in", "checked_in_newcomer >= 0 AND checked_in_resident >= 0 AND checked_in_unknown >= 0");
            t.HasCheckConstraint("ck_events_rsvps_counted", "showed_up BETWEEN 0 AND confirmed_rsvps");

            // Closed exactly when the door closed; what a closed event counted is frozen by a trigger (migrations CheckIn and
            // ClosedEventTallies), and the dashboards read those counts instead of the RSVP rows (decision 0020).
            t.HasCheckConstraint("ck_events_closed_at", "(status = 'Closed') = (closed_at IS NOT NULL)");
            t.HasCheckConstraint("ck_events_one_place", "(space_id IS NULL) <> (address IS NULL)");
        });
        builder.HasIndex(e => new { e.HubId, e.Start });
        builder.HasIndex(e => new { e.HubId, e.Status });
        builder.HasIndex(e => new { e.HubId, e.InitiativeId });
        builder.HasIndex(e => new { e.Status, e.ReminderSentAt, e.Start });
        builder.HasIndex(e => new { e.HubId, e.SeriesId, e.Start });
        builder.HasOne<EventSeries>().WithMany()
            .HasForeignKey(e => new { e.HubId, e.SeriesId })
            .HasPrincipalKey(s => new { s.HubId, s.Id })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hub>().WithMany().HasForeignKey(e => e.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Space>().WithMany()
            .HasForeignKey(e => new { e.HubId, e.SpaceId })
            .HasPrincipalKey(s => new { s.HubId, s.Id })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.ApprovedByUserId).OnDelete(DeleteBehavior.SetNull);

        // No foreign keys to the booking or the initiative: like bookings, the event stays in the hub's history when they go.
    }
}

/// <summary>RSVPs: one active answer per person and event; <see cref="Rsvp.Sequence"/> is the arrival order, given by the database.</summary>
internal sealed class RsvpConfiguration : IEntityTypeConfiguration<Rsvp>
{
    public void Configure(EntityTypeBuilder<Rsvp> builder)
    {
        builder.HasKey(r => new { r.HubId, r.Id });
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Sequence).UseIdentityAlwaysColumn();

        // Who was ticked at the door came: their answer is not withdrawn afterwards (the figures read checked-in RSVPs).
        builder.ToTable(t => t.HasCheckConstraint("ck_rsvps_checked_in_not_cancelled", "checked_in_at IS NULL OR status <> 'Cancelled'"));
        builder.HasIndex(r => new { r.HubId, r.EventId, r.UserId }).IsUnique().HasFilter("status <> 'Cancelled'");
        builder.HasIndex(r => new { r.HubId, r.EventId, r.Status, r.Sequence });
        builder.HasIndex(r => r.UserId);

        // The dashboards count each held event's RSVPs and check-ins from the index alone (docs/metrics.md).
        builder.HasIndex(r => new { r.HubId, r.EventId }).IncludeProperties(r => new { r.Status, r.CheckedInAt, r.UserId }).HasDatabaseName("ix_rsvps_metrics");
        builder.HasOne<Event>().WithMany()
            .HasForeignKey(r => new { r.HubId, r.EventId })
            .HasPrincipalKey(e => new { e.HubId, e.Id })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
