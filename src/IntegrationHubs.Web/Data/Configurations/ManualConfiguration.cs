using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Manual;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<TemplateVersion> builder)
    {
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(v => new { v.Kind, v.Number }).IsUnique();
        builder.Property(v => v.ChangeNote).HasMaxLength(TemplateVersion.ChangeNoteMaxLength);

        // A version is read and written whole and never changes: its content is one jsonb document.
        builder.Property(v => v.Content).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<TemplateContent>(s, Json)!,
            new ValueComparer<TemplateContent>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => v));
    }
}

internal sealed class SetupItemConfiguration : IEntityTypeConfiguration<SetupItem>
{
    public void Configure(EntityTypeBuilder<SetupItem> builder)
    {
        builder.HasKey(i => new { i.HubId, i.Id });
        builder.ComplexProperty(i => i.Phase, t =>
        {
            t.Property(x => x.De).HasColumnName("phase_de").HasMaxLength(SetupItem.PhaseMaxLength);
            t.Property(x => x.En).HasColumnName("phase_en").HasMaxLength(SetupItem.PhaseMaxLength);
        });
        builder.ComplexProperty(i => i.Text, t =>
        {
            t.Property(x => x.De).HasColumnName("text_de").HasMaxLength(SetupItem.TextMaxLength);
            t.Property(x => x.En).HasColumnName("text_en").HasMaxLength(SetupItem.TextMaxLength);
        });
        builder.Property(i => i.Note).HasMaxLength(SetupItem.NoteMaxLength);
        builder.HasIndex(i => new { i.HubId, i.PhaseNumber, i.Position });
        builder.HasOne<Hub>().WithMany().HasForeignKey(i => i.HubId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HubManualOriginConfiguration : IEntityTypeConfiguration<HubManualOrigin>
{
    public void Configure(EntityTypeBuilder<HubManualOrigin> builder)
    {
        builder.HasKey(o => o.HubId);
        builder.HasOne<Hub>().WithOne().HasForeignKey<HubManualOrigin>(o => o.HubId).OnDelete(DeleteBehavior.Cascade);

        // A version a hub was opened from stays: the hub compares against it ("what changed since").
        builder.HasOne<TemplateVersion>().WithMany().HasForeignKey(o => o.SpatialProgrammeVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TemplateVersion>().WithMany().HasForeignKey(o => o.CurriculumVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TemplateVersion>().WithMany().HasForeignKey(o => o.StrategyVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
