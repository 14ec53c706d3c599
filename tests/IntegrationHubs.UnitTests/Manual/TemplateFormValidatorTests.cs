using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;

namespace IntegrationHubs.UnitTests.Manual;

public sealed class TemplateFormValidatorTests
{
    private static readonly TemplateForm.Validator Validator = new(TestLocalizer.Create());

    private static TemplateForm Spatial() => TemplateForm.From(TemplateKind.SpatialProgramme, DemoManual.SpatialProgramme);

    private static TemplateForm Curriculum() => TemplateForm.From(TemplateKind.Curriculum, DemoManual.Curriculum);

    private static TemplateForm Strategy() => TemplateForm.From(TemplateKind.Strategy, DemoManual.Strategy);

    private static string Long(int length) => new('x', length);

    [Fact]
    public void TheDemoManual_AsForms_IsValid_AndFitsItsKindAgain()
    {
        foreach (var form in new[] { Spatial(), Curriculum(), Strategy() })
        {
            Validator.Validate(form).IsValid.ShouldBeTrue(form.Kind.ToString());
            form.ToContent().FitsKind(form.Kind).ShouldBeTrue(form.Kind.ToString());
        }
    }

    [Fact]
    public void ToContent_KeepsEveryField_TrimmedAndInOrder()
    {
        var form = Strategy();
        form.Phases.Reverse();
        form.Phases[0].TitleDe = "  Neu beginnen ";

        var content = form.ToContent();

        content.Phases[0].Title.De.ShouldBe("Neu beginnen");
        content.Phases[^1].Title.ShouldBe(DemoManual.Strategy.Phases[0].Title);
        content.Phases[^1].Activities.ShouldBe(DemoManual.Strategy.Phases[0].Activities);
        (content.SpaceTypes.Count, content.Modules.Count).ShouldBe((0, 0));
    }

    /// <summary>
    /// One bad value per case: the message is at that field (its path in the form) and names the limit the domain
    /// defines; and the server's own check of the content refuses the same thing, so page and domain agree.
    /// </summary>
    [Theory]
    [InlineData("space name de empty", "SpaceTypes[1].NameDe", "Bitte ausfüllen – Deutsch und Englisch werden beide gebraucht.")]
    [InlineData("space name en too long", "SpaceTypes[1].NameEn", "Höchstens {0} Zeichen.")]
    [InlineData("space type unknown", "SpaceTypes[1].Type", "Bitte wählen Sie aus der Liste.")]
    [InlineData("space size zero", "SpaceTypes[1].SizeSquareMetres", "Die typische Größe liegt zwischen 1 und {0} m².")]
    [InlineData("space size too big", "SpaceTypes[1].SizeSquareMetres", "Die typische Größe liegt zwischen 1 und {0} m².")]
    [InlineData("space capacity zero", "SpaceTypes[1].Capacity", "Die Kapazität liegt zwischen 1 und {0} Personen.")]
    [InlineData("space feature unknown", "SpaceTypes[1].Features", "Bitte wählen Sie Ausstattung aus der Liste.")]
    [InlineData("space who unknown", "SpaceTypes[1].WhoMayBook", "Bitte wählen Sie aus der Liste.")]
    [InlineData("space hours too many", "SpaceTypes[1].MaxHours", "Die Höchstdauer liegt zwischen 1 und {0} Stunden.")]
    [InlineData("space name repeated", "SpaceTypes[2].NameDe", "Diesen deutschen Namen hat schon eine andere Raumart dieser Vorlage.")]
    [InlineData("no space types", "SpaceTypes", "Die Vorlage braucht mindestens einen und höchstens {0} Einträge.")]
    [InlineData("module title too long", "Modules[0].TitleDe", "Höchstens {0} Zeichen.")]
    [InlineData("module goals en empty", "Modules[0].GoalsEn", "Bitte ausfüllen – Deutsch und Englisch werden beide gebraucht.")]
    [InlineData("module sessions too long", "Modules[0].SessionsDe", "Höchstens {0} Zeichen.")]
    [InlineData("module milestone blank", "Modules[0].MilestoneEn", "Bitte ausfüllen – Deutsch und Englisch werden beide gebraucht.")]
    [InlineData("module title repeated", "Modules[1].TitleDe", "Diesen deutschen Titel gibt es in dieser Vorlage schon.")]
    [InlineData("too many modules", "Modules", "Die Vorlage braucht mindestens einen und höchstens {0} Einträge.")]
    [InlineData("phase title too long", "Phases[0].TitleEn", "Höchstens {0} Zeichen.")]
    [InlineData("phase weeks zero", "Phases[0].Weeks", "Die Dauer liegt zwischen 1 und {0} Wochen.")]
    [InlineData("phase weeks too many", "Phases[0].Weeks", "Die Dauer liegt zwischen 1 und {0} Wochen.")]
    [InlineData("phase without activities", "Phases[0].Activities", "Eine Phase hat mindestens eine und höchstens {0} Aktivitäten.")]
    [InlineData("phase too many activities", "Phases[0].Activities", "Eine Phase hat mindestens eine und höchstens {0} Aktivitäten.")]
    [InlineData("activity en empty", "Phases[0].Activities[1].En", "Bitte ausfüllen – Deutsch und Englisch werden beide gebraucht.")]
    [InlineData("activity de too long", "Phases[0].Activities[0].De", "Höchstens {0} Zeichen.")]
    [InlineData("phase title repeated", "Phases[1].TitleDe", "Diesen deutschen Titel gibt es in dieser Vorlage schon.")]
    [InlineData("guidance too long", "GuidanceDe", "Höchstens {0} Zeichen.")]
    public void ABadValue_IsReportedAtItsField_WithItsMessage_AndTheContentIsRefusedToo(string bad, string field, string message)
    {
        var (form, limit) = Spoil(bad);

        var errors = TestLocalizer.InCulture("de", () => Validator.Validate(form).Errors);

        var error = errors.ShouldHaveSingleItem();
        error.PropertyName.ShouldBe(field);
        error.ErrorMessage.ShouldBe(string.Format(System.Globalization.CultureInfo.GetCultureInfo("de"), message, limit));
        form.ToContent().FitsKind(form.Kind).ShouldBeFalse();
    }

