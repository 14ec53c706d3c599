using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Initiatives;
using MudBlazor;
using MudBlazor.Extensions;

namespace IntegrationHubs.ComponentTests.Initiatives;

public sealed class InitiativeDiscussionTests : AppComponentContext
{
    private static GetInitiativeCommunity.Result Community(bool isTeam, params GetInitiativeCommunity.Comment[] comments) =>
        new([], isTeam, false, null, isTeam, true, true, false, comments, 2, 1, false, false,
            isTeam ? ["Peter Schmidt", "Amal Nasser"] : [], isTeam ? ["Peter Schmidt"] : []);

    [Fact]
    public void Comment_Refused_ShowsTheMessageAtTheField_AndKeepsTheText()
    {
        var cut = Render<InitiativeDiscussion>(p => p
            .Add(x => x.Community, Community(false))
            .Add(x => x.Comment, _ => Task.FromResult<string?>("Ein Kommentar hat höchstens 1000 Zeichen.")));

        cut.Find("[data-testid=discussion] textarea").Input("Sehr lange Gedanken");
        cut.Find("[data-testid=comment-send]").Click();

        var field = cut.FindComponent<MudTextField<string>>();
        field.Instance.GetState(x => x.Error).ShouldBeTrue();
        field.Find(".mud-input-helper-text").TextContent.ShouldContain("höchstens 1000 Zeichen");
        field.Instance.GetState(x => x.Value).ShouldBe("Sehr lange Gedanken");
    }

    [Fact]
    public void Comment_Sent_EmptiesTheField()
    {
        string? sent = null;
        var cut = Render<InitiativeDiscussion>(p => p
            .Add(x => x.Community, Community(false))
            .Add(x => x.Comment, form => { sent = form.Body; return Task.FromResult<string?>(null); }));

        cut.Find("[data-testid=discussion] textarea").Input("Gute Idee!");
        cut.Find("[data-testid=comment-send]").Click();

        sent.ShouldBe("Gute Idee!");
        cut.FindComponent<MudTextField<string>>().Instance.GetState(x => x.Value).ShouldBeNullOrEmpty();
    }

    [Fact]
    public void Comments_TheTeamsAnswers_AreMarked_AndOnlyOwnCommentsHaveDelete()
    {
        var cut = Render<InitiativeDiscussion>(p => p
            .Add(x => x.Community, Community(false,
                new(Guid.NewGuid(), "Peter Schmidt", false, "Gibt es Kinderbetreuung?", DateTimeOffset.UtcNow, true, false),
                new(Guid.NewGuid(), "Rana Farahani", true, "Ja.", DateTimeOffset.UtcNow, false, false)))
            .Add(x => x.Comment, _ => Task.FromResult<string?>(null)));

        var comments = cut.FindAll("[data-testid=comment]");
        comments[0].ClassList.ShouldNotContain("ih-comment-team");
        comments[0].TextContent.ShouldContain("Löschen");
        comments[1].ClassList.ShouldContain("ih-comment-team");
        comments[1].TextContent.ShouldContain("Team");
        comments[1].TextContent.ShouldNotContain("Löschen");
    }

    [Fact]
    public void Supporters_TheTeamSeesNames_OthersOnlyCounts()
    {
        var team = Render<InitiativeDiscussion>(p => p.Add(x => x.Community, Community(true)).Add(x => x.Comment, _ => Task.FromResult<string?>(null)));
        var member = Render<InitiativeDiscussion>(p => p.Add(x => x.Community, Community(false)).Add(x => x.Comment, _ => Task.FromResult<string?>(null)));

        team.Find("[data-testid=supporter-names]").TextContent.ShouldContain("Peter Schmidt, Amal Nasser");
        team.FindAll("[data-testid=join-toggle]").ShouldBeEmpty();
        member.FindAll("[data-testid=supporter-names]").ShouldBeEmpty();
        member.Find("[data-testid=support-toggle]").TextContent.ShouldContain("2");
        member.Find("[data-testid=join-toggle]").TextContent.ShouldContain("1");
    }

    [Fact]
    public void Support_Toggle_ReportsTheKind_AndTheStateWanted()
    {
        var toggled = new List<(SupportKind, bool)>();
        var cut = Render<InitiativeDiscussion>(p => p
            .Add(x => x.Community, Community(false))
            .Add(x => x.Comment, _ => Task.FromResult<string?>(null))
            .Add(x => x.OnToggle, ((SupportKind Kind, bool On) wish) => toggled.Add(wish)));

        cut.Find("[data-testid=support-toggle]").Click();
        cut.Find("[data-testid=join-toggle]").Click();

        toggled.ShouldBe([(SupportKind.Support, true), (SupportKind.WouldJoin, true)]);
    }

    [Fact]
    public void Support_WhileSaving_StaysEnabled_SoASecondTapIsNotSwallowed()
    {
        var toggled = new List<(SupportKind, bool)>();
        var cut = Render<InitiativeDiscussion>(p => p
            .Add(x => x.Community, Community(false) with { ISupport = true })
            .Add(x => x.Busy, true)
            .Add(x => x.Comment, _ => Task.FromResult<string?>(null))
            .Add(x => x.OnToggle, ((SupportKind Kind, bool On) wish) => toggled.Add(wish)));

        cut.Find("[data-testid=support-toggle]").HasAttribute("disabled").ShouldBeFalse();
        cut.Find("[data-testid=support-toggle]").Click();

        toggled.ShouldBe([(SupportKind.Support, false)]);
    }
}
