using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Bookings;
using IntegrationHubs.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using static IntegrationHubs.IntegrationTests.Events.EventWorld;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class CreateEventTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<Event>> AllEventsAsync() =>
        _world.Bookings.Scenario.ReadAsync(db => db.Events.IgnoreQueryFilters().AsNoTracking().ToListAsync());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_SameFormSubmittedTwice_SavesOneEventAndOneBooking_AndBothAnswersNameIt(bool atOnce)
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        var form = InSpace(space);

        var results = atOnce
            ? await Task.WhenAll(Task.Run(() => _world.CreateAsync(form)), Task.Run(() => _world.CreateAsync(form)))
            : [await _world.CreateAsync(form), await _world.CreateAsync(form)];

        results.ShouldAllBe(r => r.RefusalKey == null && r.Id == form.Id);
        (await AllEventsAsync()).ShouldHaveSingleItem().Id.ShouldBe(form.Id);
        (await _world.Bookings.AllBookingsAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Create_InASpace_BooksTheSpaceInTheSameTransaction()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);

        var result = await _world.CreateAsync(InSpace(space));

        result.Status.ShouldBe(EventStatus.Published);
        var saved = await _world.LoadAsync(result.Id!.Value);
        var booking = (await _world.Bookings.AllBookingsAsync()).ShouldHaveSingleItem();
        saved.BookingId.ShouldBe(booking.Id);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.SpaceId.ShouldBe(space.Id);
    }

    [Fact]
    public async Task Create_InABookedSpace_IsRefusedWithFreeAlternatives_AndNothingIsSaved()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        await _world.Bookings.BookAsync(_world.Bookings.Rana, BookingWorld.Form(space, daysAhead: 3, fromHour: 17, toHour: 19));

        var result = await _world.CreateAsync(InSpace(space));

        result.RefusalKey.ShouldBe(BookingRefusal.Taken.Key);
        result.Alternatives.ShouldNotBeEmpty();
        (await AllEventsAsync()).ShouldBeEmpty();
        (await _world.Bookings.AllBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Create_OutsideOpeningHours_IsRefusedAtTheStart()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);

        var result = await _world.CreateAsync(InSpace(space, fromHour: 22, toHour: 23));

        result.RefusalKey.ShouldBe(BookingRefusal.OutsideOpeningHours.Key);
        (await AllEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_WithTranslationInALanguageTheHubDoesNotOffer_IsRefusedAtTheTranslations()
    {
        var form = AtAddress();
        form.Translations.Add(new EventForm.TranslationForm { Language = "uk", Title = "Свято" });

        var result = await _world.CreateAsync(form);

        result.RefusalKey.ShouldBe("Events.Refused.TranslationLanguage");
        result.Field.ShouldBe(EventResult.FieldTranslations);
    }

    [Fact]
    public async Task Create_WithZeroCapacity_IsRefusedByTheValidator()
    {
        var form = AtAddress(capacity: 0);

        await Should.ThrowAsync<FluentValidation.ValidationException>(() => _world.CreateAsync(form));
        (await AllEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ByAPlainMember_IsRefused()
    {
        var result = await _world.Bookings.As<EventResult, CreateEvent>(_world.Bookings.Rana, h => h.HandleAsync(AtAddress()));

        result.RefusalKey.ShouldBe("Events.NotAllowed");
        (await AllEventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancel_FreesTheSpaceAtOnce()
    {
        var space = await _world.Bookings.SpaceAsync(_world.Bookings.Ost);
        var id = (await _world.CreateAsync(InSpace(space))).Id!.Value;

        await _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Carla, h => h.HandleAsync(id));
        var again = await _world.CreateAsync(InSpace(space));

        (await _world.LoadAsync(id)).Status.ShouldBe(EventStatus.Cancelled);
        again.Succeeded.ShouldBeTrue();
    }
}
