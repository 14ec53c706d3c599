using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Community;

namespace IntegrationHubs.ComponentTests.Community;

public sealed class DirectoryListTests : AppComponentContext
{
    private static readonly ListDirectory.Entry Amal = new(Guid.NewGuid(), "Amal Nasser",
        [new LanguageSkill("ar", LanguageLevel.Native), new LanguageSkill("de", LanguageLevel.Learning)], ["Kochen"], ["Supper Club", "Sprachcafé"], IsMe: false);

    private static readonly ListDirectory.Entry Peter = new(Guid.NewGuid(), "Peter Schmidt",
        [new LanguageSkill("de", LanguageLevel.Native)], [], ["Repair Café"], IsMe: true);

    [Fact]
    public void List_ShowsEachPersonWithLanguagesInTheReadersLanguage_SkillsAndInterests()
    {
        var cut = Render<DirectoryList>(p => p.Add(x => x.Entries, [Amal, Peter]));

        var cards = cut.FindAll("article.ih-directory-entry");
        cards.Count.ShouldBe(2);
        cards[0].QuerySelector("h3")!.TextContent.Trim().ShouldBe("Amal Nasser");
        cards[0].QuerySelectorAll("[data-language]").Select(c => c.TextContent.Trim()).ShouldBe(["Arabisch · Muttersprache", "Deutsch · Lerne ich gerade"]);
        cards[0].QuerySelectorAll(".ih-skills .ih-chip").Select(c => c.TextContent).ShouldBe(["Kochen"]);
        cards[0].QuerySelectorAll(".ih-interests .ih-chip").Select(c => c.TextContent).ShouldBe(["Supper Club", "Sprachcafé"]);
        cards[1].QuerySelector("h3")!.TextContent.ShouldContain("Sie");
        cards[1].QuerySelector(".ih-skills").ShouldBeNull();
        cut.Find("[role=status]").TextContent.ShouldBe("2 Personen");
    }

    [Fact]
    public void EmptyList_SaysWhetherNobodyIsListedOrNobodyMatches()
    {
        Render<DirectoryList>(p => p.Add(x => x.Entries, [])).Find("[role=status]").TextContent
            .ShouldBe("Noch niemand aus diesem Hub erscheint im Verzeichnis.");
        Render<DirectoryList>(p => p.Add(x => x.Entries, []).Add(x => x.Filtered, true)).Find("[role=status]").TextContent
            .ShouldBe("Niemand passt zu dieser Suche.");
    }
}
