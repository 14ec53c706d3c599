using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Incubation;

/// <summary>
/// The texts of one curriculum module: a title, the goals and the one milestone that shows the module is done.
/// German is the hub's content language; an English version is optional and shown to everyone else.
/// </summary>
public sealed record ModuleText(string Title, string Goals, string Milestone, string? TitleEn = null, string? GoalsEn = null, string? MilestoneEn = null)
{
    public const int TitleMaxLength = 120;
    public const int TextMaxLength = 1000;

    /// <summary>The title for a reader of <paramref name="language"/>: German readers get German, others English when there is one.</summary>
    public string TitleFor(string language) => Pick(language, Title, TitleEn);

    public string GoalsFor(string language) => Pick(language, Goals, GoalsEn);

    public string MilestoneFor(string language) => Pick(language, Milestone, MilestoneEn);

    private static string Pick(string language, string german, string? english) =>
        language != "de" && !string.IsNullOrWhiteSpace(english) ? english : german;

    /// <summary>Refuses texts that are empty or too long; returns the texts trimmed, optional ones null when blank.</summary>
    public ModuleText Checked()
    {
        static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var text = new ModuleText(Title?.Trim() ?? "", Goals?.Trim() ?? "", Milestone?.Trim() ?? "", Optional(TitleEn), Optional(GoalsEn), Optional(MilestoneEn));
        if (text.Title.Length is 0 or > TitleMaxLength || text.Milestone.Length == 0 || text.Goals.Length > TextMaxLength
            || text.Milestone.Length > TextMaxLength || text.TitleEn?.Length > TitleMaxLength || text.GoalsEn?.Length > TextMaxLength
            || text.MilestoneEn?.Length > TextMaxLength)
        {
            throw new DomainException("Curriculum.Invalid");
        }

        return text;
    }
}

/// <summary>One module of a hub's own incubation curriculum, in the hub's order. Cohorts copy these when they are created.</summary>
public sealed class CurriculumModule : IHubOwned
{
    public const int MaxModules = 30;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public int Position { get; set; }
    public ModuleText Text { get; set; } = new("", "", "");
}

/// <summary>Ordering rules of a curriculum: positions are 0…n-1 without gaps, after every change.</summary>
public static class CurriculumOrder
{
    /// <summary>Moves <paramref name="moving"/> one place up (-1) or down (+1); no move past either end.</summary>
    public static void Move(IList<CurriculumModule> modules, Guid moving, int by)
    {
        var ordered = modules.OrderBy(m => m.Position).ToList();
        var index = ordered.FindIndex(m => m.Id == moving);
        if (index < 0)
        {
            throw new DomainException("Curriculum.NotFound");
        }

        var target = index + Math.Sign(by);
        if (target < 0 || target >= ordered.Count)
        {
            return;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        Renumber(ordered);
    }

    public static void Renumber(IEnumerable<CurriculumModule> modules)
    {
        var position = 0;
        foreach (var module in modules)
        {
            module.Position = position++;
        }
    }
}
