using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Security;
using static IntegrationHubs.IntegrationTests.Events.EventWorld;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>Nobody RSVPs to, cancels, approves or reads an event of a hub they have no part in; members-only stays with members.</summary>
[Collection(AppCollection.Name)]
public sealed class EventTenancyTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);
    private Guid _ostEvent;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        _ostEvent = await _world.PublishedAsync(membersOnly: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CoordinatorOfAnotherHub_CannotRsvpCancelOrApproveInThisHub()
    {
        var wanda = _world.Bookings.Wanda;

        await Should.ThrowAsync<NotFoundException>(() => _world.RsvpAsync(wanda, _ostEvent));
        await Should.ThrowAsync<NotFoundException>(() => _world.WithdrawAsync(wanda, _ostEvent));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventChange, CancelEvent>(wanda, h => h.HandleAsync(_ostEvent)));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventChange, ApproveEvent>(wanda, h => h.HandleAsync(_ostEvent)));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventResult, CreateEvent>(wanda, h => h.HandleAsync(AtAddress())));
        (await _world.LoadAsync(_ostEvent)).Status.ShouldBe(EventStatus.Published);
    }

    [Fact]
    public async Task CoordinatorInTheirOwnHub_DoesNotFindAnotherHubsEvent()
    {
        var wanda = _world.Bookings.Wanda;
        var west = _world.Bookings.West;

        await Should.ThrowAsync<NotFoundException>(() => _world.RsvpAsync(wanda, _ostEvent, west));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventChange, CancelEvent>(wanda, h => h.HandleAsync(_ostEvent), west));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventChange, ApproveEvent>(wanda, h => h.HandleAsync(_ostEvent), west));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<GetEvent.Result, GetEvent>(wanda, h => h.HandleAsync(_ostEvent, "de", DateTimeOffset.UtcNow), west));
        var westList = await _world.Bookings.As<IReadOnlyList<EventCard>, ListHubEvents>(wanda, h => h.HandleAsync(new EventFilter(), "de"), west);
        westList.ShouldBeEmpty();
        (await _world.RsvpsAsync(_ostEvent)).ShouldBeEmpty();
        (await _world.LoadAsync(_ostEvent)).Status.ShouldBe(EventStatus.Published);
    }

    [Fact]
    public async Task MembersOnlyEvent_IsListedForMembers_ButNotForOthers()
    {
        var forMember = await _world.Bookings.As<IReadOnlyList<EventCard>, ListHubEvents>(_world.Bookings.Rana, h => h.HandleAsync(new EventFilter(), "de"));
        var forOutsider = await _world.Bookings.As<IReadOnlyList<EventCard>, ListHubEvents>(_world.Bookings.Wanda, h => h.HandleAsync(new EventFilter(), "de"));
        var network = await _world.Bookings.As<IReadOnlyList<EventCard>, ListNetworkEvents>(_world.Bookings.Rana, h => h.HandleAsync(new EventFilter(), "de"));

        forMember.Select(e => e.Id).ShouldBe([_ostEvent]);
        forOutsider.ShouldBeEmpty();
        network.ShouldBeEmpty();
    }

    [Fact]
    public async Task Member_CannotCancelAHubEvent()
    {
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventChange, CancelEvent>(_world.Bookings.Rana, h => h.HandleAsync(_ostEvent)));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventChange, ApproveEvent>(_world.Bookings.Rana, h => h.HandleAsync(_ostEvent)));
    }
}
