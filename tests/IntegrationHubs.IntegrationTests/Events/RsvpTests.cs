using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class RsvpTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FiftyConcurrentRsvpsForTenSeats_GiveTenConfirmedAndFortyWaitlisted_InArrivalOrder()
    {
        var eventId = await _world.PublishedAsync(capacity: 10);
        var people = await _world.MembersAsync(50);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = people.Select(person => Task.Run(async () =>
        {
            await start.Task;
            return await _world.RsvpAsync(person, eventId);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        results.ShouldAllBe(r => r.Succeeded);
        results.Count(r => r.Status == RsvpStatus.Confirmed).ShouldBe(10);
        results.Count(r => r.Status == RsvpStatus.Waitlisted).ShouldBe(40);
        results.Where(r => r.Status == RsvpStatus.Waitlisted).Select(r => r.WaitlistPosition).Order().ShouldBe(Enumerable.Range(1, 40));
        var rows = await _world.RsvpsAsync(eventId);
        rows.Count.ShouldBe(50);

        // Arrival order: every seat went to someone who arrived before everyone waiting.
        rows.Take(10).ShouldAllBe(r => r.Status == RsvpStatus.Confirmed);
        rows.Skip(10).ShouldAllBe(r => r.Status == RsvpStatus.Waitlisted);
    }

    [Fact]
    public async Task Cancellation_PromotesExactlyTheFirstOnTheWaitlist_AndTellsThem()
    {
        var eventId = await _world.PublishedAsync(capacity: 2);
        var people = await _world.MembersAsync(4);
        foreach (var person in people)
        {
            await _world.RsvpAsync(person, eventId);
        }

        var withdrawn = await _world.WithdrawAsync(people[0], eventId);

        withdrawn.Succeeded.ShouldBeTrue();
        var rows = await _world.RsvpsAsync(eventId);
        rows.Single(r => r.UserId == people[0].Id).Status.ShouldBe(RsvpStatus.Cancelled);
        rows.Single(r => r.UserId == people[2].Id).Status.ShouldBe(RsvpStatus.Confirmed);
        rows.Single(r => r.UserId == people[3].Id).Status.ShouldBe(RsvpStatus.Waitlisted);
        rows.Count(r => r.Status == RsvpStatus.Confirmed).ShouldBe(2);
        var told = await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .Where(n => n.Kind == NotificationKinds.EventWaitlistPromoted).Select(n => n.UserId).ToListAsync());
        told.ShouldBe([people[2].Id]);
    }

    [Fact]
    public async Task ConcurrentCancellations_PromoteOnePerFreedSeat()
    {
        var eventId = await _world.PublishedAsync(capacity: 3);
        var people = await _world.MembersAsync(8);
        foreach (var person in people)
        {
            await _world.RsvpAsync(person, eventId);
        }

        await Task.WhenAll(people.Take(3).Select(p => Task.Run(() => _world.WithdrawAsync(p, eventId))));

        var rows = await _world.RsvpsAsync(eventId);
        rows.Where(r => r.Status == RsvpStatus.Confirmed).Select(r => r.UserId).ShouldBe(people.Skip(3).Take(3).Select(p => p.Id), ignoreOrder: true);
        rows.Count(r => r.Status == RsvpStatus.Waitlisted).ShouldBe(2);
    }

    [Fact]
    public async Task Rsvp_WhenTheDatabaseFailsForAMomentMidTransaction_IsRetried_AndTakesOneSeat()
    {
        var eventId = await _world.PublishedAsync();
        fixture.App.Faults.FailNext("INSERT INTO rsvps", times: 2);
        try
        {
            var rsvp = await _world.RsvpAsync(_world.Bookings.Rana, eventId);

            rsvp.Status.ShouldBe(RsvpStatus.Confirmed);
        }
        finally
        {
            fixture.App.Faults.Disarm();
        }

        // The whole transaction ran again (lock, count, insert), and what the failed attempts had tracked was not saved twice.
        (await _world.RsvpsAsync(eventId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Rsvp_Twice_IsRefused_AndKeepsTheFirst()
    {
        var eventId = await _world.PublishedAsync();

        (await _world.RsvpAsync(_world.Bookings.Rana, eventId)).Status.ShouldBe(RsvpStatus.Confirmed);
        (await _world.RsvpAsync(_world.Bookings.Rana, eventId)).RefusalKey.ShouldBe("Events.Rsvp.Already");
        (await _world.RsvpsAsync(eventId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Rsvp_ToACancelledEvent_IsRefused_AndPeopleWhoRsvpedAreTold()
    {
        var eventId = await _world.PublishedAsync();
        await _world.RsvpAsync(_world.Bookings.Olek, eventId);

        var cancelled = await _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Carla, h => h.HandleAsync(eventId));
        var rsvp = await _world.RsvpAsync(_world.Bookings.Rana, eventId);

        cancelled.Succeeded.ShouldBeTrue();
        rsvp.RefusalKey.ShouldBe("Events.Rsvp.Cancelled");
        (await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .CountAsync(n => n.Kind == NotificationKinds.EventCancelled && n.UserId == _world.Bookings.Olek.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Rsvp_ToAPastEvent_IsRefused()
    {
        var eventId = await _world.PublishedAsync();
        await _world.MoveToPastAsync(eventId);

        (await _world.RsvpAsync(_world.Bookings.Rana, eventId)).RefusalKey.ShouldBe("Events.Rsvp.Past");
    }

    [Fact]
    public async Task Withdraw_WithoutAnRsvp_IsRefused() =>
        (await _world.WithdrawAsync(_world.Bookings.Rana, await _world.PublishedAsync())).RefusalKey.ShouldBe("Events.Rsvp.None");
}
