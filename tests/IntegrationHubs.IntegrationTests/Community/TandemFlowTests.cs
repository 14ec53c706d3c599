using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Community;
using IntegrationHubs.Web.Features.Hubs.Manage;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class TandemFlowTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly CommunityScenario _community = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<SuggestTandemPartners.Result> SuggestAsync(ApplicationUser user, Hub hub, string? language = null) =>
        _community.Given.AsAsync(user, hub, s => s.GetRequiredService<SuggestTandemPartners>().HandleAsync(language));

    private Task<Guid> RequestAsync(ApplicationUser user, Hub hub, ApplicationUser partner, string language) =>
        _community.Given.AsAsync(user, hub, s => s.GetRequiredService<RequestTandem>().HandleAsync(new RequestTandem.Command(partner.Id, language)));

    private Task AnswerAsync(ApplicationUser user, Hub hub, Guid tandem, bool accept) =>
        _community.Given.AsAsync(user, hub, s => s.GetRequiredService<AnswerTandem>().HandleAsync(tandem, accept));

    private Task<IReadOnlyList<ListMyTandems.Item>> MineAsync(ApplicationUser user, Hub hub) =>
        _community.Given.AsAsync(user, hub, s => s.GetRequiredService<ListMyTandems>().HandleAsync());

    private Task<List<Tandem>> TandemRowsAsync() => _community.Given.ReadAsync(db => db.Tandems.IgnoreQueryFilters().ToListAsync());

    [Fact]
    public async Task Suggestions_AreRanked_AndOnlyOptedInMembersOfThisHubWithoutAnOpenTandem()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        var amal = await _community.PersonAsync("Amal", false, "ar:Native de:Learning uk:Learning", [ost], interests: ["Musik"]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost], interests: ["musik"]);
        var thomas = await _community.PersonAsync("Thomas", true, "de:Fluent ar:Learning", [ost]);
        await _community.PersonAsync("Hidden", false, "de:Native ar:Learning", [ost]);
        await _community.PersonAsync("Karim", true, "de:Native ar:Learning", [kassel]);
        await _community.PersonAsync("Casual", true, "de:Conversational ar:Learning", [ost]);
        await _community.PersonAsync("Nobody", true, "de:Native", [ost]);
        var busy = await _community.PersonAsync("Busy", true, "de:Native ar:Learning", [ost]);
        await _community.TandemRowAsync(ost, busy, amal, TandemState.Requested, DateTimeOffset.UtcNow);
        var over = await _community.PersonAsync("Over", true, "de:Native ar:Learning", [ost]);
        await _community.TandemRowAsync(ost, amal, over, TandemState.Ended, DateTimeOffset.UtcNow);

        var result = await SuggestAsync(amal, ost, "de");

        result.Learning.ShouldBe(["de", "uk"]);
        result.Language.ShouldBe("de");
        result.Suggestions.Select(s => s.UserId).ShouldBe([peter.Id, over.Id, thomas.Id]);
        // "Musik" and "musik" are one concept, shown by its name (German where the test runs without a UI language).
        result.Suggestions[0].SharedInterests.ShouldBe(["Musik"]);
        result.MeInDirectory.ShouldBeFalse();
        result.Suggestions[0].TheyHelpWith.ShouldBe("de");
        result.Suggestions[0].YouHelpWith.ShouldBe("ar");
        result.Suggestions.ShouldAllBe(s => s.Score > 0);
        typeof(SuggestTandemPartners.Suggestion).GetProperties().ShouldNotContain(p => p.Name.Contains("Name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_WithoutALanguageBeingLearnt_AreEmpty()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var peter = await _community.PersonAsync("Peter", true, "de:Native", [ost]);
        await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost]);

        var result = await SuggestAsync(peter, ost);

        result.Learning.ShouldBeEmpty();
        result.Language.ShouldBeNull();
        result.Suggestions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Request_ThenAccept_BothSeeEachOthersName_AndEachStepIsAuditedByIdOnly()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", false, "ar:Native de:Learning", [ost]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost]);

        var id = await RequestAsync(amal, ost, peter, "de");
        var amalWhileAsking = (await MineAsync(amal, ost)).ShouldHaveSingleItem();
        var peterWhileAsked = (await MineAsync(peter, ost)).ShouldHaveSingleItem();
        await AnswerAsync(peter, ost, id, accept: true);
        var amalAfter = (await MineAsync(amal, ost)).ShouldHaveSingleItem();
        var peterAfter = (await MineAsync(peter, ost)).ShouldHaveSingleItem();

        amalWhileAsking.ShouldSatisfyAllConditions(
            i => i.State.ShouldBe(TandemState.Requested), i => i.IAsked.ShouldBeTrue(), i => i.CanAnswer.ShouldBeFalse(),
            i => i.ContactName.ShouldBeNull(), i => i.RequesterName.ShouldBeNull(), i => i.ILearn.ShouldBe("de"), i => i.IHelpWith.ShouldBe("ar"));
        peterWhileAsked.ShouldSatisfyAllConditions(
            i => i.CanAnswer.ShouldBeTrue(), i => i.ContactName.ShouldBeNull(), i => i.RequesterName.ShouldBe("Amal"),
            i => i.RequesterLanguages.ShouldBe([new LanguageSkill("ar", LanguageLevel.Native), new LanguageSkill("de", LanguageLevel.Learning)]),
            i => i.ILearn.ShouldBe("ar"), i => i.IHelpWith.ShouldBe("de"));
        amalAfter.ContactName.ShouldBe("Peter");
        peterAfter.ContactName.ShouldBe("Amal");
        amalAfter.State.ShouldBe(TandemState.Active);
        var row = (await TandemRowsAsync()).ShouldHaveSingleItem();
        row.HubId.ShouldBe(ost.Id);
        row.RespondedAt.ShouldNotBeNull();
        var audit = await _community.Given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).ToListAsync());
        audit.Select(a => (a.Action, a.ActorUserId, a.HubId)).ShouldBe([
            (AuditActions.TandemRequested, (Guid?)amal.Id, (Guid?)ost.Id),
            (AuditActions.TandemAccepted, (Guid?)peter.Id, (Guid?)ost.Id),
        ]);
        audit.ShouldAllBe(a => a.EntityType == nameof(Tandem) && a.EntityId == id.ToString() && a.Detail == null);
    }

    [Fact]
    public async Task Answer_ByAnyoneButThePartner_IsRefused_AndTheRequestStays()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", false, "ar:Native de:Learning", [ost]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost]);
        var jonas = await _community.PersonAsync("Jonas", true, "de:Native", [ost]);
        var id = await RequestAsync(amal, ost, peter, "de");

        (await Should.ThrowAsync<DomainException>(() => AnswerAsync(amal, ost, id, accept: true))).Code.ShouldBe("Tandem.NotYours");
        (await Should.ThrowAsync<DomainException>(() => AnswerAsync(jonas, ost, id, accept: true))).Code.ShouldBe("Tandem.NotYours");
        (await Should.ThrowAsync<DomainException>(() => _community.Given.AsAsync(jonas, ost, s => s.GetRequiredService<EndTandem>().HandleAsync(id))))
            .Code.ShouldBe("Tandem.NotYours");

        (await TandemRowsAsync()).ShouldHaveSingleItem().State.ShouldBe(TandemState.Requested);
        (await MineAsync(jonas, ost)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Decline_ThenEnd_KeepsNamesHidden_AndEitherSideCanEndAnActiveTandem()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost]);

        var first = await RequestAsync(amal, ost, peter, "de");
        await AnswerAsync(peter, ost, first, accept: false);
        (await MineAsync(amal, ost)).ShouldBeEmpty();
        var second = await RequestAsync(peter, ost, amal, "ar");
        await AnswerAsync(amal, ost, second, accept: true);
        await _community.Given.AsAsync(peter, ost, s => s.GetRequiredService<EndTandem>().HandleAsync(second));

        (await TandemRowsAsync()).OrderBy(t => t.CreatedAt).Select(t => t.State).ShouldBe([TandemState.Declined, TandemState.Ended]);
        var actions = await _community.Given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        actions.ShouldBe([AuditActions.TandemRequested, AuditActions.TandemDeclined, AuditActions.TandemRequested, AuditActions.TandemAccepted, AuditActions.TandemEnded]);
    }

    [Fact]
    public async Task Request_WhileAnOpenTandemExists_IsRefusedWhoeverAsks()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost]);
        var id = await RequestAsync(amal, ost, peter, "de");

        (await Should.ThrowAsync<DomainException>(() => RequestAsync(amal, ost, peter, "de"))).Code.ShouldBe("Tandem.AlreadyOpen");
        (await Should.ThrowAsync<DomainException>(() => RequestAsync(peter, ost, amal, "ar"))).Code.ShouldBe("Tandem.AlreadyOpen");
        await AnswerAsync(peter, ost, id, accept: true);
        (await Should.ThrowAsync<DomainException>(() => RequestAsync(peter, ost, amal, "ar"))).Code.ShouldBe("Tandem.AlreadyOpen");

        (await TandemRowsAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Request_TheEleventhInADay_IsRefusedWithALocalizedReason_CountingEveryHub()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost, kassel]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost, kassel]);
        var thomas = await _community.PersonAsync("Thomas", true, "de:Native ar:Learning", [ost]);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            // Yesterday's requests no longer count.
            await _community.TandemRowAsync(ost, amal, peter, TandemState.Declined, now.AddHours(-25));
        }

        for (var i = 0; i < 9; i++)
        {
            await _community.TandemRowAsync(i % 2 == 0 ? ost : kassel, amal, peter, TandemState.Declined, now.AddHours(-2));
        }

        await RequestAsync(amal, ost, peter, "de");
        var refusal = await Should.ThrowAsync<DomainException>(() => RequestAsync(amal, ost, thomas, "de"));

        refusal.Code.ShouldBe("Tandem.DailyLimit");
        Texts.German(fixture.App, refusal.Code, Tandem.MaxRequestsPerDay).ShouldContain("10 Tandems");
        Texts.Get(fixture.App, "en", refusal.Code, Tandem.MaxRequestsPerDay).ShouldContain("10 tandems");
        (await TandemRowsAsync()).ShouldNotContain(t => t.PartnerId == thomas.Id);
    }

    [Fact]
    public async Task Request_Forged_IsRefused_WhenThePairingOrThePartnerDoesNotHold()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost]);
        var olena = await _community.PersonAsync("Olena", true, "uk:Native de:Learning", [ost]);
        var casual = await _community.PersonAsync("Casual", true, "de:Conversational ar:Learning", [ost]);
        var hidden = await _community.PersonAsync("Hidden", false, "de:Native ar:Learning", [ost]);
        var karim = await _community.PersonAsync("Karim", true, "de:Native ar:Learning", [kassel]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost]);
        var outsider = await _community.PersonAsync("Outsider", true, "ar:Native de:Learning");

        async Task<string> RefusalAsync(ApplicationUser who, ApplicationUser partner, string language) =>
            (await Should.ThrowAsync<DomainException>(() => RequestAsync(who, ost, partner, language))).Code;

        (await RefusalAsync(amal, olena, "de")).ShouldBe("Tandem.NoMatch");
        (await RefusalAsync(amal, casual, "de")).ShouldBe("Tandem.NoMatch");
        (await RefusalAsync(amal, peter, "uk")).ShouldBe("Tandem.NoMatch");
        (await RefusalAsync(amal, hidden, "de")).ShouldBe("Tandem.PartnerUnavailable");
        (await RefusalAsync(amal, karim, "de")).ShouldBe("Tandem.PartnerUnavailable");
        (await RefusalAsync(amal, amal, "de")).ShouldBe("Tandem.PartnerUnavailable");
        (await TandemRowsAsync()).ShouldBeEmpty();
        await Should.ThrowAsync<NotFoundException>(() => RequestAsync(outsider, ost, peter, "de"));
    }

    [Fact]
    public async Task MemberOfAWorkingInB_GetsNotFoundFromEveryHandler_AndNothingIsWritten()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost]);
        var karim = await _community.PersonAsync("Karim", true, "de:Native ar:Learning", [kassel]);
        var id = await RequestAsync(amal, ost, peter, "de");

        await Should.ThrowAsync<NotFoundException>(() => _community.Given.AsAsync(amal, kassel, s => s.GetRequiredService<ListDirectory>().HandleAsync(new ListDirectory.Query())));
        await Should.ThrowAsync<NotFoundException>(() => SuggestAsync(amal, kassel, "de"));
        await Should.ThrowAsync<NotFoundException>(() => MineAsync(amal, kassel));
        await Should.ThrowAsync<NotFoundException>(() => RequestAsync(amal, kassel, karim, "de"));
        await Should.ThrowAsync<NotFoundException>(() => AnswerAsync(peter, kassel, id, accept: true));
        await Should.ThrowAsync<NotFoundException>(() => _community.Given.AsAsync(amal, kassel, s => s.GetRequiredService<EndTandem>().HandleAsync(id)));
        // Karim is a member of B, but the tandem lives in A: from B it does not exist.
        await Should.ThrowAsync<NotFoundException>(() => _community.Given.AsAsync(karim, kassel, s => s.GetRequiredService<EndTandem>().HandleAsync(id)));

        (await TandemRowsAsync()).ShouldHaveSingleItem().State.ShouldBe(TandemState.Requested);
    }

    [Fact]
    public async Task Overview_CountsActiveTandemsOfThisHubOnly_AndNamesNobody()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        var jonas = await _community.PersonAsync("Jonas", false, "de:Native");
        await _community.Given.MembershipAsync(ost, jonas, HubRoles.Member | HubRoles.Coordinator);
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost, kassel]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost, kassel]);
        var now = DateTimeOffset.UtcNow;
        await _community.TandemRowAsync(ost, amal, peter, TandemState.Active, now);
        await _community.TandemRowAsync(ost, peter, amal, TandemState.Requested, now);
        await _community.TandemRowAsync(ost, peter, amal, TandemState.Ended, now);
        await _community.TandemRowAsync(kassel, amal, peter, TandemState.Active, now);
        await RequestAsync(amal, ost, await _community.PersonAsync("Thomas", true, "de:Native ar:Learning", [ost]), "de");

        var overview = await _community.Given.AsAsync(jonas, ost, s => s.GetRequiredService<GetHubOverview>().HandleAsync());

        overview.ActiveTandems.ShouldBe(1);
        // Who asked whom is not the coordinator's business: tandem steps stay out of the activity list.
        overview.RecentActivity.ShouldNotContain(a => a.EntityType == nameof(Tandem));
        (await _community.Given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == nameof(Tandem)))).ShouldBe(1);
    }
}
