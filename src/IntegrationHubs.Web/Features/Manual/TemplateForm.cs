using FluentValidation;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>
/// One part of the Manual as the admin edits it: loose, mutable fields, so a half-typed or wrong value stays on the
/// screen with its message until it is fixed. <see cref="ToContent"/> makes the immutable content a version stores.
/// </summary>
public sealed class TemplateForm
{
    public TemplateKind Kind { get; set; }
    public string? GuidanceDe { get; set; }
    public string? GuidanceEn { get; set; }
    public string? ChangeNote { get; set; }
    public List<SpaceTypeForm> SpaceTypes { get; set; } = [];
    public List<ModuleForm> Modules { get; set; } = [];
    public List<PhaseForm> Phases { get; set; } = [];

    public static TemplateForm From(TemplateKind kind, TemplateContent content) => new()
    {
        Kind = kind,
        GuidanceDe = content.Guidance.De,
        GuidanceEn = content.Guidance.En,
        SpaceTypes = [.. content.SpaceTypes.Select(SpaceTypeForm.From)],
        Modules = [.. content.Modules.Select(ModuleForm.From)],
        Phases = [.. content.Phases.Select(PhaseForm.From)],
    };

    /// <summary>The content of this form's kind; the lists of the other kinds stay empty, as a version requires.</summary>
    public TemplateContent ToContent()
    {
        var guidance = Text(GuidanceDe, GuidanceEn);
        return Kind switch
        {
            TemplateKind.SpatialProgramme => TemplateContent.Spatial(guidance, [.. SpaceTypes.Select(s => s.ToTemplate())]),
            TemplateKind.Curriculum => TemplateContent.Curriculum(guidance, [.. Modules.Select(m => m.ToTemplate())]),
            _ => TemplateContent.Strategy(guidance, [.. Phases.Select(p => p.ToTemplate())]),
        };
    }

    internal static ManualText Text(string? de, string? en) => new ManualText(de ?? "", en ?? "").Trimmed();

