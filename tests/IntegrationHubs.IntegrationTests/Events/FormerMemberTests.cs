using System.Net;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>
/// An RSVP outlives the membership it was made in. Once a person has left (or been switched off), their personal list,
/// their calendar feed and the notices they get follow their standing now: members-only events are gone, changes too.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FormerMemberTests(AppFixture fixture) : IAsyncLifetime
{
    private const string Secret = "Vorstandsabend-nur-intern";
    private const string Open = "Offenes Sprachcafé";

    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Guid Secret, Guid Open, string Token)> RanaRsvpedToBothAsync()
    {
        var secret = (await _world.CreateAsync(EventWorld.AtAddress(membersOnly: true, title: Secret))).Id!.Value;
        var open = (await _world.CreateAsync(EventWorld.AtAddress(title: Open, daysAhead: 4))).Id!.Value;
        (await _world.RsvpAsync(_world.Bookings.Rana, secret)).Succeeded.ShouldBeTrue();
        (await _world.RsvpAsync(_world.Bookings.Rana, open)).Succeeded.ShouldBeTrue();
        var token = await _world.Bookings.As<string, ResetMyCalendarFeed>(_world.Bookings.Rana, h => h.HandleAsync());
        return (secret, open, token);
    }

    private async Task<string> FeedAsync(string token)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(ResetMyCalendarFeed.PathFor(token));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<IReadOnlyList<ListMyEvents.Item>> MyEventsAsync() =>
        _world.Bookings.As<IReadOnlyList<ListMyEvents.Item>, ListMyEvents>(_world.Bookings.Rana, h => h.HandleAsync("de"));

    [Fact]
    public async Task MyEventsAndFeed_OfAMemberWhoLeft_NoLongerShowMembersOnlyEvents_ButStillThePublicOnes()
    {
        var (_, _, token) = await RanaRsvpedToBothAsync();
        (await FeedAsync(token)).ShouldContain(Secret);
        (await MyEventsAsync()).Select(i => i.Card.Title).ShouldContain(Secret);

        await _world.Bookings.As<bool, LeaveHub>(_world.Bookings.Rana, async h => { await h.HandleAsync(); return true; });

        var feed = await FeedAsync(token);
        feed.ShouldNotContain(Secret);
        feed.ShouldContain(Open);
        var mine = (await MyEventsAsync()).Select(i => i.Card.Title).ToList();
        mine.ShouldNotContain(Secret);
        mine.ShouldContain(Open);
    }

    [Fact]
    public async Task Feed_OfASwitchedOffMember_HidesMembersOnlyEvents_ChangedAfterwardsToo()
    {
        var (secret, _, token) = await RanaRsvpedToBothAsync();
        (await _world.RsvpAsync(_world.Bookings.Olek, secret)).Succeeded.ShouldBeTrue();
        await _world.ExecuteAsync("UPDATE hub_memberships SET state = 'Deactivated' WHERE user_id = @id", _world.Bookings.Rana.Id);
        var loaded = await _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Carla, h => h.HandleAsync(secret));
        loaded.Form.Title = Secret + " verlegt";
        loaded.Form.Start = TimeSpan.FromHours(17);

        (await _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Carla, h => h.HandleAsync(secret, loaded.Form, loaded.Version))).RefusalKey.ShouldBeNull();

        (await FeedAsync(token)).ShouldNotContain(Secret);
        (await MyEventsAsync()).Select(i => i.Card.Title).ShouldNotContain(Secret + " verlegt");
        var told = await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .Where(n => n.Kind == NotificationKinds.EventChanged).Select(n => n.UserId).ToListAsync());
        told.ShouldBe([_world.Bookings.Olek.Id]);
    }

    [Fact]
    public async Task Cancelling_AMembersOnlyEvent_TellsItsMembers_NotThoseWhoLeft()
    {
        var (secret, _, _) = await RanaRsvpedToBothAsync();
        (await _world.RsvpAsync(_world.Bookings.Olek, secret)).Succeeded.ShouldBeTrue();
        await _world.Bookings.As<bool, LeaveHub>(_world.Bookings.Rana, async h => { await h.HandleAsync(); return true; });

        (await _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Carla, h => h.HandleAsync(secret))).Succeeded.ShouldBeTrue();

        var told = await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .Where(n => n.Kind == NotificationKinds.EventCancelled).Select(n => n.UserId).ToListAsync());
        told.ShouldBe([_world.Bookings.Olek.Id]);
    }
}
