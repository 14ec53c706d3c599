using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Bookings;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using static IntegrationHubs.IntegrationTests.Events.EventWorld;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class EditEventTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<GetEventForEdit.Result> LoadFormAsync(Guid id) =>
        _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Carla, h => h.HandleAsync(id));

    private async Task<EventResult> EditAsync(Guid id, Action<EventForm> change, EditScope scope = EditScope.ThisOnly)
    {
        var loaded = await LoadFormAsync(id);
        change(loaded.Form);
        return await _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Carla, h => h.HandleAsync(id, loaded.Form, loaded.Version, scope));
    }

    private Task<List<Event>> AllEventsAsync() =>
        _world.Bookings.Scenario.ReadAsync(db => db.Events.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Start).ToListAsync());

    private Task<int> NotifiedAsync(ApplicationUser user) =>
        _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters().CountAsync(n => n.Kind == NotificationKinds.EventChanged && n.UserId == user.Id));

    [Fact]
    public async Task Edit_NewTimeInASpace_RebooksTheSpaceAndFreesTheOldSlot()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        var id = (await _world.CreateAsync(InSpace(space))).Id!.Value;

        var result = await EditAsync(id, f => f.Start = TimeSpan.FromHours(19));

        result.Succeeded.ShouldBeTrue();
        var ev = await _world.LoadAsync(id);
        var bookings = await _world.Bookings.AllBookingsAsync();
        bookings.Count.ShouldBe(2);
        bookings.Single(b => b.HoldsSlot).Id.ShouldBe(ev.BookingId!.Value);
        bookings.Single(b => b.HoldsSlot).Start.ShouldBe(ev.Start);
        TimeZoneInfo.ConvertTime(ev.Start, BookingWorld.Berlin).Hour.ShouldBe(19);
        bookings.Single(b => !b.HoldsSlot).Status.ShouldBe(BookingStatus.Cancelled);
    }

    [Fact]
    public async Task Edit_OntoABookedSlot_IsRefusedWithAlternatives_AndNothingChanges()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        var id = (await _world.CreateAsync(InSpace(space))).Id!.Value;
        await _world.Bookings.BookAsync(_world.Bookings.Rana, BookingWorld.Form(space, daysAhead: 4, fromHour: 18, toHour: 20));
        var before = await _world.LoadAsync(id);

        var result = await EditAsync(id, f => { f.Date = BookingWorld.Day(4); f.Title = "Verschoben"; });

        result.RefusalKey.ShouldBe(BookingRefusal.Taken.Key);
        result.Alternatives.ShouldNotBeEmpty();
        var after = await _world.LoadAsync(id);
        after.Start.ShouldBe(before.Start);
        after.Title.ShouldBe(before.Title);
        (await _world.Bookings.LoadAsync(before.BookingId!.Value)).Status.ShouldBe(BookingStatus.Confirmed);
        (await _world.Bookings.AllBookingsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Edit_ByAnHour_MayOverlapItsOwnOldSlot()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        var id = (await _world.CreateAsync(InSpace(space))).Id!.Value;

        var result = await EditAsync(id, f => { f.Start = TimeSpan.FromHours(19); f.End = TimeSpan.FromHours(21); });

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Edit_CapacityBelowConfirmedSeats_IsRefusedAtTheCapacity()
    {
        var id = await _world.PublishedAsync(capacity: 5);
        await _world.RsvpAsync(_world.Bookings.Rana, id);
        await _world.RsvpAsync(_world.Bookings.Olek, id);

        var result = await EditAsync(id, f => f.Capacity = 1);

        result.RefusalKey.ShouldBe("Events.Refused.CapacityBelowConfirmed");
        result.Field.ShouldBe(EventResult.FieldCapacity);
        (await _world.LoadAsync(id)).Capacity.ShouldBe(5);
    }

    [Fact]
    public async Task Edit_FromAFormLoadedBeforeAnotherChange_IsRefusedAsChangedMeanwhile()
    {
        var id = await _world.PublishedAsync();
        var stale = await LoadFormAsync(id);
        await EditAsync(id, f => f.Title = "Erste Änderung");
        stale.Form.Title = "Zweite Änderung";

        var result = await _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Carla, h => h.HandleAsync(id, stale.Form, stale.Version));

        result.RefusalKey.ShouldBe("Error.ChangedMeanwhile");
        (await _world.LoadAsync(id)).Title.ShouldBe("Erste Änderung");
    }

    [Fact]
    public async Task Edit_NewTime_TellsEveryoneWhoRsvped_ButATitleAloneDoesNot()
    {
        var id = await _world.PublishedAsync(capacity: 1);
        await _world.RsvpAsync(_world.Bookings.Rana, id);
        await _world.RsvpAsync(_world.Bookings.Olek, id);

        await EditAsync(id, f => f.Title = "Neuer Titel");
        (await NotifiedAsync(_world.Bookings.Rana)).ShouldBe(0);
        await EditAsync(id, f => f.Start = TimeSpan.FromHours(17));

        (await NotifiedAsync(_world.Bookings.Rana)).ShouldBe(1);
        (await NotifiedAsync(_world.Bookings.Olek)).ShouldBe(1);
    }

    [Fact]
    public async Task EditOneOccurrence_MarksItChanged_AndLeavesTheOthers()
    {
        await SeriesAsync(3);
        var events = await AllEventsAsync();

        await EditAsync(events[1].Id, f => f.Title = "Sonderausgabe");

        var after = await AllEventsAsync();
        after.Select(e => e.Title).ShouldBe(["Nachbarschaftsfest", "Sonderausgabe", "Nachbarschaftsfest"]);
        after.Select(e => e.ChangedInSeries).ShouldBe([false, true, false]);
        after.ShouldAllBe(e => e.SeriesId == events[0].SeriesId);
    }

    [Fact]
    public async Task EditThisAndFollowing_MovesTheLaterOccurrencesInTheirOwnWeeks_NotTheEarlierOnes()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await SeriesAsync(3, space);
        var events = await AllEventsAsync();
        await _world.RsvpAsync(_world.Bookings.Rana, events[1].Id);
        await _world.RsvpAsync(_world.Bookings.Rana, events[2].Id);

        var result = await EditAsync(events[1].Id, f => { f.Start = TimeSpan.FromHours(17); f.End = TimeSpan.FromHours(19); }, EditScope.ThisAndFollowing);

        result.Succeeded.ShouldBeTrue();
        var after = await AllEventsAsync();
        after.Select(e => TimeZoneInfo.ConvertTime(e.Start, BookingWorld.Berlin).Hour).ShouldBe([18, 17, 17]);
        after.Select(e => TimeZoneInfo.ConvertTime(e.Start, BookingWorld.Berlin).Date).ShouldBe([BookingWorld.Day(3), BookingWorld.Day(10), BookingWorld.Day(17)]);
        after.ShouldAllBe(e => !e.ChangedInSeries);
        var held = (await _world.Bookings.AllBookingsAsync()).Where(b => b.HoldsSlot).Select(b => b.Id).ToList();
        held.ShouldBe(after.Select(e => e.BookingId!.Value), ignoreOrder: true);
        (await NotifiedAsync(_world.Bookings.Rana)).ShouldBe(1);
    }

    [Fact]
    public async Task EditThisAndFollowing_WhenOneLaterWeekClashes_ChangesNothing()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await SeriesAsync(3, space);
        var events = await AllEventsAsync();
        await _world.Bookings.BookAsync(_world.Bookings.Rana, BookingWorld.Form(space, daysAhead: 17, fromHour: 16, toHour: 17));

        var result = await EditAsync(events[1].Id, f => { f.Start = TimeSpan.FromHours(16); f.End = TimeSpan.FromHours(18); }, EditScope.ThisAndFollowing);

        result.RefusalKey.ShouldBe(BookingRefusal.Taken.Key);
        (await AllEventsAsync()).Select(e => TimeZoneInfo.ConvertTime(e.Start, BookingWorld.Berlin).Hour).ShouldBe([18, 18, 18]);
        (await _world.Bookings.AllBookingsAsync()).Count(b => b.HoldsSlot).ShouldBe(4);
    }

    [Fact]
    public async Task Edit_ByAPlainMember_OrFromAnotherHub_IsNotFound()
    {
        var id = await _world.PublishedAsync();
        var loaded = await LoadFormAsync(id);
        loaded.Form.Title = "Übernommen";

        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Rana, h => h.HandleAsync(id, loaded.Form, loaded.Version)));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Wanda, h => h.HandleAsync(id, loaded.Form, loaded.Version)));
        await Should.ThrowAsync<NotFoundException>(() =>
            _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Wanda, h => h.HandleAsync(id, loaded.Form, loaded.Version), _world.Bookings.West));
        await Should.ThrowAsync<NotFoundException>(() =>
            _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Wanda, h => h.HandleAsync(id), _world.Bookings.West));
        (await _world.LoadAsync(id)).Title.ShouldBe("Nachbarschaftsfest");
    }

    [Fact]
    public async Task EditOneDate_NewOriginalTitle_MarksThatDatesTranslationStale_TheOtherDatesKeepTheirs()
    {
        var form = AtAddress();
        form.Repeats = true;
        form.RepeatCount = 3;
        form.Translations.Add(new EventForm.TranslationForm { Language = "ar", Title = "حفلة الحي" });
        (await _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Carla, h => h.HandleAsync(form, skipProblems: false))).Created.ShouldBe(3);
        var events = await AllEventsAsync();

        await EditAsync(events[1].Id, f => f.Title = "Sonderausgabe");

        // Arabic readers of the renamed date get the new German title, not the old Arabic one.
        var after = await AllEventsAsync();
        after.Select(e => e.In("ar").Title).ShouldBe(["حفلة الحي", "Sonderausgabe", "حفلة الحي"]);
        after.Select(e => e.Translations.Single().Stale).ShouldBe([false, true, false]);
        (await LoadFormAsync(events[1].Id)).Form.Translations.Single(t => t.Language == "ar").Stale.ShouldBeTrue();

        await EditAsync(events[1].Id, f => f.Translations.Single(t => t.Language == "ar").Title = "عدد خاص");

        (await AllEventsAsync())[1].In("ar").Title.ShouldBe("عدد خاص");
    }

    private Task<CreateEventSeries.Result> SeriesAsync(int count, Space? space = null)
    {
        var form = space is null ? AtAddress() : InSpace(space);
        form.Repeats = true;
        form.RepeatCount = count;
        return _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Carla, h => h.HandleAsync(form, skipProblems: false));
    }
}
