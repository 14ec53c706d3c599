using System.Text.Json;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Community;
using IntegrationHubs.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class DirectoryTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly CommunityScenario _community = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<ListDirectory.Result> DirectoryAsAsync(Web.Data.ApplicationUser user, Domain.Hubs.Hub hub, string? search = null, string? language = null) =>
        _community.Given.AsAsync(user, hub, s => s.GetRequiredService<ListDirectory>().HandleAsync(new ListDirectory.Query(search, language)));

    [Fact]
    public async Task Directory_ListsOnlyOptedInActiveMembersOfThisHub_WithoutEmailOrBackground()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost], ["Kochen"], ["Theater"], Background.Newcomer);
        await _community.PersonAsync("Peter", false, "de:Native", [ost]);
        var olena = await _community.PersonAsync("Olena", true, "uk:Native", background: Background.Newcomer);
        await _community.Given.MembershipAsync(ost, olena, HubRoles.Member, MembershipState.Left);
        var miriam = await _community.PersonAsync("Miriam", true, "en:Native", background: Background.Newcomer);
        await _community.Given.MembershipAsync(ost, miriam, HubRoles.Member, MembershipState.Requested);
        await _community.PersonAsync("Karim", true, "ar:Native", [kassel]);
        var jonas = await _community.PersonAsync("Jonas", false, "de:Native", [ost]);

        var result = await DirectoryAsAsync(jonas, ost);

        var entry = result.Entries.ShouldHaveSingleItem();
        entry.DisplayName.ShouldBe("Amal");
        entry.IsMe.ShouldBeFalse();
        entry.Languages.ShouldBe([new LanguageSkill("ar", LanguageLevel.Native), new LanguageSkill("de", LanguageLevel.Learning)]);
        entry.Skills.ShouldBe(["Kochen"]);
        entry.Interests.ShouldBe(["Theater"]);
        result.Languages.ShouldBe(["ar", "de"]);
        // Nothing in the result can carry an email or a self-description, and none is in it.
        var properties = typeof(ListDirectory.Entry).GetProperties();
        properties.ShouldNotContain(p => p.Name.Contains("Mail", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Background", StringComparison.OrdinalIgnoreCase));
        properties.ShouldNotContain(p => p.PropertyType == typeof(Background) || p.PropertyType == typeof(Background?));
        var json = JsonSerializer.Serialize(result);
        json.ShouldNotContain("@example.org");
        json.ShouldNotContain(nameof(Background.Newcomer));
        json.ShouldNotContain("Karim");
        json.ShouldNotContain(amal.Email!);
    }

    [Fact]
    public async Task Directory_ShowsTheViewerOnlyWhenTheyOptedIn()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native", [ost]);
        var peter = await _community.PersonAsync("Peter", false, "de:Native", [ost]);

        var forAmal = await DirectoryAsAsync(amal, ost);
        var forPeter = await DirectoryAsAsync(peter, ost);

        forAmal.Entries.ShouldHaveSingleItem().IsMe.ShouldBeTrue();
        forPeter.Entries.ShouldHaveSingleItem().DisplayName.ShouldBe("Amal");
        forPeter.Entries[0].IsMe.ShouldBeFalse();
    }

    [Fact]
    public async Task Directory_SearchesNameSkillAndInterest_AndFiltersByLanguage()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        await _community.PersonAsync("Amal Nasser", true, "ar:Native de:Learning", [ost], ["Kochen"], ["Sprachcafé"]);
        await _community.PersonAsync("Peter Schmidt", true, "de:Native ar:Learning", [ost], ["Fahrräder reparieren"], ["Repair Café"]);
        await _community.PersonAsync("Olena", true, "uk:Native de:Learning", [ost], ["Nähen"], ["Theater_100%"]);
        var jonas = await _community.PersonAsync("Jonas", false, "de:Native", [ost]);

        (await DirectoryAsAsync(jonas, ost, search: "nasser")).Entries.Select(e => e.DisplayName).ShouldBe(["Amal Nasser"]);
        (await DirectoryAsAsync(jonas, ost, search: "REPARIEREN")).Entries.Select(e => e.DisplayName).ShouldBe(["Peter Schmidt"]);
        (await DirectoryAsAsync(jonas, ost, search: "café")).Entries.Select(e => e.DisplayName).ShouldBe(["Amal Nasser", "Peter Schmidt"]);
        (await DirectoryAsAsync(jonas, ost, search: "%")).Entries.Select(e => e.DisplayName).ShouldBe(["Olena"]);
        (await DirectoryAsAsync(jonas, ost, language: "uk")).Entries.Select(e => e.DisplayName).ShouldBe(["Olena"]);
        (await DirectoryAsAsync(jonas, ost, search: "café", language: "ar")).Entries.Select(e => e.DisplayName).ShouldBe(["Amal Nasser", "Peter Schmidt"]);
        (await DirectoryAsAsync(jonas, ost, search: "café", language: "uk")).Entries.ShouldBeEmpty();
        (await DirectoryAsAsync(jonas, ost)).Entries.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Directory_ForSomeoneWhoIsNoActiveMember_ThrowsNotFound()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        await _community.PersonAsync("Amal", true, "ar:Native", [ost]);
        var stranger = await _community.PersonAsync("Stranger", true, "de:Native");
        var requested = await _community.PersonAsync("Waiting", true, "de:Native");
        await _community.Given.MembershipAsync(ost, requested, HubRoles.Member, MembershipState.Requested);

        await Should.ThrowAsync<NotFoundException>(() => DirectoryAsAsync(stranger, ost));
        await Should.ThrowAsync<NotFoundException>(() => DirectoryAsAsync(requested, ost));
    }
}