    /// <summary>
    /// Every limit comes from the domain records the version is checked against, so the form never lets through
    /// what <see cref="TemplateContent.FitsKind"/> would refuse, nor refuses what it allows.
    /// </summary>
    public sealed class Validator : AbstractValidator<TemplateForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.GuidanceDe).Must(g => Length(g) <= TemplateContent.GuidanceMaxLength)
                .WithMessage(_ => l["Manual.Validation.TooLong", TemplateContent.GuidanceMaxLength]);
            RuleFor(x => x.GuidanceEn).Must(g => Length(g) <= TemplateContent.GuidanceMaxLength)
                .WithMessage(_ => l["Manual.Validation.TooLong", TemplateContent.GuidanceMaxLength]);
            RuleFor(x => x.ChangeNote).Must(n => Length(n) <= TemplateVersion.ChangeNoteMaxLength)
                .WithMessage(_ => l["Manual.Validation.TooLong", TemplateVersion.ChangeNoteMaxLength]);

            When(x => x.Kind == TemplateKind.SpatialProgramme, () =>
            {
                RuleFor(x => x.SpaceTypes).Must(s => s.Count > 0 && s.Count <= TemplateContent.MaxEntriesOf(TemplateKind.SpatialProgramme))
                    .WithMessage(_ => l["Manual.Validation.Entries", TemplateContent.MaxEntriesOf(TemplateKind.SpatialProgramme)]);
                RuleForEach(x => x.SpaceTypes).ChildRules(type =>
                {
                    type.RuleFor(t => t.Type).IsInEnum().WithMessage(_ => l["Manual.Validation.Choose"]);
                    TextRules(type, t => t.NameDe, SpaceTypeTemplate.NameMaxLength, l);
                    TextRules(type, t => t.NameEn, SpaceTypeTemplate.NameMaxLength, l);
                    type.RuleFor(t => t.SizeSquareMetres).InclusiveBetween(1, SpaceTypeTemplate.MaxSize)
                        .WithMessage(_ => l["Manual.Validation.Size", SpaceTypeTemplate.MaxSize]);
                    type.RuleFor(t => t.Capacity).InclusiveBetween(1, Space.CapacityMax)
                        .WithMessage(_ => l["Spaces.Validation.Capacity", Space.CapacityMax]);
                    type.RuleFor(t => t.Features).Must(f => (f & ~SpaceFeatureSet.All) == 0).WithMessage(_ => l["Spaces.Validation.UnknownFeature"]);
                    type.RuleFor(t => t.WhoMayBook).IsInEnum().WithMessage(_ => l["Manual.Validation.Choose"]);
                    type.RuleFor(t => t.MaxHours).InclusiveBetween(1, SpaceTypeTemplate.MaxHoursLimit)
                        .WithMessage(_ => l["Manual.Validation.MaxHours", SpaceTypeTemplate.MaxHoursLimit]);
                });
                RuleFor(x => x.SpaceTypes).Custom((types, context) =>
                    Unique(context, nameof(SpaceTypes), types, t => t.NameDe, nameof(SpaceTypeForm.NameDe), l["Manual.Validation.NameTaken"]));
            });

            When(x => x.Kind == TemplateKind.Curriculum, () =>
            {
                RuleFor(x => x.Modules).Must(m => m.Count > 0 && m.Count <= TemplateContent.MaxEntriesOf(TemplateKind.Curriculum))
                    .WithMessage(_ => l["Manual.Validation.Entries", TemplateContent.MaxEntriesOf(TemplateKind.Curriculum)]);
                RuleForEach(x => x.Modules).ChildRules(module =>
                {
                    TextRules(module, m => m.TitleDe, ModuleText.TitleMaxLength, l);
                    TextRules(module, m => m.TitleEn, ModuleText.TitleMaxLength, l);
                    TextRules(module, m => m.GoalsDe, ModuleText.TextMaxLength, l);
                    TextRules(module, m => m.GoalsEn, ModuleText.TextMaxLength, l);
                    TextRules(module, m => m.SessionsDe, ModuleText.TextMaxLength, l);
                    TextRules(module, m => m.SessionsEn, ModuleText.TextMaxLength, l);
                    TextRules(module, m => m.MilestoneDe, ModuleText.TextMaxLength, l);
                    TextRules(module, m => m.MilestoneEn, ModuleText.TextMaxLength, l);
                });
                RuleFor(x => x.Modules).Custom((modules, context) =>
                    Unique(context, nameof(Modules), modules, m => m.TitleDe, nameof(ModuleForm.TitleDe), l["Manual.Validation.TitleTaken"]));
            });

            When(x => x.Kind == TemplateKind.Strategy, () =>
            {
                RuleFor(x => x.Phases).Must(p => p.Count > 0 && p.Count <= TemplateContent.MaxEntriesOf(TemplateKind.Strategy))
                    .WithMessage(_ => l["Manual.Validation.Entries", TemplateContent.MaxEntriesOf(TemplateKind.Strategy)]);
                RuleForEach(x => x.Phases).ChildRules(phase =>
                {
                    TextRules(phase, p => p.TitleDe, SetupItem.PhaseMaxLength, l);
                    TextRules(phase, p => p.TitleEn, SetupItem.PhaseMaxLength, l);
                    phase.RuleFor(p => p.Weeks).InclusiveBetween(1, PhaseTemplate.MaxWeeks)
                        .WithMessage(_ => l["Manual.Validation.Weeks", PhaseTemplate.MaxWeeks]);
                    phase.RuleFor(p => p.Activities).Must(a => a.Count is > 0 and <= PhaseTemplate.MaxActivities)
                        .WithMessage(_ => l["Manual.Validation.Activities", PhaseTemplate.MaxActivities]);
                    phase.RuleForEach(p => p.Activities).ChildRules(activity =>
                    {
                        TextRules(activity, a => a.De, SetupItem.TextMaxLength, l);
                        TextRules(activity, a => a.En, SetupItem.TextMaxLength, l);
                    });
                });
                RuleFor(x => x.Phases).Custom((phases, context) =>
                    Unique(context, nameof(Phases), phases, p => p.TitleDe, nameof(PhaseForm.TitleDe), l["Manual.Validation.TitleTaken"]));
            });
        }

        private static int Length(string? text) => text?.Trim().Length ?? 0;

        /// <summary>Both languages are required: the other UI languages read the English text.</summary>
        private static void TextRules<T>(AbstractValidator<T> rules, System.Linq.Expressions.Expression<Func<T, string?>> field, int maxLength, IStringLocalizer<Strings> l) =>
            rules.RuleFor(field).Cascade(CascadeMode.Stop)
                .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => l["Manual.Validation.Required"])
                .Must(t => Length(t) <= maxLength).WithMessage(_ => l["Manual.Validation.TooLong", maxLength]);

        /// <summary>
        /// Versions are compared entry by entry through their German names, so one name may appear only once; the
        /// message goes to every later entry that repeats an earlier one, at its German name.
        /// </summary>
        private static void Unique<T>(ValidationContext<TemplateForm> context, string list, List<T> entries, Func<T, string?> name, string field, string message)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                if (name(entries[i])?.Trim() is { Length: > 0 } value && !seen.Add(value))
                {
                    context.AddFailure($"{list}[{i}].{field}", message);
                }
            }
        }
    }
}

