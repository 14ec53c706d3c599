using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Spaces;
using static IntegrationHubs.UnitTests.Manual.ManualTestData;

namespace IntegrationHubs.UnitTests.Manual;

public sealed class TemplateVersionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void First_IsVersionOne()
    {
        var version = TemplateVersion.First(TemplateKind.Strategy, Strategy, null, Now);

        version.Number.ShouldBe(1);
        version.Kind.ShouldBe(TemplateKind.Strategy);
    }

    [Fact]
    public void After_IsTheNextNumber_AndLeavesTheEarlierVersionAsItWas()
    {
        var first = TemplateVersion.First(TemplateKind.Curriculum, TemplateContent.Curriculum(T("g"), Module("One")), null, Now);

        var second = TemplateVersion.After(first, TemplateContent.Curriculum(T("g"), Module("One"), Module("Two")), " more ", Guid.NewGuid(), Now);

        second.Number.ShouldBe(2);
        second.Kind.ShouldBe(TemplateKind.Curriculum);
        second.ChangeNote.ShouldBe("more");
        first.Content.Modules.Count.ShouldBe(1);
        second.Id.ShouldNotBe(first.Id);
    }

    [Fact]
    public void Create_ContentOfAnotherKind_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() => TemplateVersion.First(TemplateKind.SpatialProgramme, Strategy, null, Now));

        ex.Code.ShouldBe("Manual.InvalidTemplate");
    }

    [Fact]
    public void Create_EmptyList_IsRefused() =>
        Should.Throw<DomainException>(() => TemplateVersion.First(TemplateKind.Curriculum, TemplateContent.Curriculum(T("g")), null, Now));

    [Fact]
    public void Create_TextMissingItsEnglish_IsRefused()
    {
        var module = Module("One") with { Title = new ManualText("Eins", "") };

        Should.Throw<DomainException>(() => TemplateVersion.First(TemplateKind.Curriculum, TemplateContent.Curriculum(T("g"), module), null, Now));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(50, 0)]
    [InlineData(50, 2001)]
    public void SpaceType_OutOfRange_IsRefused(int size, int capacity)
    {
        var type = Cafe with { TypicalSizeSquareMetres = size, Capacity = capacity };

        Should.Throw<DomainException>(() => TemplateVersion.First(TemplateKind.SpatialProgramme, TemplateContent.Spatial(T("g"), type), null, Now));
    }

    [Fact]
    public void SpaceType_TwoWithOneName_AreRefused() =>
        Should.Throw<DomainException>(() => TemplateVersion.First(TemplateKind.SpatialProgramme, TemplateContent.Spatial(T("g"), Cafe, Cafe), null, Now));

    [Fact]
    public void SpaceType_Policy_CarriesWhoApprovalAndDuration()
    {
        var type = Cafe with { WhoMayBook = WhoMayBook.InitiativeTeams, RequiresApproval = true, MaxHours = 3 };

        type.Policy.WhoMayBook.ShouldBe(WhoMayBook.InitiativeTeams);
        type.Policy.RequiresApproval.ShouldBeTrue();
        type.Policy.MaxDuration.ShouldBe(TimeSpan.FromHours(3));
        type.Policy.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Phase_WithoutActivities_IsRefused() =>
        Should.Throw<DomainException>(() => TemplateVersion.First(TemplateKind.Strategy, TemplateContent.Strategy(T("g"), Phase("Empty")), null, Now));

    [Fact]
    public void ModuleTemplate_ToModuleText_KeepsBothLanguagesAndTheSessions()
    {
        var text = Module("Idea").ToModuleText();

        text.Title.ShouldBe("Idea (de)");
        text.TitleEn.ShouldBe("Idea (en)");
        text.Goals.ShouldContain("Two sessions (de)");
        text.MilestoneEn.ShouldBe("A milestone (en)");
    }

    [Theory]
    [InlineData("de", "x (de)")]
    [InlineData("en", "x (en)")]
    [InlineData("ar", "x (en)")]
    [InlineData("uk", "x (en)")]
    public void ManualText_For_GivesGermanToGermanReaders_EnglishToEveryoneElse(string language, string expected) =>
        T("x").For(language).ShouldBe(expected);
}
