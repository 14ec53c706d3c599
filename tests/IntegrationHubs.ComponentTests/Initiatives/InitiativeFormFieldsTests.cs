using MudBlazor;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Initiatives;

namespace IntegrationHubs.ComponentTests.Initiatives;

public sealed class InitiativeFormFieldsTests : AppComponentContext
{
    [Fact]
    public void Typing_AndTickingNeeds_FillTheForm()
    {
        var form = new InitiativeForm();
        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, form));

        cut.Find("input").Input("Sprachcafé");
        cut.Find("textarea").Input("Jeden Dienstag.");
        var needs = cut.FindAll("input[type=checkbox]");
        needs.Count.ShouldBe(5);
        needs[0].Change(true);
        cut.FindAll("input[type=checkbox]")[2].Change(true);

        form.Title.ShouldBe("Sprachcafé");
        form.Summary.ShouldBe("Jeden Dienstag.");
        form.Needs.ShouldBe(InitiativeNeeds.Space | InitiativeNeeds.Funding);
    }

    [Fact]
    public void Unticking_ANeed_RemovesOnlyThatNeed()
    {
        var form = new InitiativeForm { Title = "Küche", Needs = InitiativeNeeds.Space | InitiativeNeeds.Mentoring };
        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, form));

        cut.FindAll("input[type=checkbox]")[0].Change(false);

        form.Needs.ShouldBe(InitiativeNeeds.Mentoring);
        cut.Markup.ShouldContain("Raum");
        cut.Markup.ShouldContain("Finanzierung");
    }

    [Fact]
    public void Disabled_DisablesEveryField()
    {
        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, new InitiativeForm()).Add(x => x.Disabled, true));

        cut.FindAll("input[type=checkbox]").ShouldAllBe(box => box.HasAttribute("disabled"));
        cut.Find("textarea").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void IdeaStep_ShowsTitleAndSummary_Only()
    {
        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, new InitiativeForm()).Add(x => x.Step, ProposalStep.Idea));

        cut.FindComponents<MudTextField<string>>().Count.ShouldBe(2);
        cut.FindComponents<MudSelect<InitiativeCategory>>().ShouldBeEmpty();
        cut.FindAll("input[type=checkbox]").ShouldBeEmpty();
    }

    [Fact]
    public void DetailsStep_ShowsCategoryLanguagesAndNeeds_AndKeepsTheIdeaInTheForm()
    {
        var form = new InitiativeForm { Title = "Sprachcafé", Summary = "Jeden Dienstag." };
        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Step, ProposalStep.Details));

        cut.FindComponents<MudTextField<string>>().ShouldBeEmpty();
        cut.FindComponents<MudSelect<InitiativeCategory>>().Count.ShouldBe(1);
        cut.FindAll("input[type=checkbox]").Count.ShouldBe(5);
        cut.Find("fieldset legend").TextContent.ShouldNotBeNullOrWhiteSpace();
        cut.FindAll("input[type=checkbox]")[1].Change(true);

        form.Needs.ShouldBe(InitiativeNeeds.Mentoring);
        form.Title.ShouldBe("Sprachcafé");
    }
}
