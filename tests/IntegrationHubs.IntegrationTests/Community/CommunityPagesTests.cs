using System.Net;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Community;

/// <summary>The directory and tandem pages over HTTP, with real sign-in cookies (the first render is on the server).</summary>
[Collection(AppCollection.Name)]
public sealed class CommunityPagesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task ProfileAsync(ApplicationUser user, bool showInDirectory, params (string Code, LanguageLevel Level)[] languages) =>
        fixture.App.WithScopeAsync(async services =>
        {
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            db.MemberProfiles.Add(new MemberProfile
            {
                UserId = user.Id, ShowInDirectory = showInDirectory, Skills = ["Kochen"],
                Languages = [.. languages.Select(l => new SpokenLanguage { UserId = user.Id, LanguageCode = l.Code, Level = l.Level })],
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Pages_ForAMember_ShowTheDirectoryAndTandems_AndLinksFromTheHubPage()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var member = await _arrange.MemberAsync(a, "member");
        var listed = await _arrange.MemberAsync(a, "ListedPerson");
        await ProfileAsync(listed, true, ("ar", LanguageLevel.Native));
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(member.Email!);

        var directory = await client.GetPageAsync($"/hubs/{a.Slug}/directory");
        var tandems = await client.GetPageAsync($"/hubs/{a.Slug}/tandems");
        var hubPage = await client.GetPageAsync($"/hubs/{a.Slug}");

        hubPage.Html.ShouldContain($"href=\"/hubs/{a.Slug}/directory\"");
        hubPage.Html.ShouldContain($"href=\"/hubs/{a.Slug}/tandems\"");
        directory.Status.ShouldBe(HttpStatusCode.OK);
        directory.PathAndQuery.ShouldBe($"/hubs/{a.Slug}/directory");
        directory.Text.ShouldContain(Texts.German(fixture.App, "Directory.Title"));
        directory.Text.ShouldContain("ListedPerson");
        directory.Text.ShouldNotContain(listed.Email!);
        tandems.Status.ShouldBe(HttpStatusCode.OK);
        tandems.PathAndQuery.ShouldBe($"/hubs/{a.Slug}/tandems");
        tandems.Text.ShouldContain(Texts.German(fixture.App, "Tandems.NoLearning"));
    }

    [Fact]
    public async Task TandemsPage_WithNobodyToSuggest_NamesTheLanguage_AndSaysOnlyDirectoryMembersAreSuggested()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var member = await _arrange.MemberAsync(a, "member");
        await ProfileAsync(member, false, ("de", LanguageLevel.Native), ("ar", LanguageLevel.Learning));
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(member.Email!);

        var tandems = await client.GetPageAsync($"/hubs/{a.Slug}/tandems");

        tandems.Text.ShouldContain(Texts.German(fixture.App, "Tandems.DirectoryOnly"));
        tandems.Text.ShouldContain("spricht niemand Arabisch fließend");
        tandems.Text.ShouldContain(Texts.German(fixture.App, "Tandems.YouAreNotListed"));
        // The page once passed the language's expression as a literal string.
        tandems.Text.ShouldNotContain("_suggestions");
    }

    [Fact]
    public async Task Pages_OfAnotherHub_AreNotFound_AndTheHubPageOffersNoLinks()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var member = await _arrange.MemberAsync(a, "member");
        var listed = await _arrange.MemberAsync(b, "BetaPerson");
        await ProfileAsync(listed, true, ("ar", LanguageLevel.Native));
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(member.Email!);

        var directory = await client.GetPageAsync($"/hubs/{b.Slug}/directory");
        var tandems = await client.GetPageAsync($"/hubs/{b.Slug}/tandems");
        var hubPage = await client.GetPageAsync($"/hubs/{b.Slug}");

        directory.Status.ShouldBe(HttpStatusCode.NotFound);
        directory.Text.ShouldNotContain("BetaPerson");
        tandems.Status.ShouldBe(HttpStatusCode.NotFound);
        hubPage.Html.ShouldNotContain($"/hubs/{b.Slug}/directory");
    }
}
