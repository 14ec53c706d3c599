using FluentValidation;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Me;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Me;

[Collection(AppCollection.Name)]
public sealed class MemberProfileTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Save_StoresLanguagesTagsBackgroundAndTheConsentedVersions()
    {
        var amal = await _given.PersonAsync("Amal", "amal@example.org");
        var form = new MemberProfileForm
        {
            Languages = [new() { Code = "ar", Level = LanguageLevel.Native }, new() { Code = "de", Level = LanguageLevel.Learning }],
            Skills = ["Kochen", " kochen ", "Nähen", "", "  Töpfern  am Abend "],
            Interests = ["Supper Club"],
            Background = Background.Newcomer,
            AcceptsTerms = true,
        };

        await _given.AsAsync(amal, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(form));

        var profile = await _given.ReadAsync(db => db.MemberProfiles.Include(p => p.Languages).SingleAsync(p => p.UserId == amal.Id));
        // Concepts of the shared vocabulary by key, the rest as typed with tidied whitespace.
        profile.Skills.ShouldBe(["cooking", "sewing", "Töpfern am Abend"]);
        profile.Interests.ShouldBe(["supper-club"]);
        profile.Background.ShouldBe(Background.Newcomer);
        profile.ShowInDirectory.ShouldBeFalse();
        profile.Languages.Select(l => (l.LanguageCode, l.Level)).OrderBy(x => x.LanguageCode)
            .ShouldBe([("ar", LanguageLevel.Native), ("de", LanguageLevel.Learning)]);
        var consents = await _given.ReadAsync(db => db.Consents.Where(c => c.UserId == amal.Id).ToListAsync());
        consents.Select(c => (c.Kind, c.Version)).ShouldBe(Consent.CurrentVersions.Select(v => (v.Key, v.Value)), ignoreOrder: true);
    }

    [Fact]
    public async Task Save_Again_UpdatesLanguagesInPlace_AndKeepsOneConsentPerVersion()
    {
        var amal = await _given.PersonAsync("Amal", "amal@example.org");
        MemberProfileForm Form(params (string Code, LanguageLevel Level)[] languages) => new()
        {
            Languages = [.. languages.Select(l => new MemberProfileForm.LanguageRow { Code = l.Code, Level = l.Level })], AcceptsTerms = true,
        };
        await _given.AsAsync(amal, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(Form(("ar", LanguageLevel.Native), ("de", LanguageLevel.Learning))));

        await _given.AsAsync(amal, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(Form(("de", LanguageLevel.Conversational), ("en", LanguageLevel.Fluent))));

        var languages = await _given.ReadAsync(db => db.MemberLanguages.Where(l => l.UserId == amal.Id).OrderBy(l => l.LanguageCode).ToListAsync());
        languages.Select(l => (l.LanguageCode, l.Level)).ShouldBe([("de", LanguageLevel.Conversational), ("en", LanguageLevel.Fluent)]);
        (await _given.ReadAsync(db => db.Consents.CountAsync(c => c.UserId == amal.Id))).ShouldBe(Consent.CurrentVersions.Count);
    }

    [Fact]
    public async Task Save_WithoutConsentOrWithAnUnknownLanguage_IsRefusedAndSavesNothing()
    {
        var amal = await _given.PersonAsync("Amal", "amal@example.org");
        var form = new MemberProfileForm { Languages = [new() { Code = "xx", Level = LanguageLevel.Native }], AcceptsTerms = false };

        var error = await Should.ThrowAsync<ValidationException>(() =>
            _given.AsAsync(amal, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(form)));

        error.Errors.Select(e => e.PropertyName).ShouldBe(["Languages[0].Code", "AcceptsTerms"], ignoreOrder: true);
        (await _given.ReadAsync(db => db.MemberProfiles.AnyAsync())).ShouldBeFalse();
        (await _given.ReadAsync(db => db.Consents.AnyAsync())).ShouldBeFalse();
    }
}
