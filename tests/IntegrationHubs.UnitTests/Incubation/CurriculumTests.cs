using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Incubation;
using static IntegrationHubs.UnitTests.Incubation.IncubationTestData;

namespace IntegrationHubs.UnitTests.Incubation;

public sealed class CurriculumTests
{
    [Fact]
    public void Move_Down_SwapsWithTheNext_AndKeepsPositionsWithoutGaps()
    {
        var modules = Curriculum();

        CurriculumOrder.Move(modules, modules[0].Id, +1);

        modules.OrderBy(m => m.Position).Select(m => m.Text.Title).ShouldBe(["Modul 2", "Modul 1", "Modul 3"]);
        modules.Select(m => m.Position).Order().ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Move_Up_SwapsWithThePrevious()
    {
        var modules = Curriculum();

        CurriculumOrder.Move(modules, modules[2].Id, -1);

        modules.OrderBy(m => m.Position).Select(m => m.Text.Title).ShouldBe(["Modul 1", "Modul 3", "Modul 2"]);
    }

    [Fact]
    public void Move_PastEitherEnd_ChangesNothing()
    {
        var modules = Curriculum();

        CurriculumOrder.Move(modules, modules[0].Id, -1);
        CurriculumOrder.Move(modules, modules[2].Id, +1);

        modules.OrderBy(m => m.Position).Select(m => m.Text.Title).ShouldBe(["Modul 1", "Modul 2", "Modul 3"]);
    }

    [Fact]
    public void Move_UnknownModule_IsRefused() =>
        Should.Throw<DomainException>(() => CurriculumOrder.Move(Curriculum(), Guid.NewGuid(), 1)).Code.ShouldBe("Curriculum.NotFound");

    [Fact]
    public void Text_Checked_TrimsAndDropsBlankTranslations()
    {
        var text = new ModuleText("  Idee schärfen ", " Ziele ", " Ein Satz ", "  ", null, " One sentence ").Checked();

        text.ShouldBe(new ModuleText("Idee schärfen", "Ziele", "Ein Satz", null, null, "One sentence"));
    }

    [Theory]
    [InlineData("", "Meilenstein")]
    [InlineData("Titel", " ")]
    public void Text_Checked_WithoutTitleOrMilestone_IsRefused(string title, string milestone) =>
        Should.Throw<DomainException>(() => new ModuleText(title, "", milestone).Checked()).Code.ShouldBe("Curriculum.Invalid");

    [Fact]
    public void Text_Checked_TooLong_IsRefused() =>
        Should.Throw<DomainException>(() => new ModuleText(new string('x', ModuleText.TitleMaxLength + 1), "", "M").Checked()).Code.ShouldBe("Curriculum.Invalid");

    [Theory]
    [InlineData("de", "Idee")]
    [InlineData("en", "Idea")]
    [InlineData("ar", "Idea")]
    [InlineData("uk", "Idea")]
    public void Text_ForAReader_GermanForGermanReaders_EnglishForEveryoneElse(string language, string expected) =>
        new ModuleText("Idee", "", "M", "Idea").TitleFor(language).ShouldBe(expected);

    [Fact]
    public void Text_WithoutEnglish_IsGermanForEveryone() =>
        new ModuleText("Idee", "Ziele", "M").GoalsFor("ar").ShouldBe("Ziele");
}
