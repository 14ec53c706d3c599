using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.ComponentTests.Manual;

public sealed class TemplateEditorTests : AppComponentContext
{
    /// <summary>The first save compiles the validator's rules; on a busy shared machine that can take longer than bunit's default second.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private int _saves;

    private IRenderedComponent<TemplateEditor> RenderEditor(TemplateForm form, IReadOnlyDictionary<string, string>? errors = null) =>
        Render<TemplateEditor>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Validator, new TemplateForm.Validator(Services.GetRequiredService<IStringLocalizer<Strings>>()))
            .Add(x => x.Errors, errors)
            .Add(x => x.OnSave, () => _saves++));

    private static TemplateForm Spatial() => TemplateForm.From(TemplateKind.SpatialProgramme, DemoManual.SpatialProgramme);

    private static TemplateForm Strategy() => TemplateForm.From(TemplateKind.Strategy, DemoManual.Strategy);

    private static IReadOnlyList<AngleSharp.Dom.IElement> Entries(IRenderedComponent<TemplateEditor> cut, string kind) => cut.FindAll($"fieldset.ih-manual-{kind}");

    private static string FieldText(AngleSharp.Dom.IElement entry, string field) => entry.QuerySelector($".{field}")!.Closest(".mud-input-control")!.TextContent;

    private static void Save(IRenderedComponent<TemplateEditor> cut) => cut.Find("button.ih-manual-save").Click();

    [Fact]
    public void AddingASpaceType_AndFillingItIn_SavesItAsTheLastEntry()
    {
        var form = Spatial();
        var cut = RenderEditor(form);

        cut.Find("button.ih-manual-add").Click();
        cut.WaitForAssertion(() => Entries(cut, "spacetype").Count.ShouldBe(8), Patience);
        Entries(cut, "spacetype")[7].QuerySelector(".ih-manual-name-de input")!.Input("Nähstube");
        Entries(cut, "spacetype")[7].QuerySelector(".ih-manual-name-en input")!.Input("Sewing room");
        Entries(cut, "spacetype")[7].QuerySelector(".ih-manual-capacity input")!.Change("8");
        Save(cut);

        cut.WaitForAssertion(() => _saves.ShouldBe(1), Patience);
        var added = form.ToContent().SpaceTypes[^1];
        (added.Name.De, added.Name.En, added.Capacity).ShouldBe(("Nähstube", "Sewing room", 8));
        Entries(cut, "spacetype")[7].QuerySelector("legend")!.TextContent.ShouldBe("Raumart 8: Nähstube");
    }

    [Fact]
    public void ABadCapacity_IsShownAtItsField_TheTypedValuesStay_AndNothingIsSaved()
    {
        var form = Spatial();
        var cut = RenderEditor(form);
        var workshop = Entries(cut, "spacetype")[1];
        workshop.QuerySelector(".ih-manual-name-de input")!.Input("Offene Werkstatt");
        workshop.QuerySelector(".ih-manual-capacity input")!.Change("0");

        Save(cut);

        cut.WaitForAssertion(() => FieldText(Entries(cut, "spacetype")[1], "ih-manual-capacity").ShouldContain("Die Kapazität liegt zwischen 1 und 2000 Personen."), Patience);
        _saves.ShouldBe(0);
        cut.Find(".ih-manual-check").TextContent.ShouldContain("Gespeichert wurde noch nichts.");
        Entries(cut, "spacetype")[1].QuerySelector(".ih-manual-capacity input")!.GetAttribute("value").ShouldBe("0");
        Entries(cut, "spacetype")[1].QuerySelector(".ih-manual-name-de input")!.GetAttribute("value").ShouldBe("Offene Werkstatt");
        FieldText(Entries(cut, "spacetype")[0], "ih-manual-capacity").ShouldNotContain("Die Kapazität");
        var link = cut.Find(".ih-manual-check .ih-manual-flawed a").ShouldNotBeNull();
        link.TextContent.ShouldBe("Raumart 2: Offene Werkstatt");
        link.GetAttribute("href")!.ShouldEndWith($"#{Entries(cut, "spacetype")[1].Id}");
    }

    [Fact]
    public void RemovingAnEntry_AsksFirst_KeepLeavesIt_RemoveTakesIt()
    {
        var form = Spatial();
        var cut = RenderEditor(form);

        Entries(cut, "spacetype")[0].QuerySelector("button.ih-manual-remove")!.Click();
        cut.WaitForAssertion(() => cut.Find(".ih-manual-confirm").TextContent.ShouldContain("„Stadtteilcafé“ aus der neuen Version entfernen?"), Patience);
        cut.Find("button.ih-manual-remove-no").Click();
        cut.WaitForAssertion(() => cut.FindAll(".ih-manual-confirm").ShouldBeEmpty(), Patience);
        form.SpaceTypes.Count.ShouldBe(7);

        Entries(cut, "spacetype")[0].QuerySelector("button.ih-manual-remove")!.Click();
        cut.Find("button.ih-manual-remove-yes").Click();

        cut.WaitForAssertion(() => Entries(cut, "spacetype").Count.ShouldBe(6), Patience);
        form.SpaceTypes[0].NameDe.ShouldBe("Werkstatt");
        Entries(cut, "spacetype")[0].QuerySelector("legend")!.TextContent.ShouldBe("Raumart 1: Werkstatt");
    }

    [Fact]
    public void MovingDownAndUp_ReordersTheEntries_AndTheFirstCannotMoveUp()
    {
        var form = Strategy();
        var first = form.Phases[0].TitleDe;
        var second = form.Phases[1].TitleDe;
        var cut = RenderEditor(form);
        Entries(cut, "phase")[0].QuerySelectorAll(".ih-manual-actions")[^1].QuerySelector("button.ih-manual-up")!.HasAttribute("disabled").ShouldBeTrue();

        Entries(cut, "phase")[0].QuerySelectorAll(".ih-manual-actions")[^1].QuerySelector("button.ih-manual-down")!.Click();

        cut.WaitForAssertion(() => Entries(cut, "phase")[0].QuerySelector("legend")!.TextContent.ShouldBe($"Phase 1: {second}"), Patience);
        (form.Phases[0].TitleDe, form.Phases[1].TitleDe).ShouldBe((second, first));

        Entries(cut, "phase")[1].QuerySelectorAll(".ih-manual-actions")[^1].QuerySelector("button.ih-manual-up")!.Click();

        cut.WaitForAssertion(() => form.Phases[0].TitleDe.ShouldBe(first), Patience);
    }

    [Fact]
    public void AnActivity_IsAddedAndRemovedWithoutAsking_AndAnEmptyOneIsShownAtItsField()
    {
        var form = Strategy();
        var count = form.Phases[0].Activities.Count;
        var cut = RenderEditor(form);

        Entries(cut, "phase")[0].QuerySelector("button.ih-manual-add-activity")!.Click();
        cut.WaitForAssertion(() => Entries(cut, "phase")[0].QuerySelectorAll(".ih-manual-activity").Length.ShouldBe(count + 1), Patience);
        Entries(cut, "phase")[0].QuerySelectorAll(".ih-manual-activity")[count].QuerySelector(".ih-manual-activity-de input")!.Input("Hoffest planen");
        Save(cut);

        cut.WaitForAssertion(() =>
            FieldText(Entries(cut, "phase")[0].QuerySelectorAll(".ih-manual-activity")[count], "ih-manual-activity-en")
                .ShouldContain("Bitte ausfüllen – Deutsch und Englisch werden beide gebraucht."), Patience);
        _saves.ShouldBe(0);
        form.Phases[0].Activities[count].De.ShouldBe("Hoffest planen");

        Entries(cut, "phase")[0].QuerySelectorAll(".ih-manual-activity")[0].QuerySelector("button.ih-manual-remove")!.Click();

        cut.WaitForAssertion(() => form.Phases[0].Activities.Count.ShouldBe(count), Patience);
        cut.FindAll(".ih-manual-confirm").ShouldBeEmpty();
    }

    [Fact]
    public void TheServersRefusal_IsShownAtItsField()
    {
        var form = TemplateForm.From(TemplateKind.Curriculum, DemoManual.Curriculum);

        var cut = RenderEditor(form, new Dictionary<string, string> { ["Modules[2].TitleDe"] = "Diesen deutschen Titel gibt es in dieser Vorlage schon." });

        FieldText(cut.FindAll("fieldset.ih-manual-module")[2], "ih-manual-titlede").ShouldContain("Diesen deutschen Titel gibt es in dieser Vorlage schon.");
        cut.FindAll("fieldset.ih-manual-module")[2].QuerySelector(".ih-manual-titlede input")!.GetAttribute("value").ShouldBe(form.Modules[2].TitleDe);
    }
}
