using IntegrationHubs.Domain.Manual;
using static IntegrationHubs.UnitTests.Manual.ManualTestData;

namespace IntegrationHubs.UnitTests.Manual;

public sealed class TemplateChangesTests
{
    [Fact]
    public void SameContent_HasNoChanges() =>
        TemplateChanges.Between(Strategy, Strategy).ShouldBeEmpty();

    [Fact]
    public void NewGuidance_IsOneChange()
    {
        var later = Strategy with { Guidance = T("# Strategy, revised") };

        TemplateChanges.Between(Strategy, later).ShouldBe([new TemplateChange(TemplateChangeKind.GuidanceChanged)]);
    }

    [Fact]
    public void Activities_AddedAndRemoved_AreNamedWithTheirPhase()
    {
        var later = TemplateContent.Strategy(T("# Strategy"),
            Phase("Understand", "Walk the streets", "Map the neighbourhood's associations"), Phase("Open the doors", "Open day"));

        var changes = TemplateChanges.Between(Strategy, later);

        changes.ShouldBe([
            new TemplateChange(TemplateChangeKind.ActivityAdded, T("Understand"), T("Map the neighbourhood's associations")),
            new TemplateChange(TemplateChangeKind.ActivityRemoved, T("Understand"), T("Talk to ten people")),
        ]);
    }

    [Fact]
    public void Phases_AddedRemovedAndLonger_AreListed()
    {
        var longer = Phase("Understand", "Walk the streets", "Talk to ten people") with { SuggestedWeeks = 8 };
        var later = TemplateContent.Strategy(T("# Strategy"), longer, Phase("First initiatives", "Idea evening"));

        var changes = TemplateChanges.Between(Strategy, later);

        changes.ShouldBe([
            new TemplateChange(TemplateChangeKind.Changed, T("Understand")),
            new TemplateChange(TemplateChangeKind.Added, T("First initiatives")),
            new TemplateChange(TemplateChangeKind.Removed, T("Open the doors")),
        ]);
    }

    [Fact]
    public void SpaceTypes_ChangedInAnyFigure_AreListedByName()
    {
        var before = TemplateContent.Spatial(T("# Rooms"), Cafe);
        var after = TemplateContent.Spatial(T("# Rooms"), Cafe with { Capacity = 50 });

        TemplateChanges.Between(before, after).ShouldBe([new TemplateChange(TemplateChangeKind.Changed, T("Café"))]);
    }

    [Fact]
    public void Modules_AddedAndRemoved_AreListed()
    {
        var before = TemplateContent.Curriculum(T("# Curriculum"), Module("Idea"), Module("Budget"));
        var after = TemplateContent.Curriculum(T("# Curriculum"), Module("Idea"), Module("Pitch"));

        TemplateChanges.Between(before, after).ShouldBe([
            new TemplateChange(TemplateChangeKind.Added, T("Pitch")),
            new TemplateChange(TemplateChangeKind.Removed, T("Budget")),
        ]);
    }
}
