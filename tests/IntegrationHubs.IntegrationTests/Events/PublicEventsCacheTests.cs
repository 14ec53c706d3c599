using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>Visitors get a hub's public events from memory, but never an answer a change has outdated, and signed-in people never a cached one.</summary>
[Collection(AppCollection.Name)]
public sealed class PublicEventsCacheTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    private async Task<Guid> EventAsync(ResolvedHub hub, string title)
    {
        var coordinator = await _arrange.UserAsync("coordinator");
        return await HubScope.RunAsync(fixture.App, hub, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var created = Event.Create(
                new Event.Details(title, "Beschreibung", "de", [], EventCategory.Culture, ["de"], EventVisibility.Public, 5,
                    now.AddDays(2), now.AddDays(2).AddHours(2), null, "Marktplatz 1"),
                ["de"], null, new EventOrganiser(true, false), coordinator.Id, now);
            db.Events.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
    }

    [Fact]
    public async Task EventsApi_SecondVisitorRequest_IsServedFromMemory()
    {
        var hub = await _arrange.HubAsync("Cache Hub");
        await EventAsync(hub, "Erzählcafé");
        using var client = fixture.App.CreateClient();

        using var first = await client.GetAsync($"/api/v1/hubs/{hub.Slug}/events");
        using var second = await client.GetAsync($"/api/v1/hubs/{hub.Slug}/events");

        first.Headers.Age.ShouldBeNull();
        second.Headers.Age.ShouldNotBeNull("the output cache adds Age to what it serves");
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EventsApi_AfterANewEvent_ShowsItAtOnce()
    {
        var hub = await _arrange.HubAsync("Fresh Hub");
        await EventAsync(hub, "Erzählcafé");
        using var client = fixture.App.CreateClient();
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/hubs/{hub.Slug}/events")).GetArrayLength().ShouldBe(1);

        await EventAsync(hub, "Nähcafé");
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/hubs/{hub.Slug}/events");

        after.EnumerateArray().Select(e => e.GetProperty("title").GetString()).ShouldBe(["Erzählcafé", "Nähcafé"], ignoreOrder: true);
    }

    [Fact]
    public async Task AChangeInOneHub_LeavesAnotherHubsCachedAnswer()
    {
        var a = await _arrange.HubAsync("Alpha Cache");
        var b = await _arrange.HubAsync("Beta Cache");
        await EventAsync(a, "Alpha-Abend");
        await EventAsync(b, "Beta-Abend");
        using var client = fixture.App.CreateClient();
        using (await client.GetAsync($"/api/v1/hubs/{b.Slug}/events"))
        {
        }

        await EventAsync(a, "Zweiter Alpha-Abend");
        using var again = await client.GetAsync($"/api/v1/hubs/{b.Slug}/events");

        again.Headers.Age.ShouldNotBeNull("hub B's answer did not change");
    }

    [Fact]
    public async Task EventsApi_IsCachedPerLanguage()
    {
        var hub = await _arrange.HubAsync("Language Cache");
        await EventAsync(hub, "Erzählcafé");
        using var client = fixture.App.CreateClient();

        using var german = await Get(client, hub, "de");
        using var arabic = await Get(client, hub, "ar");
        using var arabicAgain = await Get(client, hub, "ar");

        arabic.Headers.Age.ShouldBeNull("another language is another answer");
        arabicAgain.Headers.Age.ShouldNotBeNull();

        static Task<HttpResponseMessage> Get(HttpClient client, ResolvedHub hub, string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/hubs/{hub.Slug}/events");
            request.Headers.AcceptLanguage.ParseAdd(language);
            return client.SendAsync(request);
        }
    }

    [Fact]
    public async Task EventsApi_ForSomeoneSignedIn_IsNeverFromCache()
    {
        var hub = await _arrange.HubAsync("Member Cache");
        await EventAsync(hub, "Erzählcafé");
        var member = await _arrange.MemberAsync(hub, "reader");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(member.Email!);

        using (await client.GetAsync($"/api/v1/hubs/{hub.Slug}/events"))
        {
        }

        using var again = await client.GetAsync($"/api/v1/hubs/{hub.Slug}/events");

        again.Headers.Age.ShouldBeNull();
    }
}
