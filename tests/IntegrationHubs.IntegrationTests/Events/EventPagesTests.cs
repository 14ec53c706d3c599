using System.Net;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>What's on, the event page and RSVP as plain forms, over HTTP with real sign-in cookies.</summary>
[Collection(AppCollection.Name)]
public sealed class EventPagesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> EventAsync(ResolvedHub hub, string title, EventVisibility visibility = EventVisibility.Public, int capacity = 10,
        EventCategory category = EventCategory.Food, EventTranslation[]? translations = null)
    {
        var coordinator = await _arrange.UserAsync("coordinator");
        return await HubScope.RunAsync(fixture.App, hub, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var created = Event.Create(
                new Event.Details(title, "Beschreibung", "de", translations ?? [], category, ["de", "ar"], visibility, capacity,
                    now.AddDays(2), now.AddDays(2).AddHours(2), null, "Marktplatz 1"),
                ["de", "en", "ar", "uk"], null, new EventOrganiser(true, false), coordinator.Id, now);
            db.Events.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
    }

    [Fact]
    public async Task Visitor_SeesPublicEvents_InTheirLanguage_NotMembersOnlyOnes_NorAnotherHubsOnTheHubsList()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var open = await EventAsync(a, "Nachbarschaftsfest", translations: [new("en", "Neighbourhood party", "")]);
        var closed = await EventAsync(a, "Mitgliederabend", EventVisibility.MembersOnly);
        await EventAsync(b, "Betafest");

        using var client = new FormClient(fixture.App);
        var list = await client.GetPageAsync($"/hubs/{a.Slug}/events");
        var page = await client.GetPageAsync($"/events/{open}");
        var hidden = await client.GetPageAsync($"/events/{closed}");
        var unknown = await client.GetPageAsync($"/events/{Guid.NewGuid()}");
        var home = await client.GetPageAsync("/");
        using var englishClient = new FormClient(fixture.App);
        var english = await englishClient.GetPageAsync($"/hubs/{a.Slug}/events?culture=en");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Text.ShouldContain("Nachbarschaftsfest");
        list.Text.ShouldNotContain("Mitgliederabend");
        list.Text.ShouldNotContain("Betafest");
        english.Text.ShouldContain("Neighbourhood party");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Nachbarschaftsfest");
        page.Text.ShouldContain(Texts.German(fixture.App, "Events.Rsvp.SignInToRsvp"));
        hidden.Status.ShouldBe(HttpStatusCode.NotFound);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        home.Text.ShouldContain("Nachbarschaftsfest");
        home.Text.ShouldContain("Betafest");
        home.Text.ShouldNotContain("Mitgliederabend");
    }

    [Fact]
    public async Task Filters_ByCategoryAndLanguage_FromTheQueryString()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        await EventAsync(a, "Kochabend", category: EventCategory.Food);
        await EventAsync(a, "Sprachcafé", category: EventCategory.Language);

        using var client = new FormClient(fixture.App);
        var food = await client.GetPageAsync($"/hubs/{a.Slug}/events?category=Food");
        var turkish = await client.GetPageAsync($"/hubs/{a.Slug}/events?language=tr");

        food.Text.ShouldContain("Kochabend");
        food.Text.ShouldNotContain("Sprachcafé");
        turkish.Text.ShouldNotContain("Kochabend");
    }

    [Fact]
    public async Task Member_RsvpsWithThePlainForm_TheNextLandsOnTheWaitlist_AndSeesItInMyEvents()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var id = await EventAsync(a, "Einziger Platz", capacity: 1);
        var rana = await _arrange.MemberAsync(a, "rana");
        var olek = await _arrange.MemberAsync(a, "olek");

        using var ranasClient = new FormClient(fixture.App);
        await ranasClient.SignInOrFailAsync(rana.Email!);
        var answered = await ranasClient.FollowAsync(await ranasClient.SubmitAsync($"/events/{id}", EventPage.FormName, new Dictionary<string, string?> { ["RsvpAction"] = EventPage.Rsvp }));
        using var oleksClient = new FormClient(fixture.App);
        await oleksClient.SignInOrFailAsync(olek.Email!);
        var waiting = await oleksClient.FollowAsync(await oleksClient.SubmitAsync($"/events/{id}", EventPage.FormName, new Dictionary<string, string?> { ["RsvpAction"] = EventPage.Rsvp }));
        var mine = await ranasClient.GetPageAsync("/me/events");

        answered.Text.ShouldContain(Texts.German(fixture.App, "Events.Rsvp.Confirmed"));
        // Said once: the status message after the answer, not again beside the withdraw button.
        var waitlisted = Texts.German(fixture.App, "Events.Rsvp.Waitlisted", 1);
        (waiting.Text.Split(waitlisted).Length - 1).ShouldBe(1);
        mine.Text.ShouldContain("Einziger Platz");
        var statuses = await HubScope.RunAsync(fixture.App, a, db => db.Rsvps.OrderBy(r => r.Sequence).Select(r => r.Status).ToListAsync());
        statuses.ShouldBe([RsvpStatus.Confirmed, RsvpStatus.Waitlisted]);
    }

    [Fact]
    public async Task AnEventThatHasBegun_IsListedAsOnNow_AndItsPageSaysWhyThereIsNoRsvp()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var coordinator = await _arrange.UserAsync("coordinator");
        var member = await _arrange.MemberAsync(a, "rana");
        var id = await HubScope.RunAsync(fixture.App, a, async db =>
        {
            // Created an hour ago for half an hour ago: it began thirty minutes before the page is asked for.
            var now = DateTimeOffset.UtcNow;
            var begun = Event.Create(
                new Event.Details("Sprachcafé am Nachmittag", "Beschreibung", "de", [], EventCategory.Language, ["de"], EventVisibility.Public, 10,
                    now.AddMinutes(-30), now.AddMinutes(90), null, "Marktplatz 1"),
                ["de"], null, new EventOrganiser(true, false), coordinator.Id, now.AddHours(-1));
            db.Events.Add(begun);
            await db.SaveChangesAsync();
            return begun.Id;
        });

        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(member.Email!);
        var list = await client.GetPageAsync($"/hubs/{a.Slug}/events");
        var page = await client.GetPageAsync($"/events/{id}");

        list.Text.ShouldContain("Sprachcafé am Nachmittag");
        list.Text.ShouldContain(Texts.German(fixture.App, "Events.NowOn"));
        page.Text.ShouldContain(Texts.German(fixture.App, "Events.Rsvp.Past"));
        page.Text.ShouldNotContain("value=\"rsvp\"");
    }

    [Fact]
    public async Task EventPage_SaysAMembersOnlyEventIsForMembersOnly_APublicOneNot()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var closed = await EventAsync(a, "Mitgliederabend", EventVisibility.MembersOnly);
        var open = await EventAsync(a, "Straßenfest");
        var rana = await _arrange.MemberAsync(a, "rana");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(rana.Email!);

        var membersOnly = await client.GetPageAsync($"/events/{closed}");
        var forAll = await client.GetPageAsync($"/events/{open}");

        membersOnly.Status.ShouldBe(HttpStatusCode.OK);
        membersOnly.Html.ShouldContain("data-testid=\"event-members-only\"");
        membersOnly.Text.ShouldContain(Texts.German(fixture.App, "Events.MembersOnly"));
        forAll.Html.ShouldNotContain("event-members-only");
    }

    [Fact]
    public async Task MemberOfAnotherHub_DoesNotSeeAMembersOnlyEvent()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var closed = await EventAsync(a, "Mitgliederabend", EventVisibility.MembersOnly);
        var other = await _arrange.MemberAsync(b, "wanda", HubRoles.Member | HubRoles.Coordinator);

        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(other.Email!);
        var page = await client.GetPageAsync($"/events/{closed}");
        var list = await client.GetPageAsync($"/hubs/{a.Slug}/events");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        list.Text.ShouldNotContain("Mitgliederabend");
    }

    [Fact]
    public async Task ManagePage_IsForTheHubsCoordinators_NotMembers_NorAnotherHubsCoordinators()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var carla = await _arrange.MemberAsync(a, "carla", HubRoles.Member | HubRoles.Coordinator);
        var rana = await _arrange.MemberAsync(a, "rana");
        var wanda = await _arrange.MemberAsync(b, "wanda", HubRoles.Member | HubRoles.Coordinator);

        async Task<HttpStatusCode> StatusForAsync(string email)
        {
            using var client = new FormClient(fixture.App);
            await client.SignInOrFailAsync(email);
            return (await client.GetPageAsync($"/hubs/{a.Slug}/manage/events")).Status;
        }

        (await StatusForAsync(carla.Email!)).ShouldBe(HttpStatusCode.OK);
        (await StatusForAsync(rana.Email!)).ShouldBe(HttpStatusCode.NotFound);
        (await StatusForAsync(wanda.Email!)).ShouldBe(HttpStatusCode.NotFound);
    }
}
