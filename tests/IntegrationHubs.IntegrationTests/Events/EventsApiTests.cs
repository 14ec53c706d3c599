using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>The public events API and feed: public events of public hubs only, members-only never, 404 problem details.</summary>
[Collection(AppCollection.Name)]
public sealed class EventsApiTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> EventAsync(ResolvedHub hub, string title, EventVisibility visibility = EventVisibility.Public, int daysAhead = 2)
    {
        var coordinator = await _arrange.UserAsync("coordinator");
        return await HubScope.RunAsync(fixture.App, hub, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var created = Event.Create(
                new Event.Details(title, "Beschreibung", "de", [], EventCategory.Culture, ["de"], visibility, 5,
                    now.AddDays(daysAhead), now.AddDays(daysAhead).AddHours(2), null, "Marktplatz 1"),
                ["de"], null, new EventOrganiser(true, false), coordinator.Id, now);
            db.Events.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
    }

    [Fact]
    public async Task Json_ListsPublicEventsInTheRange_NeverMembersOnlyOnes_NorAnotherHubs()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var open = await EventAsync(a, "Lesung");
        await EventAsync(a, "Mitgliederabend", EventVisibility.MembersOnly);
        await EventAsync(a, "Später", daysAhead: 40);
        await EventAsync(b, "Betafest");
        using var client = fixture.App.CreateClient();

        var to = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var events = await client.GetFromJsonAsync<JsonElement>($"/api/v1/hubs/{a.Slug}/events?to={to}");

        events.GetArrayLength().ShouldBe(1);
        events[0].GetProperty("id").GetGuid().ShouldBe(open);
        events[0].GetProperty("url").GetString()!.ShouldEndWith($"/events/{open}");
        events[0].GetProperty("placesLeft").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Ics_IsAnRfc5545FeedOfPublicEvents_LinkingBackToTheEventPage()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var open = await EventAsync(a, "Lesung");
        await EventAsync(a, "Mitgliederabend", EventVisibility.MembersOnly);
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync($"/api/v1/hubs/{a.Slug}/events.ics");
        var feed = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        feed.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        feed.ShouldContain("SUMMARY:Lesung");
        feed.ShouldContain($"/events/{open}");
        feed.ShouldNotContain("Mitgliederabend");
    }

    [Fact]
    public async Task UnknownEventOrHub_Answers404ProblemDetails_AndAMalformedDate400()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var closed = await EventAsync(a, "Mitgliederabend", EventVisibility.MembersOnly);
        var hidden = await _arrange.HubAsync("Hidden Hub", HubStatus.Planning);
        using var client = fixture.App.CreateClient();

        var unknown = await client.GetAsync($"/api/v1/hubs/{a.Slug}/events/{Guid.NewGuid()}");
        var membersOnly = await client.GetAsync($"/api/v1/hubs/{a.Slug}/events/{closed}");
        var noHub = await client.GetAsync("/api/v1/hubs/no-such-hub/events");
        var planning = await client.GetAsync($"/api/v1/hubs/{hidden.Slug}/events.ics");
        var malformed = await client.GetAsync($"/api/v1/hubs/{a.Slug}/events?from=tomorrow");

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        membersOnly.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noHub.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noHub.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        planning.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OpenApi_DescribesTheEventsRoutes()
    {
        using var client = fixture.App.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        document.ShouldContain("/api/v1/hubs/{slug}/events");
        document.ShouldContain("/api/v1/hubs/{slug}/events.ics");
        document.ShouldContain("ListHubEvents");
    }

    [Fact]
    public async Task OpenApi_DescribesTheApiOnly_NotTheFormsPostTargets()
    {
        using var client = fixture.App.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        document.ShouldContain("\"title\": \"IntegrationHubs API\"");
        document.ShouldNotContain("\"/culture\"");
        document.ShouldNotContain("/Account/Logout");
    }

    [Fact]
    public async Task ApiPage_IsBrowsable_AndServedFromThisServerOnly()
    {
        using var client = fixture.App.CreateClient();

        var page = await client.GetStringAsync("/api/index.html");
        using var script = await client.GetAsync("/api/swagger-ui-bundle.js");
        var settings = await client.GetStringAsync("/api/index.js");

        page.ShouldContain("swagger-ui-bundle.js");
        page.ShouldNotContain("https://", Case.Sensitive, "no script or style from another host");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        settings.ShouldContain("/openapi/v1.json");
    }
}