public sealed class SpaceTypeForm
{
    public SpaceType Type { get; set; } = SpaceType.Other;
    public string? NameDe { get; set; }
    public string? NameEn { get; set; }
    public int SizeSquareMetres { get; set; } = 30;
    public int Capacity { get; set; } = 10;
    public SpaceFeatures Features { get; set; } = SpaceFeatures.StepFreeAccess;
    public WhoMayBook WhoMayBook { get; set; } = WhoMayBook.Members;
    public bool RequiresApproval { get; set; } = true;
    public int MaxHours { get; set; } = 4;

    public static SpaceTypeForm From(SpaceTypeTemplate t) => new()
    {
        Type = t.Type, NameDe = t.Name.De, NameEn = t.Name.En, SizeSquareMetres = t.TypicalSizeSquareMetres, Capacity = t.Capacity,
        Features = t.Features, WhoMayBook = t.WhoMayBook, RequiresApproval = t.RequiresApproval, MaxHours = t.MaxHours,
    };

    public SpaceTypeTemplate ToTemplate() =>
        new(Type, TemplateForm.Text(NameDe, NameEn), SizeSquareMetres, Capacity, Features, WhoMayBook, RequiresApproval, MaxHours);
}

public sealed class ModuleForm
{
    public string? TitleDe { get; set; }
    public string? TitleEn { get; set; }
    public string? GoalsDe { get; set; }
    public string? GoalsEn { get; set; }
    public string? SessionsDe { get; set; }
    public string? SessionsEn { get; set; }
    public string? MilestoneDe { get; set; }
    public string? MilestoneEn { get; set; }

    public static ModuleForm From(ModuleTemplate m) => new()
    {
        TitleDe = m.Title.De, TitleEn = m.Title.En, GoalsDe = m.Goals.De, GoalsEn = m.Goals.En,
        SessionsDe = m.SuggestedSessions.De, SessionsEn = m.SuggestedSessions.En, MilestoneDe = m.Milestone.De, MilestoneEn = m.Milestone.En,
    };

    public ModuleTemplate ToTemplate() => new(
        TemplateForm.Text(TitleDe, TitleEn), TemplateForm.Text(GoalsDe, GoalsEn),
        TemplateForm.Text(SessionsDe, SessionsEn), TemplateForm.Text(MilestoneDe, MilestoneEn));
}

public sealed class PhaseForm
{
    public string? TitleDe { get; set; }
    public string? TitleEn { get; set; }
    public int Weeks { get; set; } = 4;
    public List<ActivityForm> Activities { get; set; } = [];

    public static PhaseForm From(PhaseTemplate p) => new()
    {
        TitleDe = p.Title.De, TitleEn = p.Title.En, Weeks = p.SuggestedWeeks,
        Activities = [.. p.Activities.Select(a => new ActivityForm { De = a.De, En = a.En })],
    };

    public PhaseTemplate ToTemplate() => new(TemplateForm.Text(TitleDe, TitleEn), Weeks, [.. Activities.Select(a => TemplateForm.Text(a.De, a.En))]);
}

public sealed class ActivityForm
{
    public string? De { get; set; }
    public string? En { get; set; }
}
