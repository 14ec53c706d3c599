using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class TandemRequestTests
{
    private static readonly Guid Amal = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Peter = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly TandemMatcher.Person AmalPerson = new(Amal,
        [new SpokenLanguage { LanguageCode = "ar", Level = LanguageLevel.Native }, new SpokenLanguage { LanguageCode = "de", Level = LanguageLevel.Learning }], []);

    private static readonly TandemMatcher.Person PeterPerson = new(Peter,
        [new SpokenLanguage { LanguageCode = "de", Level = LanguageLevel.Native }, new SpokenLanguage { LanguageCode = "ar", Level = LanguageLevel.Learning }], []);

    [Fact]
    public void Request_ForAMatchingPair_IsRequested_WithTheLanguagesTheMatcherFound()
    {
        var tandem = Tandem.Request(AmalPerson, PeterPerson, "de", requestsInLastDay: 0, pairHasOpenTandem: false, Now);

        tandem.State.ShouldBe(TandemState.Requested);
        (tandem.RequesterId, tandem.PartnerId).ShouldBe((Amal, Peter));
        (tandem.RequesterLearns, tandem.PartnerLearns).ShouldBe(("de", "ar"));
        tandem.CreatedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(Tandem.MaxRequestsPerDay - 1, false)]
    [InlineData(Tandem.MaxRequestsPerDay, true)]
    public void Request_BeyondTheDailyLimit_IsRefused(int requestsInLastDay, bool refused)
    {
        var request = () => Tandem.Request(AmalPerson, PeterPerson, "de", requestsInLastDay, pairHasOpenTandem: false, Now);

        if (refused)
        {
            Should.Throw<DomainException>(request).Code.ShouldBe("Tandem.DailyLimit");
        }
        else
        {
            request().ShouldNotBeNull();
        }
    }

    [Fact]
    public void Request_Refusals_NameTheReason()
    {
        Should.Throw<DomainException>(() => Tandem.Request(null, PeterPerson, "de", 0, false, Now)).Code.ShouldBe("Tandem.MembersOnly");
        Should.Throw<DomainException>(() => Tandem.Request(AmalPerson, null, "de", 0, false, Now)).Code.ShouldBe("Tandem.PartnerUnavailable");
        Should.Throw<DomainException>(() => Tandem.Request(AmalPerson, AmalPerson, "de", 0, false, Now)).Code.ShouldBe("Tandem.PartnerUnavailable");
        Should.Throw<DomainException>(() => Tandem.Request(AmalPerson, PeterPerson, "de", 0, true, Now)).Code.ShouldBe("Tandem.AlreadyOpen");
        Should.Throw<DomainException>(() => Tandem.Request(AmalPerson, PeterPerson, "ar", 0, false, Now)).Code.ShouldBe("Tandem.NoMatch");
        Should.Throw<DomainException>(() => Tandem.Request(PeterPerson, PeterPerson with { UserId = Amal }, "ar", 0, false, Now)).Code.ShouldBe("Tandem.NoMatch");
    }
}
