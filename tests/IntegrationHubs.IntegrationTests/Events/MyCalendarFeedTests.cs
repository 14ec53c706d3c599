using System.Net;
using System.Text;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Me;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>The personal calendar address: the owner's RSVPs across hubs, nobody else's, only by a token whose hash alone is kept.</summary>
[Collection(AppCollection.Name)]
public sealed class MyCalendarFeedTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> ResetAsync(Web.Data.ApplicationUser user) =>
        _world.Bookings.As<string, ResetMyCalendarFeed>(user, h => h.HandleAsync());

    private async Task<(HttpStatusCode Status, string Body)> FetchAsync(string? token)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(token is null ? "/api/v1/me/events.ics" : ResetMyCalendarFeed.PathFor(token));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feed_ListsMyRsvpsInEveryHub_WaitlistMarked_AndNotOtherPeoplesOrWithdrawnOnes()
    {
        var rana = _world.Bookings.Rana;
        await _world.Bookings.Scenario.MembershipAsync(_world.Bookings.West, rana, HubRoles.Member);
        var full = await _world.CreateAsync(EventWorld.AtAddress(capacity: 1, title: "Volles Fest"));
        var mine = await _world.CreateAsync(EventWorld.AtAddress(title: "Lesung"));
        var withdrawn = await _world.CreateAsync(EventWorld.AtAddress(title: "Zurückgezogen"));
        var olekOnly = await _world.CreateAsync(EventWorld.AtAddress(title: "Nur Olek"));
        var west = await _world.Bookings.As<EventResult, CreateEvent>(_world.Bookings.Wanda, h => h.HandleAsync(EventWorld.AtAddress(title: "Westfest")), _world.Bookings.West);
        await _world.RsvpAsync(_world.Bookings.Olek, full.Id!.Value);
        await _world.RsvpAsync(rana, full.Id!.Value);
        await _world.RsvpAsync(rana, mine.Id!.Value);
        await _world.RsvpAsync(rana, withdrawn.Id!.Value);
        await _world.WithdrawAsync(rana, withdrawn.Id!.Value);
        await _world.RsvpAsync(_world.Bookings.Olek, olekOnly.Id!.Value);
        await _world.RsvpAsync(rana, west.Id!.Value, _world.Bookings.West);
        var token = await ResetAsync(rana);

        var (status, body) = await FetchAsync(token);

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("SUMMARY:Lesung");
        body.ShouldContain("SUMMARY:Westfest");
        body.ShouldContain("SUMMARY:Warteliste: Volles Fest");
        body.ShouldNotContain("Zurückgezogen");
        body.ShouldNotContain("Nur Olek");
        body.Split("BEGIN:VEVENT").Length.ShouldBe(4);
    }

    [Fact]
    public async Task Reset_MakesTheOldAddressStopWorking_AndOnlyTheHashIsStored()
    {
        var old = await ResetAsync(_world.Bookings.Rana);
        var fresh = await ResetAsync(_world.Bookings.Rana);

        (await FetchAsync(old)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await FetchAsync(fresh)).Status.ShouldBe(HttpStatusCode.OK);
        var stored = await _world.Bookings.Scenario.ReadAsync(db => db.CalendarFeeds.AsNoTracking().SingleAsync());
        stored.TokenHash.ShouldNotContain(fresh);
        stored.TokenHash.Length.ShouldBe(64);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nicht-vergeben")]
    public async Task Feed_WithoutAKnownToken_IsNotFound(string? token)
    {
        await ResetAsync(_world.Bookings.Rana);

        (await FetchAsync(token)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_SaysTheAddressExists_AndDeletingTheAccountRemovesIt()
    {
        var rana = _world.Bookings.Rana;
        var token = await ResetAsync(rana);

        var export = Encoding.UTF8.GetString(await _world.Bookings.As<byte[], ExportMyData>(rana, h => h.HandleAsync()));
        await _world.Bookings.As<bool, DeleteMyAccount>(rana, h => h.HandleAsync(rana.Email!));

        export.ShouldContain("\"calendarFeed\"");
        export.ShouldNotContain(token);
        (await _world.Bookings.Scenario.ReadAsync(db => db.CalendarFeeds.CountAsync())).ShouldBe(0);
        (await FetchAsync(token)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Feed_GivesAnEditedEventAHigherSequence_SoSubscribedAppsTakeTheChange()
    {
        var id = await _world.PublishedAsync();
        await _world.RsvpAsync(_world.Bookings.Rana, id);
        var token = await ResetAsync(_world.Bookings.Rana);
        (await FetchAsync(token)).Body.ShouldContain("SEQUENCE:0");
        var loaded = await _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Carla, h => h.HandleAsync(id));
        loaded.Form.Start = TimeSpan.FromHours(17);

        await _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Carla, h => h.HandleAsync(id, loaded.Form, loaded.Version));

        var (_, body) = await FetchAsync(token);
        body.ShouldContain("SEQUENCE:1");
        body.ShouldNotContain("SEQUENCE:0");
    }
}
