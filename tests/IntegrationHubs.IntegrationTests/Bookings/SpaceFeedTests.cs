using System.Net;
using System.Text;
using IntegrationHubs.Domain.Spaces;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

[Collection(SecondAppCollection.Name)]
public sealed class SpaceFeedTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Feed_ListsConfirmedBookingsOnly_AsValidICalendar_WithoutPurposeUnlessThePolicyShowsIt()
    {
        var hidden = await _world.SpaceAsync(_world.Ost, "Werkstatt", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero });
        var shown = await _world.SpaceAsync(_world.Ost, "Café", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, ShowPurposeInFeed = true });
        var approval = await _world.SpaceAsync(_world.Ost, "Saal");
        (await _world.BookAsync(_world.Rana, Form(hidden, purpose: "Private Feier; mit Freunden, sehr lang: " + new string('x', 80)))).Succeeded.ShouldBeTrue();
        (await _world.BookAsync(_world.Rana, Form(shown, purpose: "Sprachcafé, offen für alle"))).Succeeded.ShouldBeTrue();
        (await _world.BookAsync(_world.Rana, Form(approval, purpose: "Noch nicht bestätigt"))).Status.ShouldBe(BookingStatus.Pending);
        using var client = fixture.App.CreateClient();

        var hiddenFeed = await client.GetAsync($"/api/v1/hubs/{_world.Ost.Slug}/spaces/{hidden.Id}/bookings.ics");
        var shownFeed = await client.GetStringAsync($"/api/v1/hubs/{_world.Ost.Slug}/spaces/{shown.Id}/bookings.ics");
        var pendingFeed = await client.GetStringAsync($"/api/v1/hubs/{_world.Ost.Slug}/spaces/{approval.Id}/bookings.ics");

        hiddenFeed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await hiddenFeed.Content.ReadAsStringAsync();
        text.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        text.ShouldEndWith("END:VCALENDAR\r\n");
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n");
        text.Split("\r\n").ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
        text.ShouldContain("UID:booking-");
        text.ShouldContain("DTSTAMP:");
        text.ShouldMatch(@"DTSTART:\d{8}T\d{6}Z\r\n");
        text.ShouldContain("SUMMARY:Belegt");
        text.ShouldNotContain("Private");
        shownFeed.ShouldContain(@"SUMMARY:Sprachcafé\, offen für alle");
        pendingFeed.ShouldNotContain("BEGIN:VEVENT");
    }

    [Fact]
    public async Task Feed_MembersOnlyEventInASpaceThatShowsPurposes_IsOnlyBooked_ForVisitors()
    {
        var space = await _world.SpaceAsync(_world.Ost, "Café", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, ShowPurposeInFeed = true }, allDay: true);
        var secret = Events.EventWorld.InSpace(space, daysAhead: 3);
        secret.Title = "Vorstandsklausur-intern";
        secret.MembersOnly = true;
        var open = Events.EventWorld.InSpace(space, daysAhead: 4);
        open.Title = "Offener Spieleabend";
        (await _world.As<Web.Features.Events.EventResult, Web.Features.Events.CreateEvent>(_world.Carla, h => h.HandleAsync(secret))).RefusalKey.ShouldBeNull();
        (await _world.As<Web.Features.Events.EventResult, Web.Features.Events.CreateEvent>(_world.Carla, h => h.HandleAsync(open))).RefusalKey.ShouldBeNull();
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync($"/api/v1/hubs/{_world.Ost.Slug}/spaces/{space.Id}/bookings.ics");
        var feed = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, feed);
        feed.ShouldNotContain("Vorstandsklausur");
        feed.ShouldContain("SUMMARY:Offener Spieleabend");
        feed.Split("SUMMARY:Belegt").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Feed_OfAnotherHubsSpaceThroughThisHub_IsNotFound()
    {
        var west = await _world.SpaceAsync(_world.West, "Westsaal");
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync($"/api/v1/hubs/{_world.Ost.Slug}/spaces/{west.Id}/bookings.ics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
