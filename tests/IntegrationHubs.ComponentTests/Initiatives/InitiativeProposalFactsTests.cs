using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.ComponentTests.Initiatives;

/// <summary>What a proposal holds, as the review panel and the page of a submitted proposal show it, in the reader's language.</summary>
public sealed class InitiativeProposalFactsArabicTests() : AppComponentContext("ar")
{
    private string Text(string key) => Services.GetRequiredService<IStringLocalizer<Strings>>()[key];

    [Fact]
    public void Proposal_InArabic_NamesLanguagesNeedsAndRoles_InArabic_JoinedWithTheArabicComma()
    {
        var cut = Render<InitiativeProposalFacts>(p => p
            .Add(x => x.Languages, ["de", "ar"])
            .Add(x => x.Needs, InitiativeNeeds.Space | InitiativeNeeds.LanguageSupport)
            .Add(x => x.Team, [new GetInitiative.TeamMember("Rana Farahani", true, false), new GetInitiative.TeamMember(null, false, false)]));

        cut.Find("[data-testid=proposal-languages]").TextContent.ShouldBe("الألمانية، العربية");
        cut.Find("[data-testid=proposal-needs]").TextContent
            .ShouldBe($"{Text("Initiatives.Need.Space")}، {Text("Initiatives.Need.LanguageSupport")}");
        cut.Find("[data-testid=proposal-team]").TextContent
            .ShouldBe($"Rana Farahani ({Text("InitiativeTeam.Creator")})، {Text("Manage.DeletedAccount")} ({Text("InitiativeTeam.Member")})");
        cut.FindAll("dt").Select(d => d.TextContent)
            .ShouldBe([Text("Initiatives.Field.Languages"), Text("Initiatives.Field.Needs"), Text("InitiativeTeam.Title")]);
    }

    [Fact]
    public void Proposal_WithoutLanguagesOrNeeds_SaysSo_AndLeavesTheTeamOutWhenNotGiven()
    {
        var cut = Render<InitiativeProposalFacts>(p => p.Add(x => x.Languages, []).Add(x => x.Needs, InitiativeNeeds.None));

        cut.Find("[data-testid=proposal-languages]").TextContent.ShouldBe("—");
        cut.Find("[data-testid=proposal-needs]").TextContent.ShouldBe("—");
        cut.FindAll("[data-testid=proposal-team]").ShouldBeEmpty();
    }
}
