using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Me;

namespace IntegrationHubs.ComponentTests.Me;

public sealed class MemberProfileEditorTests : AppComponentContext
{
    private int _saves;

    private IRenderedComponent<MemberProfileEditor> RenderEditor(MemberProfileForm form, Dictionary<string, string[]>? errors = null, bool consentOnRecord = false) =>
        Render<MemberProfileEditor>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Errors, errors ?? [])
            .Add(x => x.ConsentOnRecord, consentOnRecord)
            .Add(x => x.OnSave, () => _saves++));

    [Fact]
    public void AddLanguage_AddsARow_AndRemoveTakesItAway()
    {
        var form = new MemberProfileForm();
        var cut = RenderEditor(form);

        cut.FindComponents<MudBlazor.MudButton>().Single(b => b.Markup.Contains("Sprache hinzufügen", StringComparison.Ordinal)).Find("button").Click();

        cut.FindAll(".ih-language-row").Count.ShouldBe(1);
        form.Languages.ShouldHaveSingleItem().Level.ShouldBe(LanguageLevel.Conversational);
        cut.Find(".ih-language-row button[aria-label='Sprache entfernen']").Click();
        form.Languages.ShouldBeEmpty();
        cut.FindAll(".ih-language-row").ShouldBeEmpty();
    }

    [Fact]
    public void ClickingASuggestion_AddsTheTag_AndHidesTheSuggestion()
    {
        var form = new MemberProfileForm();
        var cut = RenderEditor(form);

        cut.FindAll("button.ih-suggestion").First(b => b.TextContent.Contains("Kochen", StringComparison.Ordinal)).Click();

        form.Skills.ShouldBe(["Kochen"]);
        cut.FindAll("button.ih-suggestion").ShouldNotContain(b => b.TextContent.Contains("Kochen", StringComparison.Ordinal));
    }

    [Fact]
    public void TypingInAnyLanguage_OffersTheVocabularysNameInTheReadersLanguage_AndTheSameConceptIsNotAddedTwice()
    {
        var form = new MemberProfileForm { Skills = ["Nähen"] };
        var cut = Render<MemberProfileEditor>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Vocabulary, new TagVocabulary(TagVocabularySeed.Concepts)));

        cut.FindAll(".ih-tag-input input")[0].Input("طبخ");
        cut.FindAll("button.ih-suggestion").Select(b => b.TextContent.Trim()).ShouldContain("+ Kochen");
        cut.FindAll("button.ih-suggestion").First(b => b.TextContent.Contains("Kochen", StringComparison.Ordinal)).Click();
        form.Skills.ShouldBe(["Nähen", "Kochen"]);

        // "الخياطة" is sewing, already there as "Nähen": not offered, not added again.
        cut.FindAll(".ih-tag-input input")[0].Input("الخياطة");
        cut.FindAll("button.ih-suggestion").ShouldNotContain(b => b.TextContent.Contains("Nähen", StringComparison.Ordinal));
        cut.FindAll(".ih-tag-input input")[0].KeyDown("Enter");
        form.Skills.ShouldBe(["Nähen", "Kochen"]);
    }

    [Fact]
    public void RemoveButton_IsLabelledWithTheTag_AndRemovesIt()
    {
        var form = new MemberProfileForm { Skills = ["Kochen", "Nähen"] };
        var cut = RenderEditor(form);

        cut.Find("button.ih-tag-remove[aria-label='„Kochen“ entfernen']").Click();

        form.Skills.ShouldBe(["Nähen"]);
        cut.FindAll(".ih-tag").Select(t => t.QuerySelector("span")!.TextContent).ShouldBe(["Nähen"]);
    }

    [Fact]
    public void Errors_AreShownAtTheirSection_AsAlerts()
    {
        var cut = RenderEditor(new MemberProfileForm(), new() { ["AcceptsTerms"] = ["Bitte zustimmen."], ["Languages"] = ["Jede Sprache nur einmal."] });

        cut.FindAll("[role=alert]").Select(a => a.TextContent.Trim()).ShouldBe(["Jede Sprache nur einmal.", "Bitte zustimmen."]);
    }

    [Fact]
    public void ConsentOnRecord_ShowsNoCheckboxAgain()
    {
        var cut = RenderEditor(new MemberProfileForm { AcceptsTerms = true }, consentOnRecord: true);

        cut.Markup.ShouldContain("Sie haben den aktuellen Texten zugestimmt");
        cut.FindComponents<MudBlazor.MudCheckBox<bool>>().ShouldBeEmpty();
    }

    [Fact]
    public void Background_IsOptional_AndExplainsWhyItIsAsked()
    {
        var cut = RenderEditor(new MemberProfileForm());

        cut.Markup.ShouldContain("Wir fragen das nur für Gesamtzahlen");
        cut.FindComponents<MudBlazor.MudRadio<Background?>>().Count.ShouldBe(3);
    }
}
