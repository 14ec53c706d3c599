using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Spaces;

namespace IntegrationHubs.Domain.Manual;

/// <summary>The three parts of the Manual a network keeps as templates for new hubs.</summary>
public enum TemplateKind
{
    /// <summary>The spatial programme: the kinds of room a hub has, with size, capacity, features and booking policy.</summary>
    SpatialProgramme = 0,

    /// <summary>The incubation curriculum: ordered modules, each with goals, suggested sessions and one milestone.</summary>
    Curriculum = 1,

    /// <summary>The community-building strategy: phases, each with activities and a suggested duration.</summary>
    Strategy = 2,
}

/// <summary>One kind of room of the spatial programme; a new hub creates as many spaces of it as it needs.</summary>
public sealed record SpaceTypeTemplate(
    SpaceType Type, ManualText Name, int TypicalSizeSquareMetres, int Capacity, SpaceFeatures Features,
    WhoMayBook WhoMayBook, bool RequiresApproval, int MaxHours)
{
    public const int MaxSize = 5000;

    /// <summary>A hub with several spaces of one type numbers them ("Werkstatt 10"): the space's name needs room for that.</summary>
    public const int NameMaxLength = Space.NameMaxLength - 4;

    /// <summary>The longest booking a type may allow, in whole hours, as the booking policy allows it.</summary>
    public static readonly int MaxHoursLimit = (int)BookingPolicy.MaxDurationLimit.TotalHours;

    public bool IsValid =>
        Enum.IsDefined(Type) && Name.IsComplete(NameMaxLength) && TypicalSizeSquareMetres is > 0 and <= MaxSize
        && Capacity is > 0 and <= Space.CapacityMax && (Features & ~SpaceFeatureSet.All) == 0 && Enum.IsDefined(WhoMayBook)
        && MaxHours > 0 && MaxHours <= MaxHoursLimit;

    /// <summary>The booking policy a space of this type starts with.</summary>
    public BookingPolicy Policy => new() { WhoMayBook = WhoMayBook, RequiresApproval = RequiresApproval, MaxDuration = TimeSpan.FromHours(MaxHours) };
}

/// <summary>One module of the curriculum template.</summary>
public sealed record ModuleTemplate(ManualText Title, ManualText Goals, ManualText SuggestedSessions, ManualText Milestone)
{
    public bool IsValid =>
        Title.IsComplete(ModuleText.TitleMaxLength) && Goals.IsComplete(ModuleText.TextMaxLength)
        && SuggestedSessions.IsComplete(ModuleText.TextMaxLength) && Milestone.IsComplete(ModuleText.TextMaxLength);

    /// <summary>The hub's own copy: the suggested sessions join the goals, so the hub's module keeps all the guidance.</summary>
    public ModuleText ToModuleText() => new ModuleText(
        Title.De, Fit($"{Goals.De}\n\n{SuggestedSessions.De}"), Milestone.De,
        Title.En, Fit($"{Goals.En}\n\n{SuggestedSessions.En}"), Milestone.En).Checked();

    private static string Fit(string text) => text.Length <= ModuleText.TextMaxLength ? text : text[..ModuleText.TextMaxLength];
}

/// <summary>One phase of the community-building strategy, with its activities as a checklist.</summary>
public sealed record PhaseTemplate(ManualText Title, int SuggestedWeeks, IReadOnlyList<ManualText> Activities)
{
    public const int MaxActivities = 30;
    public const int MaxWeeks = 104;

    public bool IsValid =>
        Title.IsComplete(SetupItem.PhaseMaxLength) && SuggestedWeeks is > 0 and <= MaxWeeks
        && Activities.Count is > 0 and <= MaxActivities && Activities.All(a => a.IsComplete(SetupItem.TextMaxLength));
}

/// <summary>
/// What one version of a template says. Only the list of its kind is filled; <see cref="Guidance"/> is the Manual's
/// reading text (Markdown) coordinators see beside their checklist.
/// </summary>
public sealed record TemplateContent(
    ManualText Guidance,
    IReadOnlyList<SpaceTypeTemplate> SpaceTypes,
    IReadOnlyList<ModuleTemplate> Modules,
    IReadOnlyList<PhaseTemplate> Phases)
{
    public const int GuidanceMaxLength = 20000;
    public const int MaxEntries = 30;

    public static TemplateContent Spatial(ManualText guidance, params SpaceTypeTemplate[] types) => new(guidance, types, [], []);

    public static TemplateContent Curriculum(ManualText guidance, params ModuleTemplate[] modules) => new(guidance, [], modules, []);

    public static TemplateContent Strategy(ManualText guidance, params PhaseTemplate[] phases) => new(guidance, [], [], phases);

    /// <summary>The most entries a version of <paramref name="kind"/> may have (a hub's curriculum has its own, lower limit).</summary>
    public static int MaxEntriesOf(TemplateKind kind) => kind == TemplateKind.Curriculum ? Math.Min(MaxEntries, CurriculumModule.MaxModules) : MaxEntries;

    /// <summary>
    /// Whether this content fits <paramref name="kind"/>: the right list, non-empty, each entry valid, the others empty,
    /// and German names unique — <see cref="TemplateChanges"/> matches entries across versions by them.
    /// </summary>
    public bool FitsKind(TemplateKind kind) => kind switch
    {
        TemplateKind.SpatialProgramme => Ok(SpaceTypes, kind, s => s.IsValid, s => s.Name) && Modules.Count == 0 && Phases.Count == 0,
        TemplateKind.Curriculum => Ok(Modules, kind, m => m.IsValid, m => m.Title) && SpaceTypes.Count == 0 && Phases.Count == 0,
        TemplateKind.Strategy => Ok(Phases, kind, p => p.IsValid, p => p.Title) && SpaceTypes.Count == 0 && Modules.Count == 0,
        _ => false,
    } && Guidance.De.Length <= GuidanceMaxLength && Guidance.En.Length <= GuidanceMaxLength;

    private static bool Ok<T>(IReadOnlyList<T> list, TemplateKind kind, Func<T, bool> valid, Func<T, ManualText> name) =>
        list.Count > 0 && list.Count <= MaxEntriesOf(kind) && list.All(valid)
        && list.Select(e => name(e).De).Distinct(StringComparer.Ordinal).Count() == list.Count;
}
