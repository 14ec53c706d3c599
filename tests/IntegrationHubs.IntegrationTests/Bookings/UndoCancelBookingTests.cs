using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Security;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

/// <summary>Undo after cancelling: the booking comes back as it was if the slot is still free; the database says whether it is.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class UndoCancelBookingTests(AppFixture fixture) : IAsyncLifetime
{
    private static readonly BookingPolicy NoApproval = new() { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, MaxDuration = TimeSpan.FromHours(4), HorizonDays = 60 };

    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(false, BookingStatus.Confirmed)]
    [InlineData(true, BookingStatus.Pending)]
    public async Task Undo_RightAfterCancelling_RestoresTheBookingInTheStatusItHad(bool requiresApproval, BookingStatus expected)
    {
        var space = await _world.SpaceAsync(_world.Ost, policy: NoApproval with { RequiresApproval = requiresApproval });
        var booked = await _world.BookAsync(_world.Rana, Form(space));
        (await CancelAsync(_world.Rana, booked.Id!.Value)).Succeeded.ShouldBeTrue();

        (await UndoAsync(_world.Rana, booked.Id.Value)).Succeeded.ShouldBeTrue();

        (await _world.LoadAsync(booked.Id.Value)).Status.ShouldBe(expected);
    }

    [Fact]
    public async Task Undo_WhenSomeoneElseBookedTheSlotMeanwhile_IsRefusedByTheDatabase_AndTheirBookingStands()
    {
        var space = await _world.SpaceAsync(_world.Ost, policy: NoApproval);
        var ranas = await _world.BookAsync(_world.Rana, Form(space, fromHour: 10, toHour: 12));
        (await CancelAsync(_world.Rana, ranas.Id!.Value)).Succeeded.ShouldBeTrue();
        var oleks = await _world.BookAsync(_world.Olek, Form(space, fromHour: 11, toHour: 13));
        oleks.Succeeded.ShouldBeTrue();

        var undo = await UndoAsync(_world.Rana, ranas.Id.Value);

        undo.RefusalKey.ShouldBe(UndoCancelBooking.TakenKey);
        Texts.German(fixture.App, UndoCancelBooking.TakenKey).ShouldContain("inzwischen gebucht");
        (await _world.LoadAsync(ranas.Id.Value)).Status.ShouldBe(BookingStatus.Cancelled);
        (await _world.LoadAsync(oleks.Id!.Value)).Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task Undo_OfACancellationSomeoneElseMade_LooksLikeNoBooking()
    {
        var space = await _world.SpaceAsync(_world.Ost, policy: NoApproval);
        var ranas = await _world.BookAsync(_world.Rana, Form(space));
        (await CancelAsync(_world.Rana, ranas.Id!.Value)).Succeeded.ShouldBeTrue();

        await Should.ThrowAsync<NotFoundException>(() => UndoAsync(_world.Olek, ranas.Id.Value));
        (await _world.LoadAsync(ranas.Id.Value)).Status.ShouldBe(BookingStatus.Cancelled);
    }

    private Task<BookingChange> CancelAsync(Web.Data.ApplicationUser user, Guid id) =>
        _world.As<BookingChange, CancelBooking>(user, h => h.HandleAsync(id));

    private Task<BookingChange> UndoAsync(Web.Data.ApplicationUser user, Guid id) =>
        _world.As<BookingChange, UndoCancelBooking>(user, h => h.HandleAsync(id));
}
