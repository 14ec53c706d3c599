using System.Text.Json;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Events;
using IntegrationHubs.Web.Features.Me;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Me;

/// <summary>
/// A deleted account gives back what others need, through the same operations as a withdrawal or a cancellation; the export
/// holds what the person did in the other features.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MyDataAcrossFeaturesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<bool> DeleteAsync(Web.Data.ApplicationUser person) =>
        _world.Bookings.Scenario.AsAsync(person, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync(person.Email!));

    [Fact]
    public async Task Delete_WithAConfirmedSeatOnAFullEvent_PromotesTheFirstWaitlisted_AndTellsThem()
    {
        var eventId = await _world.PublishedAsync(capacity: 2);
        var people = await _world.MembersAsync(4);
        foreach (var person in people)
        {
            await _world.RsvpAsync(person, eventId);
        }

        (await DeleteAsync(people[0])).ShouldBeTrue();

        var rows = await _world.RsvpsAsync(eventId);
        rows.ShouldNotContain(r => r.UserId == people[0].Id);
        rows.Single(r => r.UserId == people[2].Id).Status.ShouldBe(RsvpStatus.Confirmed);
        rows.Single(r => r.UserId == people[3].Id).Status.ShouldBe(RsvpStatus.Waitlisted);
        rows.Count(r => r.Status == RsvpStatus.Confirmed).ShouldBe(2);
        var told = await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .Where(n => n.Kind == NotificationKinds.EventWaitlistPromoted).Select(n => n.UserId).ToListAsync());
        told.ShouldBe([people[2].Id]);
    }

    [Fact]
    public async Task Delete_WithAFutureBooking_FreesTheSlot_ForAnotherMember_AndAuditsTheCancellation()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost, policy: new BookingPolicy
        {
            RequiresApproval = false, MinLeadTime = TimeSpan.Zero, MaxDuration = TimeSpan.FromHours(4), HorizonDays = 60,
        });
        var booked = await _world.Bookings.BookAsync(_world.Bookings.Rana, Form(space));
        booked.Status.ShouldBe(BookingStatus.Confirmed);

        (await DeleteAsync(_world.Bookings.Rana)).ShouldBeTrue();

        (await _world.Bookings.LoadAsync(booked.Id!.Value)).Status.ShouldBe(BookingStatus.Cancelled);
        var again = await _world.Bookings.BookAsync(_world.Bookings.Olek, Form(space));
        again.Succeeded.ShouldBeTrue(again.Refusal?.Key);
        (await _world.Bookings.Scenario.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.Action == AuditActions.BookingCancelled && a.EntityId == booked.Id.Value.ToString() && a.ActorUserId == null))).ShouldBeTrue();
    }

    [Fact]
    public async Task Export_HoldsBookingsEventsOrganisedAndRsvpsWithTheEventsHubAndStart()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        (await _world.Bookings.BookAsync(_world.Bookings.Rana, Form(space, purpose: "Nähcafé für alle"))).Succeeded.ShouldBeTrue();
        var eventId = await _world.PublishedAsync();
        (await _world.RsvpAsync(_world.Bookings.Rana, eventId)).Succeeded.ShouldBeTrue();
        var ev = await _world.LoadAsync(eventId);

        using var rana = JsonDocument.Parse(await _world.Bookings.Scenario.AsAsync(_world.Bookings.Rana, null, s => s.GetRequiredService<ExportMyData>().HandleAsync()));
        using var carla = JsonDocument.Parse(await _world.Bookings.Scenario.AsAsync(_world.Bookings.Carla, null, s => s.GetRequiredService<ExportMyData>().HandleAsync()));

        var booking = rana.RootElement.GetProperty("bookings").EnumerateArray().ShouldHaveSingleItem();
        booking.GetProperty("space").GetString().ShouldBe("Werkstatt");
        booking.GetProperty("purpose").GetString().ShouldBe("Nähcafé für alle");
        var rsvp = rana.RootElement.GetProperty("eventRsvps").EnumerateArray().ShouldHaveSingleItem();
        rsvp.GetProperty("hub").GetString().ShouldBe(_world.Bookings.Ost.Name);
        rsvp.GetProperty("start").GetDateTimeOffset().ShouldBe(ev.Start);
        carla.RootElement.GetProperty("eventsOrganisedOrApproved").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ShouldContain(ev.Title);
    }
}
