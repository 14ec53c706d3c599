using IntegrationHubs.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

/// <summary>The network-wide vocabulary of skills and interests: no hub id (every hub shares it), no person data.</summary>
internal sealed class TagConceptConfiguration : IEntityTypeConfiguration<TagConcept>
{
    public void Configure(EntityTypeBuilder<TagConcept> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(TagConcept.KeyMaxLength);
        builder.Property(c => c.Kinds).HasConversion<int>();
        builder.HasMany(c => c.Terms).WithOne().HasForeignKey(t => t.ConceptKey).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(TagVocabularySeed.Concepts.Select(c => new { c.Key, c.Kinds }));
    }
}

internal sealed class TagTermConfiguration : IEntityTypeConfiguration<TagTerm>
{
    public void Configure(EntityTypeBuilder<TagTerm> builder)
    {
        builder.HasKey(t => new { t.ConceptKey, t.Language, t.Text });
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Text).HasMaxLength(MemberProfile.TagMaxLength);
        builder.HasData(TagVocabularySeed.Terms.Select(t => new { t.ConceptKey, t.Language, t.Text, t.IsName }));
    }
}
