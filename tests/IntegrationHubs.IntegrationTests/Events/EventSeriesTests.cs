using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Bookings;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using static IntegrationHubs.IntegrationTests.Events.EventWorld;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class EventSeriesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static EventForm Weekly(EventForm form, int count = 4)
    {
        form.Repeats = true;
        form.RepeatByCount = true;
        form.RepeatCount = count;
        return form;
    }

    private Task<CreateEventSeries.Result> CreateAsync(EventForm form, bool skipProblems = false) =>
        _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Carla, h => h.HandleAsync(form, skipProblems));

    private Task<List<Event>> AllEventsAsync() =>
        _world.Bookings.Scenario.ReadAsync(db => db.Events.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Start).ToListAsync());

    [Fact]
    public async Task Create_InASpace_MakesEveryOccurrenceAnEventWithItsOwnBooking_OneWeekApart()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);

        var result = await CreateAsync(Weekly(InSpace(space)));

        result.Created.ShouldBe(4);
        var events = await AllEventsAsync();
        events.Count.ShouldBe(4);
        events.ShouldAllBe(e => e.SeriesId == result.SeriesId && e.Status == EventStatus.Published && !e.ChangedInSeries);
        events.Select(e => TimeZoneInfo.ConvertTime(e.Start, BookingWorld.Berlin).TimeOfDay).Distinct().ShouldBe([TimeSpan.FromHours(18)]);
        events.Zip(events.Skip(1)).ShouldAllBe(p => (TimeZoneInfo.ConvertTime(p.Second.Start, BookingWorld.Berlin).Date - TimeZoneInfo.ConvertTime(p.First.Start, BookingWorld.Berlin).Date).Days == 7);
        var bookings = await _world.Bookings.AllBookingsAsync();
        bookings.Count.ShouldBe(4);
        events.Select(e => e.BookingId).ShouldBe(bookings.Select(b => (Guid?)b.Id), ignoreOrder: true);
        bookings.ShouldAllBe(b => b.Status == BookingStatus.Confirmed && b.SeriesId == result.SeriesId);
    }

    [Fact]
    public async Task Create_SameFormSubmittedTwiceAtOnce_CreatesTheSeriesOnce()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        var form = Weekly(InSpace(space));

        var results = await Task.WhenAll(Task.Run(() => CreateAsync(form)), Task.Run(() => CreateAsync(form)));

        results.ShouldAllBe(r => r.Succeeded && r.SeriesId == form.Id && r.Created == 4);
        (await AllEventsAsync()).Count.ShouldBe(4);
        (await _world.Bookings.AllBookingsAsync()).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Plan_ListsTheClashingWeek_AndCreatingWithoutConsentSavesNothing()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await _world.Bookings.BookAsync(_world.Bookings.Rana, BookingWorld.Form(space, daysAhead: 3 + 7, fromHour: 19, toHour: 21));

        var plan = await _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Carla, h => h.PlanAsync(Weekly(InSpace(space))));
        var refused = await CreateAsync(Weekly(InSpace(space)));

        plan.Plan.Select(p => p.ProblemKey).ShouldBe([null, BookingRefusal.Taken.Key, null, null]);
        refused.RefusalKey.ShouldBe("Events.Series.HasProblems");
        (await AllEventsAsync()).ShouldBeEmpty();
        (await _world.Bookings.AllBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Create_SkippingProblems_CreatesTheOtherWeeksOnly()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await _world.Bookings.BookAsync(_world.Bookings.Rana, BookingWorld.Form(space, daysAhead: 3 + 7, fromHour: 19, toHour: 21));

        var result = await CreateAsync(Weekly(InSpace(space)), skipProblems: true);

        result.Created.ShouldBe(3);
        var dates = (await AllEventsAsync()).Select(e => TimeZoneInfo.ConvertTime(e.Start, BookingWorld.Berlin).Date).ToList();
        dates.ShouldBe([BookingWorld.Day(3), BookingWorld.Day(17), BookingWorld.Day(24)]);
    }

    [Fact]
    public async Task Create_UntilADate_StopsAtThatDate()
    {
        var form = Weekly(AtAddress());
        form.RepeatByCount = false;
        form.RepeatUntil = BookingWorld.Day(3 + 14);

        var result = await CreateAsync(form);

        result.Created.ShouldBe(3);
        (await AllEventsAsync()).ShouldAllBe(e => e.SpaceId == null && e.Address == "Marktplatz 1");
    }

    [Fact]
    public async Task Create_MoreThanTheCap_IsRefusedByTheValidator()
    {
        await Should.ThrowAsync<FluentValidation.ValidationException>(() => CreateAsync(Weekly(AtAddress(), count: EventSeries.MaxOccurrences + 1)));

        (await AllEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ByAPlainMember_IsRefused()
    {
        var result = await _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Rana, h => h.HandleAsync(Weekly(AtAddress()), true));

        result.RefusalKey.ShouldBe("Events.NotAllowed");
        (await AllEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_InAnotherHub_IsNotFound_AndItsSpacesAreUnknown()
    {
        var ostSpace = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);

        await Should.ThrowAsync<NotFoundException>(() =>
            _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Wanda, h => h.HandleAsync(Weekly(AtAddress()), true)));
        var fromWest = await _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Wanda,
            h => h.HandleAsync(Weekly(InSpace(ostSpace)), true), _world.Bookings.West);

        fromWest.RefusalKey.ShouldBe("Events.Refused.UnknownSpace");
        (await AllEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Occurrences_TakeRsvpsEachOnTheirOwn()
    {
        await CreateAsync(Weekly(AtAddress(capacity: 1), count: 2));
        var events = await AllEventsAsync();

        await _world.RsvpAsync(_world.Bookings.Rana, events[0].Id);
        var second = await _world.RsvpAsync(_world.Bookings.Olek, events[1].Id);
        var waiting = await _world.RsvpAsync(_world.Bookings.Olek, events[0].Id);

        second.Status.ShouldBe(RsvpStatus.Confirmed);
        waiting.Status.ShouldBe(RsvpStatus.Waitlisted);
    }

    [Fact]
    public async Task CancellingOneOccurrence_LeavesTheOthersAndFreesOnlyItsSlot()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await CreateAsync(Weekly(InSpace(space), count: 3));
        var events = await AllEventsAsync();

        await _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Carla, h => h.HandleAsync(events[1].Id));

        var after = await AllEventsAsync();
        after.Select(e => e.Status).ShouldBe([EventStatus.Published, EventStatus.Cancelled, EventStatus.Published]);
        after[1].SeriesId.ShouldBe(events[0].SeriesId);
        (await _world.Bookings.AllBookingsAsync()).Count(b => b.HoldsSlot).ShouldBe(2);
    }

    [Fact]
    public async Task ListedOccurrences_SayTheyArePartOfASeries()
    {
        await CreateAsync(Weekly(AtAddress(), count: 2));

        var cards = await _world.Bookings.As<IReadOnlyList<EventCard>, ListHubEvents>(_world.Bookings.Rana, h => h.HandleAsync(new EventFilter(), "de"));

        cards.Count.ShouldBe(2);
        cards.ShouldAllBe(c => c.InSeries && !c.ChangedInSeries);
    }

    [Fact]
    public async Task CancellingThisAndFollowing_CallsOffTheLaterDatesOnly_FreesTheirSlots_AndTellsEachPersonOnce()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await CreateAsync(Weekly(InSpace(space), count: 4));
        var events = await AllEventsAsync();
        await _world.RsvpAsync(_world.Bookings.Rana, events[2].Id);
        await _world.RsvpAsync(_world.Bookings.Rana, events[3].Id);

        var result = await _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Carla, h => h.HandleAsync(events[1].Id, following: true));

        result.Succeeded.ShouldBeTrue();
        (await AllEventsAsync()).Select(e => e.Status).ShouldBe([EventStatus.Published, EventStatus.Cancelled, EventStatus.Cancelled, EventStatus.Cancelled]);
        (await _world.Bookings.AllBookingsAsync()).Count(b => b.HoldsSlot).ShouldBe(1);
        (await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .CountAsync(n => n.Kind == Domain.Notifications.NotificationKinds.EventCancelled && n.UserId == _world.Bookings.Rana.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task CancellingThisAndFollowing_FromAnotherHub_IsNotFound()
    {
        await CreateAsync(Weekly(AtAddress(), count: 2));
        var events = await AllEventsAsync();

        await Should.ThrowAsync<NotFoundException>(() =>
            _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Wanda, h => h.HandleAsync(events[0].Id, following: true), _world.Bookings.West));

        (await AllEventsAsync()).ShouldAllBe(e => e.Status == EventStatus.Published);
    }
}
