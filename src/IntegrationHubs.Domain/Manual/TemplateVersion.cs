using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Manual;

/// <summary>
/// One version of one part of the Manual, network-wide (no hub owns it). A version never changes: editing a template
/// writes the next version, and hubs keep the version they were created from.
/// </summary>
public sealed class TemplateVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TemplateKind Kind { get; private set; }

    /// <summary>1, 2, 3… per kind.</summary>
    public int Number { get; private set; }

    public TemplateContent Content { get; private set; } = TemplateContent.Strategy(new("", ""));
    public string? ChangeNote { get; private set; }
    public Guid? CreatedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public const int ChangeNoteMaxLength = 500;

    /// <summary>The first version of a kind.</summary>
    public static TemplateVersion First(TemplateKind kind, TemplateContent content, Guid? by, DateTimeOffset at) =>
        Create(kind, 1, content, null, by, at);

    /// <summary>An edit: the next version after <paramref name="latest"/>, which itself stays as it was.</summary>
    public static TemplateVersion After(TemplateVersion latest, TemplateContent content, string? changeNote, Guid? by, DateTimeOffset at) =>
        Create(latest.Kind, latest.Number + 1, content, changeNote, by, at);

    private static TemplateVersion Create(TemplateKind kind, int number, TemplateContent content, string? changeNote, Guid? by, DateTimeOffset at)
    {
        if (!Enum.IsDefined(kind) || !content.FitsKind(kind) || changeNote?.Trim().Length > ChangeNoteMaxLength)
        {
            throw new DomainException("Manual.InvalidTemplate");
        }

        return new TemplateVersion
        {
            Kind = kind, Number = number, Content = content,
            ChangeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim(),
            CreatedByUserId = by, CreatedAt = at,
        };
    }
}