    [Fact]
    public void AChangeNote_TooLong_IsReportedAtTheNote()
    {
        var form = Strategy();
        form.ChangeNote = Long(TemplateVersion.ChangeNoteMaxLength + 1);

        var error = TestLocalizer.InCulture("de", () => Validator.Validate(form).Errors).ShouldHaveSingleItem();

        error.PropertyName.ShouldBe(nameof(TemplateForm.ChangeNote));
        error.ErrorMessage.ShouldBe($"Höchstens {TemplateVersion.ChangeNoteMaxLength} Zeichen.");
    }

    [Fact]
    public void Messages_AreInTheReadersLanguage()
    {
        var form = Spatial();
        form.SpaceTypes[0].Capacity = 0;

        var english = TestLocalizer.InCulture("en", () => Validator.Validate(form).Errors).ShouldHaveSingleItem().ErrorMessage;
        var arabic = TestLocalizer.InCulture("ar", () => Validator.Validate(form).Errors).ShouldHaveSingleItem().ErrorMessage;

        english.ShouldNotBe(arabic);
        english.ShouldContain(Space.CapacityMax.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OnlyTheListOfTheFormsKind_IsChecked()
    {
        var form = Strategy();
        form.SpaceTypes = [new SpaceTypeForm { Capacity = 0 }];

        Validator.Validate(form).IsValid.ShouldBeTrue();
        form.ToContent().SpaceTypes.ShouldBeEmpty();
    }

    [Fact]
    public void FitsKind_RefusesRepeatedGermanTitles_ThatVersionsAreComparedBy()
    {
        var module = DemoManual.Curriculum.Modules[0];
        var phase = DemoManual.Strategy.Phases[0];

        DemoManual.Curriculum.WithModules([module, module]).FitsKind(TemplateKind.Curriculum).ShouldBeFalse();
        (DemoManual.Strategy with { Phases = [phase, phase] }).FitsKind(TemplateKind.Strategy).ShouldBeFalse();
    }

    private static (TemplateForm Form, int Limit) Spoil(string bad)
    {
        switch (bad)
        {
            case "space name de empty": return Spatial().With(f => f.SpaceTypes[1].NameDe = " ", 0);
            case "space name en too long": return Spatial().With(f => f.SpaceTypes[1].NameEn = Long(SpaceTypeTemplate.NameMaxLength + 1), SpaceTypeTemplate.NameMaxLength);
            case "space type unknown": return Spatial().With(f => f.SpaceTypes[1].Type = (SpaceType)99, 0);
            case "space size zero": return Spatial().With(f => f.SpaceTypes[1].SizeSquareMetres = 0, SpaceTypeTemplate.MaxSize);
            case "space size too big": return Spatial().With(f => f.SpaceTypes[1].SizeSquareMetres = SpaceTypeTemplate.MaxSize + 1, SpaceTypeTemplate.MaxSize);
            case "space capacity zero": return Spatial().With(f => f.SpaceTypes[1].Capacity = 0, Space.CapacityMax);
            case "space feature unknown": return Spatial().With(f => f.SpaceTypes[1].Features = (SpaceFeatures)1024, 0);
            case "space who unknown": return Spatial().With(f => f.SpaceTypes[1].WhoMayBook = (WhoMayBook)7, 0);
            case "space hours too many": return Spatial().With(f => f.SpaceTypes[1].MaxHours = SpaceTypeTemplate.MaxHoursLimit + 1, SpaceTypeTemplate.MaxHoursLimit);
            case "space name repeated": return Spatial().With(f => f.SpaceTypes[2].NameDe = f.SpaceTypes[0].NameDe, 0);
            case "no space types": return Spatial().With(f => f.SpaceTypes.Clear(), TemplateContent.MaxEntries);
            case "module title too long": return Curriculum().With(f => f.Modules[0].TitleDe = Long(ModuleText.TitleMaxLength + 1), ModuleText.TitleMaxLength);
            case "module goals en empty": return Curriculum().With(f => f.Modules[0].GoalsEn = null, 0);
            case "module sessions too long": return Curriculum().With(f => f.Modules[0].SessionsDe = Long(ModuleText.TextMaxLength + 1), ModuleText.TextMaxLength);
            case "module milestone blank": return Curriculum().With(f => f.Modules[0].MilestoneEn = "\n ", 0);
            case "module title repeated": return Curriculum().With(f => f.Modules[1].TitleDe = f.Modules[0].TitleDe + " ", 0);
            case "too many modules":
                return Curriculum().With(
                    f => f.Modules.AddRange(Enumerable.Range(0, CurriculumModule.MaxModules).Select(i => new ModuleForm
                    {
                        TitleDe = $"Modul {i}", TitleEn = $"Module {i}", GoalsDe = "Ziele", GoalsEn = "Goals", SessionsDe = "Ein Treffen", SessionsEn = "One session",
                        MilestoneDe = "Fertig", MilestoneEn = "Done",
                    })),
                    TemplateContent.MaxEntriesOf(TemplateKind.Curriculum));
            case "phase title too long": return Strategy().With(f => f.Phases[0].TitleEn = Long(SetupItem.PhaseMaxLength + 1), SetupItem.PhaseMaxLength);
            case "phase weeks zero": return Strategy().With(f => f.Phases[0].Weeks = 0, PhaseTemplate.MaxWeeks);
            case "phase weeks too many": return Strategy().With(f => f.Phases[0].Weeks = PhaseTemplate.MaxWeeks + 1, PhaseTemplate.MaxWeeks);
            case "phase without activities": return Strategy().With(f => f.Phases[0].Activities.Clear(), PhaseTemplate.MaxActivities);
            case "phase too many activities":
                return Strategy().With(
                    f => f.Phases[0].Activities = [.. Enumerable.Range(0, PhaseTemplate.MaxActivities + 1).Select(i => new ActivityForm { De = $"Schritt {i}", En = $"Step {i}" })],
                    PhaseTemplate.MaxActivities);
            case "activity en empty": return Strategy().With(f => f.Phases[0].Activities[1].En = "", 0);
            case "activity de too long": return Strategy().With(f => f.Phases[0].Activities[0].De = Long(SetupItem.TextMaxLength + 1), SetupItem.TextMaxLength);
            case "phase title repeated": return Strategy().With(f => f.Phases[1].TitleDe = f.Phases[0].TitleDe, 0);
            case "guidance too long": return Strategy().With(f => f.GuidanceDe = Long(TemplateContent.GuidanceMaxLength + 1), TemplateContent.GuidanceMaxLength);
            default: throw new ArgumentOutOfRangeException(nameof(bad), bad, null);
        }
    }
}

internal static class TemplateFormTestExtensions
{
    public static (TemplateForm, int) With(this TemplateForm form, Action<TemplateForm> spoil, int limit)
    {
        spoil(form);
        return (form, limit);
    }

    public static TemplateContent WithModules(this TemplateContent content, IReadOnlyList<ModuleTemplate> modules) => content with { Modules = modules };
}
