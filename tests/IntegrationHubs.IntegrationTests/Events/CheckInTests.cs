using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>The door: the list and its search, ticks, walk-ins counted by the database, the close that makes attendance final.</summary>
[Collection(AppCollection.Name)]
public sealed class CheckInTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    private Web.Data.ApplicationUser Carla => _world.Bookings.Carla;

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sheet_ListsSeatsByNameThenTheWaitlist_AndTheSearchFindsByName()
    {
        var (rana, olek) = (_world.Bookings.Rana, _world.Bookings.Olek);
        var zora = (await _world.MembersAsync(1))[0];
        var eventId = await _world.AtTheDoorAsync(2, rana, olek, zora);

        var sheet = await _world.SheetAsync(Carla, eventId);
        var found = await _world.SheetAsync(Carla, eventId, "fara");

        sheet.Door.ShouldBe(CheckInDoor.Open);
        sheet.Rows.Select(r => (r.Name, r.Status)).ShouldBe([("Olek Member", RsvpStatus.Confirmed), ("Rana Farahani", RsvpStatus.Confirmed), ("Person 0", RsvpStatus.Waitlisted)]);
        sheet.Tally.ShouldBe(new CheckInTally(0, 2, 1, new Attendance(0, 0, 0)));
        found.Rows.ShouldHaveSingleItem().Name.ShouldBe("Rana Farahani");
        found.Matching.ShouldBe(1);
    }

    [Fact]
    public async Task Tick_ChecksInAndTakesBack_AndTheWaitlistedMayBeTickedToo()
    {
        var eventId = await _world.AtTheDoorAsync(1, _world.Bookings.Rana, _world.Bookings.Olek);
        var rows = await _world.RsvpsAsync(eventId);

        var ticked = await _world.TickAsync(Carla, eventId, rows[0].Id);
        var waiting = await _world.TickAsync(Carla, eventId, rows[1].Id);
        var untick = await _world.TickAsync(Carla, eventId, rows[0].Id, present: false);

        ticked.Tally!.CheckedIn.ShouldBe(1);
        waiting.Tally!.CheckedIn.ShouldBe(2);
        untick.Tally!.ShouldBe(new CheckInTally(1, 1, 1, new Attendance(0, 0, 0)));
        var after = await _world.RsvpsAsync(eventId);
        after[0].CheckedInAt.ShouldBeNull();
        after[1].CheckedInAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task WalkIns_AreAddedAndTakenAway_ButNeverBelowZero()
    {
        var eventId = await _world.AtTheDoorAsync(5);

        await _world.WalkInAsync(Carla, eventId, WalkInGroup.Newcomer, 1);
        await _world.WalkInAsync(Carla, eventId, WalkInGroup.Newcomer, 1);
        await _world.WalkInAsync(Carla, eventId, WalkInGroup.Resident, 1);
        var less = await _world.WalkInAsync(Carla, eventId, WalkInGroup.Newcomer, -1);
        var belowZero = await _world.WalkInAsync(Carla, eventId, WalkInGroup.Unknown, -1);

        less.Tally!.WalkIns.ShouldBe(new Attendance(1, 1, 0));
        less.Tally.Present.ShouldBe(2);
        belowZero.RefusalKey.ShouldBe("Events.CheckIn.InvalidCount");
        (await _world.LoadAsync(eventId)).WalkIns.ShouldBe(new Attendance(1, 1, 0));
    }

    [Fact]
    public async Task TwoPhonesAtOneDoor_CountEveryWalkInAndKeepEveryTick()
    {
        var second = await _world.Bookings.Scenario.PersonAsync("Selin Second", "selin@example.org");
        await _world.Bookings.Scenario.MembershipAsync(_world.Bookings.Ost, second, HubRoles.Member | HubRoles.Coordinator);
        var people = await _world.MembersAsync(20);
        var eventId = await _world.AtTheDoorAsync(30, [.. people]);
        var rsvps = await _world.RsvpsAsync(eventId);
        await _world.WalkInAsync(Carla, eventId, WalkInGroup.Resident, 1);
        for (var i = 0; i < 10; i++)
        {
            await _world.WalkInAsync(Carla, eventId, WalkInGroup.Unknown, 1);
        }

        // Phone one adds 25 newcomers and ticks the first ten; phone two adds 25 newcomers, takes 10 "not said" away, ticks
        // the other ten, and both tick the same person at the same moment.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Phone(Web.Data.ApplicationUser organiser, IEnumerable<Guid> toTick, Func<Task> more)
        {
            await start.Task;
            foreach (var id in toTick)
            {
                await _world.WalkInAsync(organiser, eventId, WalkInGroup.Newcomer, 1);
                await _world.TickAsync(organiser, eventId, id);
                await _world.TickAsync(organiser, eventId, rsvps[0].Id);
            }

            for (var i = 0; i < 15; i++)
            {
                await _world.WalkInAsync(organiser, eventId, WalkInGroup.Newcomer, 1);
            }

            await more();
        }

        var one = Task.Run(() => Phone(Carla, rsvps.Take(10).Select(r => r.Id), () => Task.CompletedTask));
        var two = Task.Run(() => Phone(second, rsvps.Skip(10).Select(r => r.Id), async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await _world.WalkInAsync(second, eventId, WalkInGroup.Unknown, -1);
            }
        }));
        start.SetResult();
        await Task.WhenAll(one, two);

        (await _world.LoadAsync(eventId)).WalkIns.ShouldBe(new Attendance(50, 1, 0));
        (await _world.RsvpsAsync(eventId)).ShouldAllBe(r => r.CheckedInAt != null);
        (await _world.SheetAsync(second, eventId)).Tally.Present.ShouldBe(71);
    }

    [Fact]
    public async Task FivePhonesAtOneDoor_TwentyFastTapsEach_AreAllCounted_AndEveryOpenViewHearsOfEachAtOnce()
    {
        var eventId = await _world.AtTheDoorAsync(5);
        var door = fixture.App.Services.GetRequiredService<DoorBroadcast>();
        var heard = 0;
        var allHeard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherHubHeard = 0;

        // An open door view of this event, and one keyed to the same event under another hub (which must hear nothing).
        using var view = door.Subscribe(_world.Bookings.Ost.Id, eventId, () =>
        {
            if (Interlocked.Increment(ref heard) == 100)
            {
                allHeard.SetResult();
            }

            return Task.CompletedTask;
        });
        using var elsewhere = door.Subscribe(_world.Bookings.West.Id, eventId, () =>
        {
            Interlocked.Increment(ref otherHubHeard);
            return Task.CompletedTask;
        });

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var phones = Enumerable.Range(0, 5).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            var refused = 0;
            for (var tap = 0; tap < 20; tap++)
            {
                refused += (await _world.WalkInAsync(Carla, eventId, WalkInGroup.Newcomer, 1)).Succeeded ? 0 : 1;
            }

            return refused;
        })).ToList();
        start.SetResult();

        (await Task.WhenAll(phones)).Sum().ShouldBe(0);
        await allHeard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await _world.LoadAsync(eventId)).WalkIns.ShouldBe(new Attendance(100, 0, 0));
        (await _world.SheetAsync(Carla, eventId)).Tally.Present.ShouldBe(100);
        otherHubHeard.ShouldBe(0);

        view.Dispose();
        door.Listening(_world.Bookings.Ost.Id, eventId).ShouldBe(0);
    }

    [Fact]
    public async Task AnRsvpAWithdrawalOrTheCancelDuringTheDoorsHour_ReachesTheOpenDoorViewsAtOnce()
    {
        var eventId = await _world.AtTheDoorAsync(5, _world.Bookings.Rana);
        var door = fixture.App.Services.GetRequiredService<DoorBroadcast>();
        var heard = 0;
        using var view = door.Subscribe(_world.Bookings.Ost.Id, eventId, () =>
        {
            Interlocked.Increment(ref heard);
            return Task.CompletedTask;
        });

        (await _world.RsvpAsync(_world.Bookings.Olek, eventId)).RefusalKey.ShouldBeNull();
        await WaitUntilAsync(() => heard == 1);
        (await _world.WithdrawAsync(_world.Bookings.Rana, eventId)).RefusalKey.ShouldBeNull();
        await WaitUntilAsync(() => heard == 2);
        (await _world.Bookings.As<EventChange, CancelEvent>(Carla, h => h.HandleAsync(eventId))).Succeeded.ShouldBeTrue();
        await WaitUntilAsync(() => heard == 3);
    }

    /// <summary>The news travels off the caller's thread: it arrives within moments, or the test fails.</summary>
    private static async Task WaitUntilAsync(Func<bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!done())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task CloseRace_ThePhoneThatLoses_IsToldTheDoorIsAlreadyClosed_AndEveryTapIsCountedOrRefusedSo()
    {
        var second = await _world.Bookings.Scenario.PersonAsync("Selin Second", "selin@example.org");
        await _world.Bookings.Scenario.MembershipAsync(_world.Bookings.Ost, second, HubRoles.Member | HubRoles.Coordinator);
        var eventId = await _world.AtTheDoorAsync(5, _world.Bookings.Rana);
        var rsvp = (await _world.RsvpsAsync(eventId)).Single();

        // Both phones press "close" at once while a third keeps counting walk-ins.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closes = new[] { Carla, second }.Select(phone => Task.Run(async () =>
        {
            await start.Task;
            return await _world.CloseAsync(phone, eventId);
        })).ToList();
        var taps = Task.Run(async () =>
        {
            await start.Task;
            List<CheckInChange> answers = [];
            for (var i = 0; i < 10; i++)
            {
                answers.Add(await _world.WalkInAsync(Carla, eventId, WalkInGroup.Resident, 1));
            }

            return answers;
        });
        start.SetResult();

        var closed = await Task.WhenAll(closes);
        var walkIns = await taps;

        closed.Count(c => c.Succeeded).ShouldBe(1);
        closed.Single(c => !c.Succeeded).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
        walkIns.Where(w => !w.Succeeded).ShouldAllBe(w => w.RefusalKey == "Events.CheckIn.AlreadyClosed");
        (await _world.LoadAsync(eventId)).WalkIns.Residents.ShouldBe(walkIns.Count(w => w.Succeeded));
        (await _world.TickAsync(second, eventId, rsvp.Id)).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
        (await _world.WalkInAsync(second, eventId, WalkInGroup.Newcomer, 1)).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
    }

    [Fact]
    public async Task Close_CountsTheTickedByBackground_AuditsIt_AndTheFiguresStayAsTheyWere()
    {
        var (rana, olek) = (_world.Bookings.Rana, _world.Bookings.Olek);
        var people = await _world.MembersAsync(2);
        await _world.BackgroundAsync(rana, Background.Newcomer);
        await _world.BackgroundAsync(olek, Background.LongTermResident);
        await _world.BackgroundAsync(people[0], Background.PreferNotToSay);
        var eventId = await _world.AtTheDoorAsync(10, rana, olek, people[0], people[1]);
        var rsvps = await _world.RsvpsAsync(eventId);
        foreach (var rsvp in rsvps.Take(3))
        {
            await _world.TickAsync(Carla, eventId, rsvp.Id);
        }

        await _world.WalkInAsync(Carla, eventId, WalkInGroup.Resident, 1);

        var closed = await _world.CloseAsync(Carla, eventId);

        closed.Succeeded.ShouldBeTrue();
        var ev = await _world.LoadAsync(eventId);
        ev.Status.ShouldBe(EventStatus.Closed);
        ev.ClosedAt.ShouldNotBeNull();
        ev.CheckedIn.ShouldBe(new Attendance(1, 1, 1));
        ev.Attended.ShouldBe(new Attendance(1, 2, 1));
        (ev.ConfirmedRsvps, ev.ShowedUp).ShouldBe((4, 3)); // what the dashboards read for it from now on (decision 0020)
        (await _world.Bookings.Scenario.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.Action == AuditActions.EventClosed && a.EntityId == eventId.ToString() && a.ActorUserId == Carla.Id))).ShouldBe(1);

        // Afterwards nothing at the door changes it, and neither does a statement that goes round the app.
        (await _world.TickAsync(Carla, eventId, rsvps[3].Id)).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
        (await _world.TickAsync(Carla, eventId, rsvps[0].Id, present: false)).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
        (await _world.WalkInAsync(Carla, eventId, WalkInGroup.Newcomer, 1)).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
        (await _world.CloseAsync(Carla, eventId)).RefusalKey.ShouldBe("Events.CheckIn.AlreadyClosed");
        (await _world.WithdrawAsync(people[1], eventId)).RefusalKey.ShouldBe("Events.Rsvp.Past");
        var frozen = await Should.ThrowAsync<PostgresException>(() =>
            _world.ExecuteAsync("UPDATE events SET walk_ins_newcomer = walk_ins_newcomer + 1 WHERE id = @id", eventId));
        frozen.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
        await Should.ThrowAsync<PostgresException>(() => _world.ExecuteAsync("UPDATE rsvps SET checked_in_at = NULL WHERE event_id = @id", eventId));
        await Should.ThrowAsync<PostgresException>(() => _world.ExecuteAsync("UPDATE events SET showed_up = 0 WHERE id = @id", eventId));
        var after = await _world.LoadAsync(eventId);
        (after.Attended, after.Status).ShouldBe((new Attendance(1, 2, 1), EventStatus.Closed));
        (await _world.RsvpsAsync(eventId)).Count(r => r.CheckedInAt != null).ShouldBe(3);
    }

    [Fact]
    public async Task BeforeTheDoorOpens_TicksWalkInsAndTheCloseAreRefused_ButTheListIsThere()
    {
        var eventId = await _world.PublishedAsync();
        await _world.RsvpAsync(_world.Bookings.Rana, eventId);
        var rsvp = (await _world.RsvpsAsync(eventId)).Single();

        var sheet = await _world.SheetAsync(Carla, eventId);

        sheet.Door.ShouldBe(CheckInDoor.NotYetOpen);
        sheet.Rows.ShouldHaveSingleItem();
        (await _world.TickAsync(Carla, eventId, rsvp.Id)).RefusalKey.ShouldBe("Events.CheckIn.NotOpen");
        (await _world.WalkInAsync(Carla, eventId, WalkInGroup.Newcomer, 1)).RefusalKey.ShouldBe("Events.CheckIn.NotOpen");
        (await _world.CloseAsync(Carla, eventId)).RefusalKey.ShouldBe("Events.CheckIn.NotOpen");
        (await _world.LoadAsync(eventId)).Status.ShouldBe(EventStatus.Published);
    }

    [Fact]
    public async Task ACancelledEvent_HasNoCheckIn()
    {
        var eventId = await _world.AtTheDoorAsync(5, _world.Bookings.Rana);
        (await _world.Bookings.As<EventChange, CancelEvent>(Carla, h => h.HandleAsync(eventId))).Succeeded.ShouldBeTrue();

        (await _world.SheetAsync(Carla, eventId)).Door.ShouldBe(CheckInDoor.Cancelled);
        (await _world.TickAsync(Carla, eventId, (await _world.RsvpsAsync(eventId))[0].Id)).RefusalKey.ShouldBe("Events.CheckIn.CancelledEvent");
        (await _world.WalkInAsync(Carla, eventId, WalkInGroup.Unknown, 1)).RefusalKey.ShouldBe("Events.CheckIn.CancelledEvent");
        (await _world.CloseAsync(Carla, eventId)).RefusalKey.ShouldBe("Events.CheckIn.CancelledEvent");
    }

    [Fact]
    public async Task Withdraw_OnceTickedAtTheDoor_IsRefused()
    {
        var eventId = await _world.AtTheDoorAsync(5, _world.Bookings.Rana);
        await _world.TickAsync(Carla, eventId, (await _world.RsvpsAsync(eventId))[0].Id);

        (await _world.WithdrawAsync(_world.Bookings.Rana, eventId)).RefusalKey.ShouldBe("Events.Rsvp.CheckedIn");
        (await _world.RsvpsAsync(eventId))[0].Status.ShouldBe(RsvpStatus.Confirmed);
    }
}
