using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>Visitors get a hub's public events (API, feed and page) from memory, but never an answer a change has outdated, and signed-in people never a cached one.</summary>
[Collection(AppCollection.Name)]
public sealed class PublicEventsCacheTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    private async Task<Guid> EventAsync(ResolvedHub hub, string title, EventVisibility visibility = EventVisibility.Public)
    {
        var coordinator = await _arrange.UserAsync("coordinator");
        return await HubScope.RunAsync(fixture.App, hub, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var created = Event.Create(
                new Event.Details(title, "Beschreibung", "de", [], EventCategory.Culture, ["de"], visibility, 5,
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

    [Fact]
    public async Task EventsPage_SecondVisitor_GetsTheSamePageFromMemory_WithoutTheFirstVisitorsToken()
    {
        var hub = await _arrange.HubAsync("Page Cache");
        await EventAsync(hub, "Erzaehlcafe");
        using var firstVisitor = fixture.App.CreateClient();
        using var secondVisitor = fixture.App.CreateClient();

        using var first = await firstVisitor.GetAsync($"/hubs/{hub.Slug}/events");
        using var second = await secondVisitor.GetAsync($"/hubs/{hub.Slug}/events");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Age.ShouldBeNull();
        first.Headers.Contains("Set-Cookie").ShouldBeTrue("the visitor whose request rendered the page keeps their own antiforgery cookie");
        second.Headers.Age.ShouldNotBeNull();
        second.Headers.Contains("Set-Cookie").ShouldBeFalse("no visitor is handed another's cookie");
        second.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await second.Content.ReadAsStringAsync();
        html.ShouldBe(await first.Content.ReadAsStringAsync());
        html.ShouldContain("Erzaehlcafe");
        html.ShouldNotContain("Blazor-Server-Component-State", Case.Sensitive, "the per-visitor token is left out of the shared page");
    }

    [Fact]
    public async Task EventsPage_AfterANewEvent_ShowsItAtOnce()
    {
        var hub = await _arrange.HubAsync("Fresh Page");
        await EventAsync(hub, "Erzaehlcafe");
        using var client = fixture.App.CreateClient();
        (await client.GetStringAsync($"/hubs/{hub.Slug}/events")).ShouldNotContain("Naehcafe");

        await EventAsync(hub, "Naehcafe");

        (await client.GetStringAsync($"/hubs/{hub.Slug}/events")).ShouldContain("Naehcafe");
    }

    [Fact]
    public async Task EventsPage_IsCachedPerHub_AndPerFilter()
    {
        var a = await _arrange.HubAsync("Alpha Page");
        var b = await _arrange.HubAsync("Beta Page");
        await EventAsync(a, "Alpha-Abend");
        await EventAsync(b, "Beta-Abend");
        using var client = fixture.App.CreateClient();
        using (await client.GetAsync($"/hubs/{a.Slug}/events"))
        {
        }

        var pageOfB = await client.GetStringAsync($"/hubs/{b.Slug}/events");
        using var filtered = await client.GetAsync($"/hubs/{a.Slug}/events?category=Sports");

        pageOfB.ShouldContain("Beta-Abend");
        pageOfB.ShouldNotContain("Alpha-Abend");
        filtered.Headers.Age.ShouldBeNull("another filter is another page");
        (await filtered.Content.ReadAsStringAsync()).ShouldNotContain("Alpha-Abend");
    }

    [Fact]
    public async Task EventsPage_ForSomeoneSignedIn_IsNeverFromCache_AndTheirViewNeverReachesVisitors()
    {
        var hub = await _arrange.HubAsync("Member Page");
        await EventAsync(hub, "Offener Abend");
        await EventAsync(hub, "Nur fuer Mitglieder", EventVisibility.MembersOnly);
        var member = await _arrange.MemberAsync(hub, "insider");
        using var signedIn = new FormClient(fixture.App);
        await signedIn.SignInOrFailAsync(member.Email!);

        using var memberFirst = await signedIn.GetAsync($"/hubs/{hub.Slug}/events");
        using var memberAgain = await signedIn.GetAsync($"/hubs/{hub.Slug}/events");
        using var visitor = fixture.App.CreateClient();
        var visitorPage = await visitor.GetStringAsync($"/hubs/{hub.Slug}/events");

        memberAgain.Headers.Age.ShouldBeNull();
        (await memberAgain.Content.ReadAsStringAsync()).ShouldContain("Nur fuer Mitglieder");
        visitorPage.ShouldContain("Offener Abend");
        visitorPage.ShouldNotContain("Nur fuer Mitglieder");
    }

    [Fact]
    public async Task EventsPage_OfAHubNotYetOpen_IsNotFound_AndNothingIsStored()
    {
        var hub = await _arrange.HubAsync("Planned Page", HubStatus.Planning);
        using var client = fixture.App.CreateClient();

        using var first = await client.GetAsync($"/hubs/{hub.Slug}/events");
        using var second = await client.GetAsync($"/hubs/{hub.Slug}/events");

        first.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.Headers.Age.ShouldBeNull();
    }
}
