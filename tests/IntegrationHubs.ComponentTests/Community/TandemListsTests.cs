using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Community;

namespace IntegrationHubs.ComponentTests.Community;

public sealed class TandemListsTests : AppComponentContext
{
    private static SuggestTandemPartners.Suggestion Suggestion(int score, params string[] sharedInterests) =>
        new(Guid.NewGuid(), "de", "ar", [new LanguageSkill("de", LanguageLevel.Native), new LanguageSkill("ar", LanguageLevel.Learning)], sharedInterests, score);

    [Fact]
    public void Suggestions_InOrder_AskPassesTheChosenOne_AndShowNoName()
    {
        var first = Suggestion(7, "Musik");
        var second = Suggestion(5);
        var asked = new List<SuggestTandemPartners.Suggestion>();

        var cut = Render<TandemSuggestionList>(p => p.Add(x => x.Suggestions, [first, second]).Add(x => x.OnAsk, s => asked.Add(s)));
        cut.FindAll("article.ih-tandem-suggestion")[1].QuerySelector("button")!.Click();

        asked.ShouldBe([second]);
        var cards = cut.FindAll("article.ih-tandem-suggestion");
        cards.Select(c => c.QuerySelector("h3")!.TextContent).ShouldBe(["Vorschlag 1", "Vorschlag 2"]);
        cards[0].TextContent.ShouldContain("Sie üben Deutsch · Sie helfen bei Arabisch");
        cards[0].TextContent.ShouldContain("Musik");
        cards[1].QuerySelector("button")!.GetAttribute("aria-label").ShouldBe("Um ein Tandem bitten (Vorschlag 2)");
        cut.Markup.ShouldNotContain(first.UserId.ToString());
    }

    [Fact]
    public void Suggestions_SayOnlyDirectoryMembersAreSuggested_AndAnEmptyListSaysWhy()
    {
        var cut = Render<TandemSuggestionList>(p => p.Add(x => x.Suggestions, []).Add(x => x.Language, "ar").Add(x => x.MeInDirectory, false));

        cut.Find("[data-testid=tandem-directory-note]").TextContent.ShouldContain("nur Mitglieder, die im Verzeichnis dieses Hubs erscheinen");
        cut.Find("[role=status]").TextContent.ShouldContain("spricht niemand Arabisch fließend");
        cut.Find("[data-testid=tandem-not-listed]").TextContent.ShouldContain("Sie erscheinen selbst nicht im Verzeichnis");
    }

    [Fact]
    public void Suggestions_ForAListedMember_CarryTheNoteButNoProfileHint()
    {
        var cut = Render<TandemSuggestionList>(p => p.Add(x => x.Suggestions, [Suggestion(5)]).Add(x => x.Language, "de"));

        cut.FindAll("[data-testid=tandem-directory-note]").ShouldHaveSingleItem();
        cut.FindAll("[data-testid=tandem-not-listed]").ShouldBeEmpty();
    }

    [Fact]
    public void Suggestions_WhileBusy_CannotBeAskedAgain()
    {
        var cut = Render<TandemSuggestionList>(p => p.Add(x => x.Suggestions, [Suggestion(5)]).Add(x => x.Busy, true));

        cut.Find("article button").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void MyTandems_ShowTheAskersNameOnARequest_TheContactOnceActive_AndNoNameOnARequestSent()
    {
        var incoming = new ListMyTandems.Item(Guid.NewGuid(), TandemState.Requested, IAsked: false, "ar", "de", ContactName: null,
            RequesterName: "Amal", [new LanguageSkill("ar", LanguageLevel.Native)], DateTimeOffset.UtcNow);
        var active = new ListMyTandems.Item(Guid.NewGuid(), TandemState.Active, IAsked: true, "de", "ar", ContactName: "Peter",
            RequesterName: null, [], DateTimeOffset.UtcNow);
        var sent = new ListMyTandems.Item(Guid.NewGuid(), TandemState.Requested, IAsked: true, "uk", "de", ContactName: null,
            RequesterName: null, [], DateTimeOffset.UtcNow);
        var accepted = new List<Guid>();
        var ended = new List<Guid>();

        var cut = Render<MyTandemList>(p => p.Add(x => x.Items, [incoming, active, sent])
            .Add(x => x.OnAccept, i => accepted.Add(i.Id)).Add(x => x.OnEnd, i => ended.Add(i.Id)));
        var cards = cut.FindAll("article.ih-my-tandem");

        cards[0].QuerySelector("h3")!.TextContent.ShouldBe("Amal bittet Sie um ein Tandem");
        cards[0].TextContent.ShouldContain("Arabisch · Muttersprache");
        cards[1].QuerySelector("h3")!.TextContent.ShouldBe("Tandem mit Peter");
        cards[2].QuerySelector("h3")!.TextContent.ShouldBe("Ihre Anfrage wartet auf Antwort");
        cut.FindAll("article.ih-my-tandem")[0].QuerySelector("button")!.Click();
        cut.FindAll("article.ih-my-tandem")[2].QuerySelector("button")!.Click();
        accepted.ShouldBe([incoming.Id]);
        ended.ShouldBe([sent.Id]);
    }
}
