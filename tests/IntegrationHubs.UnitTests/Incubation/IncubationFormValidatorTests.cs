using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Web.Features.Incubation;

namespace IntegrationHubs.UnitTests.Incubation;

public sealed class IncubationFormValidatorTests
{
    private readonly CohortForm.Validator _cohort = new(TestLocalizer.Create());
    private readonly CurriculumModuleForm.Validator _module = new(TestLocalizer.Create());

    private static CohortForm Cohort() => new() { Name = "Herbst 2026", StartsOn = new DateTime(2026, 9, 1), EndsOn = new DateTime(2026, 12, 15), Capacity = 5 };

    [Fact]
    public void Cohort_Valid_IsAccepted() => _cohort.Validate(Cohort()).IsValid.ShouldBeTrue();

    [Fact]
    public void Cohort_EndBeforeStart_IsAnErrorAtTheEndDate_InTheReadersLanguage()
    {
        var form = Cohort();
        form.EndsOn = new DateTime(2026, 8, 1);

        var result = TestLocalizer.InCulture("en", () => _cohort.Validate(form));

        result.Errors.Single().PropertyName.ShouldBe(nameof(CohortForm.EndsOn));
        result.Errors.Single().ErrorMessage.ShouldBe("The end is before the start.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IntegrationHubs.Domain.Incubation.Cohort.MaxCapacity + 1)]
    public void Cohort_CapacityOutOfRange_IsAnErrorAtTheCapacity(int capacity)
    {
        var form = Cohort();
        form.Capacity = capacity;

        _cohort.Validate(form).Errors.Single().PropertyName.ShouldBe(nameof(CohortForm.Capacity));
    }

    [Fact]
    public void Cohort_WithoutNameOrDates_NamesEachField()
    {
        var result = _cohort.Validate(new CohortForm { Name = " ", Capacity = 3 });

        result.Errors.Select(e => e.PropertyName).Distinct().Order().ShouldBe([nameof(CohortForm.EndsOn), nameof(CohortForm.Name), nameof(CohortForm.StartsOn)]);
    }

    [Fact]
    public void Module_WithoutTitleAndMilestone_NamesBoth()
    {
        var result = _module.Validate(new CurriculumModuleForm { Goals = "Ziele" });

        result.Errors.Select(e => e.PropertyName).Distinct().Order().ShouldBe([nameof(CurriculumModuleForm.Milestone), nameof(CurriculumModuleForm.Title)]);
    }

    [Fact]
    public void Module_TooLongEnglishGoals_IsAnErrorAtThatField()
    {
        var form = new CurriculumModuleForm { Title = "Idee", Milestone = "Steckbrief", GoalsEn = new string('x', ModuleText.TextMaxLength + 1) };

        _module.Validate(form).Errors.Single().PropertyName.ShouldBe(nameof(CurriculumModuleForm.GoalsEn));
    }

    [Fact]
    public void Module_GermanOnly_IsAccepted() =>
        _module.Validate(new CurriculumModuleForm { Title = "Idee", Milestone = "Steckbrief" }).IsValid.ShouldBeTrue();
}
