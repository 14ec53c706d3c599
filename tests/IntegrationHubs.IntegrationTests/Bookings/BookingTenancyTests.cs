using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Spaces;
using IntegrationHubs.Web.Security;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

/// <summary>Nobody books, sees or approves spaces of a hub they have no role in; members do not decide or cancel others' bookings.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class BookingTenancyTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);
    private Space _ostSpace = default!;
    private Guid _ranasBooking;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        _ostSpace = await _world.SpaceAsync(_world.Ost);
        _ranasBooking = (await _world.BookAsync(_world.Rana, Form(_ostSpace))).Id!.Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CoordinatorOfAnotherHub_CannotBookSeeOrDecideInThisHub()
    {
        var version = (await _world.LoadAsync(_ranasBooking)).Version;

        await Should.ThrowAsync<NotFoundException>(() => _world.BookAsync(_world.Wanda, Form(_ostSpace, fromHour: 14, toHour: 16)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<IReadOnlyList<ListSpaces.Item>, ListSpaces>(_world.Wanda, h => h.HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Wanda, h => h.HandleAsync(new(_ostSpace.Id, DateOnly.FromDateTime(Day(0))))));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<IReadOnlyList<ListPendingBookings.Item>, ListPendingBookings>(_world.Wanda, h => h.HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<BookingChange, DecideBooking>(_world.Wanda, h => h.HandleAsync(new(_ranasBooking, version, true))));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<BookingChange, CancelBooking>(_world.Wanda, h => h.HandleAsync(_ranasBooking)));
        (await _world.LoadAsync(_ranasBooking)).Status.ShouldBe(BookingStatus.Pending);
    }

    [Fact]
    public async Task CoordinatorInTheirOwnHub_DoesNotFindAnotherHubsBookingOrSpace()
    {
        var version = (await _world.LoadAsync(_ranasBooking)).Version;

        var decide = () => _world.As<BookingChange, DecideBooking>(_world.Wanda, h => h.HandleAsync(new(_ranasBooking, version, true)), _world.West);
        var calendar = () => _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Wanda, h => h.HandleAsync(new(_ostSpace.Id, DateOnly.FromDateTime(Day(0)))), _world.West);
        var queue = await _world.As<IReadOnlyList<ListPendingBookings.Item>, ListPendingBookings>(_world.Wanda, h => h.HandleAsync(), _world.West);
        var book = await _world.BookAsync(_world.Wanda, Form(_ostSpace, fromHour: 14, toHour: 16), _world.West);

        await Should.ThrowAsync<NotFoundException>(decide);
        await Should.ThrowAsync<NotFoundException>(calendar);
        queue.ShouldBeEmpty();
        book.Refusal.ShouldBe(BookingSlots.UnknownSpace);
        (await _world.LoadAsync(_ranasBooking)).Status.ShouldBe(BookingStatus.Pending);
        (await _world.AllBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Member_CannotApprove_NorCancelAnotherMembersBooking()
    {
        var version = (await _world.LoadAsync(_ranasBooking)).Version;

        await Should.ThrowAsync<NotFoundException>(() => _world.As<BookingChange, DecideBooking>(_world.Olek, h => h.HandleAsync(new(_ranasBooking, version, true))));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<BookingChange, CancelBooking>(_world.Olek, h => h.HandleAsync(_ranasBooking)));
        await Should.ThrowAsync<NotFoundException>(() => _world.As<SpaceResult, SaveSpace>(_world.Olek, h => h.HandleAsync(new(null, 0, new SpaceForm { Name = "Mein Raum" }))));
        (await _world.LoadAsync(_ranasBooking)).Status.ShouldBe(BookingStatus.Pending);
    }

    [Fact]
    public async Task Calendar_ShowsOthersBookingsAsBusyWithoutTheirPurpose_CoordinatorsSeeWhoAndWhy()
    {
        var from = DateOnly.FromDateTime(Day(0));

        var forOlek = await _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Olek, h => h.HandleAsync(new(_ostSpace.Id, from)));
        var forRana = await _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Rana, h => h.HandleAsync(new(_ostSpace.Id, from)));
        var forCarla = await _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Carla, h => h.HandleAsync(new(_ostSpace.Id, from)));

        forOlek.Bookings.ShouldHaveSingleItem().Purpose.ShouldBeNull();
        forOlek.Open.Count.ShouldBe(7);
        forRana.Bookings.Single().Purpose.ShouldBe("Nähcafé");
        forRana.Bookings.Single().IsMine.ShouldBeTrue();
        forCarla.Bookings.Single().BookedBy.ShouldBe("Rana Farahani");
    }

    [Fact]
    public async Task MyBookings_ListsOnlyMyOwn_AcrossHubs_AndICanCancelThem()
    {
        var westSpace = await _world.SpaceAsync(_world.West, "Westsaal", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero });
        await _world.Scenario.MembershipAsync(_world.West, _world.Rana, Domain.Members.HubRoles.Member);
        (await _world.BookAsync(_world.Rana, Form(westSpace), _world.West)).Succeeded.ShouldBeTrue();
        (await _world.BookAsync(_world.Olek, Form(_ostSpace, fromHour: 14, toHour: 16))).Succeeded.ShouldBeTrue();

        var mine = await _world.Scenario.AsAsync(_world.Rana, null, s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ListMyBookings>(s).HandleAsync());

        mine.Select(b => b.HubName).ShouldBe(["Hub ost", "Hub west"], ignoreOrder: true);
        mine.ShouldAllBe(b => b.CanCancel);
        (await _world.As<BookingChange, CancelBooking>(_world.Rana, h => h.HandleAsync(_ranasBooking))).Succeeded.ShouldBeTrue();
        (await _world.LoadAsync(_ranasBooking)).Status.ShouldBe(BookingStatus.Cancelled);
    }
}
