using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class TandemTests
{
    private static readonly Guid Amal = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Peter = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Olena = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static SpokenLanguage L(string code, LanguageLevel level) => new() { LanguageCode = code, Level = level };

    private static TandemMatcher.Person Person(Guid id, string[] interests, params SpokenLanguage[] languages) => new(id, languages, interests);

    [Fact]
    public void Suggest_PairsPeopleWhoEachSpeakWhatTheOtherLearns()
    {
        var amal = Person(Amal, ["cooking"], L("ar", LanguageLevel.Native), L("de", LanguageLevel.Learning));
        var peter = Person(Peter, ["cooking"], L("de", LanguageLevel.Native), L("ar", LanguageLevel.Learning));
        var olena = Person(Olena, [], L("de", LanguageLevel.Fluent), L("en", LanguageLevel.Learning));

        var matches = TandemMatcher.Suggest(amal, [peter, olena, amal]);

        matches.ShouldHaveSingleItem();
        matches[0].UserId.ShouldBe(Peter);
        matches[0].TheyHelpWith.ShouldBe("de");
        matches[0].YouHelpWith.ShouldBe("ar");
    }

    [Fact]
    public void Suggest_RanksBetterSpeakersAndSharedInterestsFirst()
    {
        var amal = Person(Amal, ["music"], L("ar", LanguageLevel.Native), L("de", LanguageLevel.Learning));
        var fluentNoInterest = Person(Peter, [], L("de", LanguageLevel.Fluent), L("ar", LanguageLevel.Learning));
        var nativeWithInterest = Person(Olena, ["Music"], L("de", LanguageLevel.Native), L("ar", LanguageLevel.Learning));

        TandemMatcher.Suggest(amal, [fluentNoInterest, nativeWithInterest]).Select(m => m.UserId).ShouldBe([Olena, Peter]);
    }

    [Fact]
    public void Suggest_ConversationalSpeakers_DoNotTeach()
    {
        var amal = Person(Amal, [], L("ar", LanguageLevel.Native), L("de", LanguageLevel.Learning));
        var peter = Person(Peter, [], L("de", LanguageLevel.Conversational), L("ar", LanguageLevel.Learning));

        TandemMatcher.Suggest(amal, [peter]).ShouldBeEmpty();
    }

    [Fact]
    public void Accept_OnlyByThePersonAsked_AndOnlyOnce()
    {
        var tandem = new Tandem { RequesterId = Amal, PartnerId = Peter, RequesterLearns = "de", PartnerLearns = "ar" };

        Should.Throw<DomainException>(() => tandem.Accept(Amal, Now)).Code.ShouldBe("Tandem.NotYours");
        tandem.Accept(Peter, Now);
        tandem.State.ShouldBe(TandemState.Active);
        Should.Throw<DomainException>(() => tandem.Decline(Peter, Now)).Code.ShouldBe("Tandem.NotOpen");
    }

    [Fact]
    public void End_ByEitherPartner_ButNotByAnyoneElse()
    {
        var tandem = new Tandem { RequesterId = Amal, PartnerId = Peter, RequesterLearns = "de", PartnerLearns = "ar", State = TandemState.Active };

        Should.Throw<DomainException>(() => tandem.End(Olena)).Code.ShouldBe("Tandem.NotYours");
        tandem.End(Amal);
        tandem.State.ShouldBe(TandemState.Ended);
    }
}
