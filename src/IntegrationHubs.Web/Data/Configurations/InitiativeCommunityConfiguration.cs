using IntegrationHubs.Domain.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHubs.Web.Data.Configurations;

internal sealed class InitiativeTeamMemberConfiguration : IEntityTypeConfiguration<InitiativeTeamMember>
{
    public void Configure(EntityTypeBuilder<InitiativeTeamMember> builder)
    {
        // One row per person and initiative: a second invitation of the same person is refused by the key.
        builder.HasKey(m => new { m.HubId, m.InitiativeId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Initiative>().WithMany(i => i.Team)
            .HasForeignKey(m => new { m.HubId, m.InitiativeId })
            .OnDelete(DeleteBehavior.Cascade);
        // A person's team places and invitations go with their account.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.InvitedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class InitiativeCommentConfiguration : IEntityTypeConfiguration<InitiativeComment>
{
    public void Configure(EntityTypeBuilder<InitiativeComment> builder)
    {
        builder.HasKey(c => new { c.HubId, c.Id });
        builder.Property(c => c.Body).HasMaxLength(InitiativeComment.BodyMaxLength);
        builder.HasIndex(c => new { c.HubId, c.InitiativeId, c.CreatedAt });
        builder.HasIndex(c => c.AuthorUserId);
        builder.HasOne<Initiative>().WithMany()
            .HasForeignKey(c => new { c.HubId, c.InitiativeId })
            .OnDelete(DeleteBehavior.Cascade);
        // A comment is its author's words: it goes with their account.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.HiddenByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class InitiativeSupportConfiguration : IEntityTypeConfiguration<InitiativeSupport>
{
    public void Configure(EntityTypeBuilder<InitiativeSupport> builder)
    {
        // The key is the rule "one of each kind per person": a double click is decided by the database.
        builder.HasKey(s => new { s.HubId, s.InitiativeId, s.UserId, s.Kind });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<Initiative>().WithMany()
            .HasForeignKey(s => new { s.HubId, s.InitiativeId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
