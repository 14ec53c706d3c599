using System.Globalization;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Community;
using IntegrationHubs.Web.Features.Me;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Community;

/// <summary>Skills and interests typed in different languages meet through the network-wide vocabulary.</summary>
[Collection(AppCollection.Name)]
public sealed class SharedVocabularyTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly CommunityScenario _community = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private Task<ListDirectory.Result> DirectoryAsync(ApplicationUser user, Hub hub, string culture, string? search = null) =>
        InCultureAsync(culture, () => _community.Given.AsAsync(user, hub, s => s.GetRequiredService<ListDirectory>().HandleAsync(new ListDirectory.Query(search))));

    [Fact]
    public async Task ArabicSkill_IsStoredAsTheConcept_FoundByAGermanSearch_AndShownInEachViewersLanguage()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost], skills: ["الطبخ", "Töpfern"], interests: ["  الخياطة "]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native", [ost], skills: ["Elektrik"]);

        var stored = await _community.Given.ReadAsync(db => db.MemberProfiles.SingleAsync(p => p.UserId == amal.Id));
        stored.Skills.ShouldBe(["cooking", "Töpfern"]);
        stored.Interests.ShouldBe(["sewing"]);

        var german = await DirectoryAsync(peter, ost, "de", "Kochen");
        german.Entries.ShouldHaveSingleItem().DisplayName.ShouldBe("Amal");
        german.Entries[0].Skills.ShouldBe(["Kochen", "Töpfern"]);
        german.Entries[0].Interests.ShouldBe(["Nähen"]);

        (await DirectoryAsync(peter, ost, "en", "cook")).Entries.ShouldHaveSingleItem().Skills.ShouldBe(["Cooking", "Töpfern"]);
        (await DirectoryAsync(peter, ost, "uk", "кулінар")).Entries.ShouldHaveSingleItem().Skills.ShouldBe(["Кулінарія", "Töpfern"]);
        (await DirectoryAsync(amal, ost, "ar", "الكهرب")).Entries.ShouldHaveSingleItem().Skills.ShouldBe(["الأعمال الكهربائية"]);
        (await DirectoryAsync(peter, ost, "de", "Töpf")).Entries.ShouldHaveSingleItem().DisplayName.ShouldBe("Amal");
    }

    [Fact]
    public async Task ProfileForm_ShowsTheConceptsInTheReadersLanguage_AndSavingItBackKeepsTheKeys()
    {
        var amal = await _community.PersonAsync("Amal", true, "ar:Native", skills: ["Kochen"], interests: ["Fahrräder"]);

        var form = (await InCultureAsync("ar", () => _community.Given.AsAsync(amal, null, s => s.GetRequiredService<GetMemberProfile>().HandleAsync()))).Form;
        form.Skills.ShouldBe(["الطبخ"]);
        form.Interests.ShouldBe(["تصليح الدراجات"]);

        await InCultureAsync("ar", () => _community.Given.AsAsync(amal, null, async s => { await s.GetRequiredService<SaveMemberProfile>().HandleAsync(form); return true; }));
        var stored = await _community.Given.ReadAsync(db => db.MemberProfiles.SingleAsync(p => p.UserId == amal.Id));
        stored.Skills.ShouldBe(["cooking"]);
        stored.Interests.ShouldBe(["bike-repair"]);
    }

    [Fact]
    public async Task TandemSuggestions_ShareAnInterestTypedInArabicAndInGerman()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var amal = await _community.PersonAsync("Amal", true, "ar:Native de:Learning", [ost], interests: ["الطبخ"]);
        var peter = await _community.PersonAsync("Peter", true, "de:Native ar:Learning", [ost], interests: ["Kochen"]);
        var thomas = await _community.PersonAsync("Thomas", true, "de:Native ar:Learning", [ost], interests: ["Fußball"]);

        var result = await InCultureAsync("en", () => _community.Given.AsAsync(amal, ost, s => s.GetRequiredService<SuggestTandemPartners>().HandleAsync("de")));

        result.Suggestions.Select(s => s.UserId).ShouldBe([peter.Id, thomas.Id]);
        result.Suggestions[0].SharedInterests.ShouldBe(["Cooking"]);
        result.Suggestions[1].SharedInterests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Vocabulary_IsTheSameInEveryHub_WhilePeoplesTagsStayWithTheirHubsDirectory()
    {
        var ost = await _community.Given.HubAsync("leipzig-ost");
        var kassel = await _community.Given.HubAsync("kassel-nord");
        await _community.PersonAsync("Amal", true, "ar:Native", [ost], skills: ["الطبخ"]);
        var karim = await _community.PersonAsync("Karim", true, "ar:Native", [kassel], skills: ["Kochen"]);

        var inOst = await _community.Given.AsAsync(karim, ost, s => s.GetRequiredService<TagVocabularyStore>().GetAsync());
        var inKassel = await _community.Given.AsAsync(karim, kassel, s => s.GetRequiredService<TagVocabularyStore>().GetAsync());
        var rows = await _community.Given.ReadAsync(db => db.TagConcepts.CountAsync());
        inOst.Concepts.Count.ShouldBe(rows);
        inKassel.Concepts.Select(c => c.Key).ShouldBe(inOst.Concepts.Select(c => c.Key));
        typeof(Domain.Members.TagConcept).GetProperty("HubId").ShouldBeNull();

        var kasselSearch = await DirectoryAsync(karim, kassel, "de", "Kochen");
        kasselSearch.Entries.Select(e => e.DisplayName).ShouldBe(["Karim"]);
    }

    [Fact]
    public async Task Migration_TurnsTagsSavedBeforeTheVocabularyIntoConcepts_KeepingFreeTextAndOrder()
    {
        var amal = await _community.PersonAsync("Amal", true, "ar:Native");
        await fixture.App.WithScopeAsync(async s =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(s);
            var profile = await db.MemberProfiles.SingleAsync(p => p.UserId == amal.Id);
            profile.Skills = ["Töpfern", "Kochen", "  الطبخ\u200f ", "COOKING", "Fahrräder"];
            profile.Interests = ["Supper Club", "Sprachcafé"];
            await db.SaveChangesAsync();

            await db.Database.ExecuteSqlRawAsync(Web.Data.Migrations.TagVocabulary.MigrateStoredTags);
        });

        var stored = await _community.Given.ReadAsync(db => db.MemberProfiles.SingleAsync(p => p.UserId == amal.Id));
        stored.Skills.ShouldBe(["Töpfern", "cooking", "bike-repair"]);
        stored.Interests.ShouldBe(["supper-club", "language-cafe"]);
    }
}
