using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Members;

[Collection(AppCollection.Name)]
public sealed class ListHubMembersTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MembersWorld _world = new(fixture.App);
    private ResolvedHub _hub = default!;
    private ResolvedHub _otherHub = default!;
    private Guid _coordinator;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _hub = await _world.HubAsync("Ost");
        _otherHub = await _world.HubAsync("Nord");
        _coordinator = await _world.PersonAsync("Carla Coordinator");
        await _world.JoinAsync(_hub, _coordinator, HubRoles.Coordinator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<ListHubMembers.Result> ListAsync(ListHubMembers.Query query) =>
        _world.AsAsync<ListHubMembers, ListHubMembers.Result>(_coordinator, _hub, h => h.HandleAsync(query));

    private static string[] Names(ListHubMembers.Result result) => [.. result.Items.Select(r => r.DisplayName)];

    [Fact]
    public async Task Search_MatchesNameOrEmail_CaseInsensitively()
    {
        var amal = await _world.PersonAsync("Amal Nasser", "amal.n@example.org");
        var peter = await _world.PersonAsync("Peter Schmidt", "p.schmidt@mail.example");
        var olena = await _world.PersonAsync("Olena Kovalenko", "olena@example.org");
        foreach (var person in new[] { amal, peter, olena })
        {
            await _world.JoinAsync(_hub, person);
        }

        Names(await ListAsync(new(Search: "NASS"))).ShouldBe(["Amal Nasser"]);
        Names(await ListAsync(new(Search: "mail.example"))).ShouldBe(["Peter Schmidt"]);
        Names(await ListAsync(new(Search: "%"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_ByStateRoleLanguageBackgroundAndJoinedDate_ReturnTheRightPeople()
    {
        var amal = await _world.PersonAsync("Amal");
        await _world.JoinAsync(_hub, amal, joinedAt: new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero));
        await _world.ProfileAsync(amal, Background.Newcomer, ("ar", LanguageLevel.Native), ("de", LanguageLevel.Learning));
        var thomas = await _world.PersonAsync("Thomas");
        await _world.JoinAsync(_hub, thomas, HubRoles.Mentor, joinedAt: new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await _world.ProfileAsync(thomas, Background.LongTermResident, ("de", LanguageLevel.Native));
        var rana = await _world.PersonAsync("Rana");
        await _world.JoinAsync(_hub, rana, state: MembershipState.Requested, joinedAt: new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero));
        await _world.ProfileAsync(rana, null, ("fa", LanguageLevel.Native));
        var dana = await _world.PersonAsync("Dana");
        await _world.JoinAsync(_hub, dana, state: MembershipState.Deactivated);
        await _world.ProfileAsync(dana, Background.PreferNotToSay);
        var leo = await _world.PersonAsync("Leo");
        await _world.JoinAsync(_hub, leo, state: MembershipState.Left);

        Names(await ListAsync(new(State: MembershipState.Requested))).ShouldBe(["Rana"]);
        Names(await ListAsync(new(State: MembershipState.Deactivated))).ShouldBe(["Dana"]);
        Names(await ListAsync(new(State: MembershipState.Left))).ShouldBe(["Leo"]);
        Names(await ListAsync(new(Role: HubRoles.Mentor))).ShouldBe(["Thomas"]);
        Names(await ListAsync(new(Role: HubRoles.Coordinator))).ShouldBe(["Carla Coordinator"]);
        Names(await ListAsync(new(Role: HubRoles.Member))).ShouldBe(["Amal", "Dana", "Leo", "Rana"]);
        Names(await ListAsync(new(Language: "de"))).ShouldBe(["Amal", "Thomas"]);
        Names(await ListAsync(new(Language: "fa"))).ShouldBe(["Rana"]);
        Names(await ListAsync(new(Background: Background.Newcomer))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Background: Background.LongTermResident))).ShouldBe(["Thomas"]);
        // "Not said" covers both the explicit answer and no answer (no profile, or no background in it).
        Names(await ListAsync(new(Background: Background.PreferNotToSay))).ShouldBe(["Carla Coordinator", "Dana", "Leo", "Rana"]);
        Names(await ListAsync(new(JoinedFrom: new DateOnly(2026, 6, 1), JoinedTo: new DateOnly(2026, 6, 1)))).ShouldBe(["Thomas"]);
        Names(await ListAsync(new(JoinedFrom: new DateOnly(2026, 5, 10)))).ShouldBe(["Amal", "Rana", "Thomas"]);
        Names(await ListAsync(new(Language: "de", Role: HubRoles.Member, Background: Background.Newcomer))).ShouldBe(["Amal"]);
    }

    [Fact]
    public async Task Skill_MatchesAWholeTag_IgnoringCase()
    {
        var amal = await _world.PersonAsync("Amal");
        await _world.JoinAsync(_hub, amal);
        await _world.ProfileAsync(amal, Background.Newcomer);
        await _world.SkillsAsync(amal, "Kochen", "Nähen");
        var thomas = await _world.PersonAsync("Thomas");
        await _world.JoinAsync(_hub, thomas);
        await _world.ProfileAsync(thomas, Background.LongTermResident);
        await _world.SkillsAsync(thomas, "Kochbuch-Layout");

        Names(await ListAsync(new(Skill: "kochen"))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Skill: "nähen"))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Skill: "Koch%"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Skill_MatchesTheConceptInEveryLanguage()
    {
        var amal = await _world.PersonAsync("Amal");
        await _world.JoinAsync(_hub, amal);
        await _world.ProfileAsync(amal, Background.Newcomer);
        await _world.SkillsAsync(amal, "cooking", "bike-repair");

        Names(await ListAsync(new(Skill: "Kochen"))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Skill: "الطبخ"))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Skill: "Кулінарія"))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Skill: "Fahrräder"))).ShouldBe(["Amal"]);
        Names(await ListAsync(new(Skill: "Nähen"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task JoinedDate_IsTheHubsLocalDay()
    {
        // 23:30 UTC on 31 May is 1 June in Berlin (summer time, UTC+2).
        var night = await _world.PersonAsync("Night Owl");
        await _world.JoinAsync(_hub, night, joinedAt: new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero));

        Names(await ListAsync(new(JoinedFrom: new DateOnly(2026, 6, 1), JoinedTo: new DateOnly(2026, 6, 1)))).ShouldBe(["Night Owl"]);
        Names(await ListAsync(new(JoinedTo: new DateOnly(2026, 5, 31), Search: "Owl"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Paging_ReturnsThePageAskedFor_AndTheTotal()
    {
        for (var i = 1; i <= 23; i++)
        {
            await _world.JoinAsync(_hub, await _world.PersonAsync($"Member {i:00}"), joinedAt: MembersWorld.Start.AddDays(i));
        }

        var second = await ListAsync(new(Search: "Member", Page: 1, PageSize: 10));
        var last = await ListAsync(new(Search: "Member", Page: 2, PageSize: 10));
        var newestFirst = await ListAsync(new(Search: "Member", PageSize: 3, Sort: ListHubMembers.SortBy.JoinedAt, Descending: true));

        second.Total.ShouldBe(23);
        Names(second).ShouldBe([.. Enumerable.Range(11, 10).Select(i => $"Member {i:00}")]);
        Names(last).ShouldBe(["Member 21", "Member 22", "Member 23"]);
        Names(newestFirst).ShouldBe(["Member 23", "Member 22", "Member 21"]);
    }

    [Fact]
    public async Task List_ShowsEmailRolesStateAndLanguages_OfThisHubOnly()
    {
        var amal = await _world.PersonAsync("Amal", "amal.list@example.org");
        await _world.JoinAsync(_hub, amal, HubRoles.Mentor);
        await _world.ProfileAsync(amal, Background.Newcomer, ("de", LanguageLevel.Learning), ("ar", LanguageLevel.Native));
        var elsewhere = await _world.PersonAsync("Only In Nord");
        await _world.JoinAsync(_otherHub, elsewhere);

        var result = await ListAsync(new());

        Names(result).ShouldBe(["Amal", "Carla Coordinator"]);
        result.Total.ShouldBe(2);
        var row = result.Items[0];
        row.Email.ShouldBe("amal.list@example.org");
        row.Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
        row.State.ShouldBe(MembershipState.Active);
        row.Languages.Select(l => l.Code).ShouldBe(["ar", "de"]);
    }

    [Fact]
    public async Task UnknownLanguage_IsRefusedByTheValidator()
    {
        await Should.ThrowAsync<FluentValidation.ValidationException>(() => ListAsync(new(Language: "xx")));
    }
}
