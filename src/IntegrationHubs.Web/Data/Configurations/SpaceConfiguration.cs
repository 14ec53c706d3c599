using System.Text.Json;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class SpaceConfiguration : IEntityTypeConfiguration<Space>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Space> builder)
    {
        builder.HasKey(s => new { s.HubId, s.Id });
        builder.Property(s => s.Name).HasMaxLength(Space.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Space.DescriptionMaxLength);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Features);
        builder.Property(s => s.Version).IsRowVersion();
        builder.ComplexProperty(s => s.Policy, policy =>
        {
            policy.Property(p => p.WhoMayBook).HasConversion<string>().HasMaxLength(24);
        });

        // Weekly hours and closures are read and written with their space, never queried on their own: one jsonb each.
        JsonColumn(builder.Property(s => s.OpeningHours));
        JsonColumn(builder.Property(s => s.Closures));
        builder.HasIndex(s => new { s.HubId, s.Name }).IsUnique();
        builder.HasOne<Hub>().WithMany().HasForeignKey(s => s.HubId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void JsonColumn<T>(PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>(),
            new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e)), v => v.ToList()));
}
