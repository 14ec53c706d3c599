using IntegrationHubs.Domain.Events;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>Only an event's organisers work its door: the hub's coordinators, and an initiative's team at their initiative's events.</summary>
[Collection(AppCollection.Name)]
public sealed class CheckInTenancyTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);
    private Guid _ostEvent;
    private Guid _rsvp;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        _ostEvent = await _world.AtTheDoorAsync(5, _world.Bookings.Olek);
        _rsvp = (await _world.RsvpsAsync(_ostEvent)).Single().Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CoordinatorOfAnotherHub_CannotListTickCountOrCloseThisHubsEvent()
    {
        var wanda = _world.Bookings.Wanda;

        foreach (var hub in new[] { _world.Bookings.Ost, _world.Bookings.West })
        {
            await Should.ThrowAsync<NotFoundException>(() => _world.SheetAsync(wanda, _ostEvent, hub: hub));
            await Should.ThrowAsync<NotFoundException>(() => _world.TickAsync(wanda, _ostEvent, _rsvp, hub: hub));
            await Should.ThrowAsync<NotFoundException>(() => _world.WalkInAsync(wanda, _ostEvent, WalkInGroup.Newcomer, 1, hub));
            await Should.ThrowAsync<NotFoundException>(() => _world.CloseAsync(wanda, _ostEvent, hub));
        }

        await UntouchedAsync();
    }

    [Fact]
    public async Task APlainMember_CannotListTickCountOrClose()
    {
        var rana = _world.Bookings.Rana;

        await Should.ThrowAsync<NotFoundException>(() => _world.SheetAsync(rana, _ostEvent));
        await Should.ThrowAsync<NotFoundException>(() => _world.TickAsync(rana, _ostEvent, _rsvp));
        await Should.ThrowAsync<NotFoundException>(() => _world.WalkInAsync(rana, _ostEvent, WalkInGroup.Newcomer, 1));
        await Should.ThrowAsync<NotFoundException>(() => _world.CloseAsync(rana, _ostEvent));
        await UntouchedAsync();
    }

    [Fact]
    public async Task AnInitiativesTeam_WorksTheDoorOfItsOwnEvent_OnlyThere()
    {
        var (rana, olek) = (_world.Bookings.Rana, _world.Bookings.Olek);
        var initiativeId = await _world.Bookings.As<InitiativeResult, SaveInitiativeDraft>(rana, h => h.HandleAsync(new(null, 0,
            new InitiativeForm { Title = "Suppenküche", Summary = "Wir kochen.", Category = Domain.Initiatives.InitiativeCategory.Social })));
        var form = EventWorld.AtAddress(title: "Suppe für alle");
        form.InitiativeId = initiativeId.Id;
        var created = await _world.Bookings.As<EventResult, CreateEvent>(rana, h => h.HandleAsync(form));
        var teamEvent = created.Id!.Value;
        (await _world.Bookings.As<EventChange, ApproveEvent>(_world.Bookings.Carla, h => h.HandleAsync(teamEvent))).Succeeded.ShouldBeTrue();
        await _world.RsvpAsync(olek, teamEvent);
        await _world.MoveToDoorAsync(teamEvent);
        var olekRsvp = (await _world.RsvpsAsync(teamEvent)).Single().Id;

        (await _world.SheetAsync(rana, teamEvent)).Rows.ShouldHaveSingleItem().Name.ShouldBe("Olek Member");
        (await _world.TickAsync(rana, teamEvent, olekRsvp)).Succeeded.ShouldBeTrue();
        (await _world.WalkInAsync(rana, teamEvent, WalkInGroup.Resident, 1)).Succeeded.ShouldBeTrue();
        (await _world.CloseAsync(rana, teamEvent)).Succeeded.ShouldBeTrue();
        (await _world.LoadAsync(teamEvent)).Attended.ShouldBe(new Attendance(0, 1, 1));

        // Not the hub's own event, and not someone else's initiative event for one who is not on its team.
        await Should.ThrowAsync<NotFoundException>(() => _world.SheetAsync(rana, _ostEvent));
        await Should.ThrowAsync<NotFoundException>(() => _world.TickAsync(rana, _ostEvent, _rsvp));
        await Should.ThrowAsync<NotFoundException>(() => _world.SheetAsync(olek, teamEvent));
        await Should.ThrowAsync<NotFoundException>(() => _world.CloseAsync(olek, teamEvent));
        await UntouchedAsync();
    }

    [Fact]
    public async Task ATickOfAnotherEventsRsvp_IsNotFound()
    {
        var other = await _world.AtTheDoorAsync(5, _world.Bookings.Rana);
        var othersRsvp = (await _world.RsvpsAsync(other)).Single().Id;

        await Should.ThrowAsync<NotFoundException>(() => _world.TickAsync(_world.Bookings.Carla, _ostEvent, othersRsvp));
        (await _world.RsvpsAsync(other)).Single().CheckedInAt.ShouldBeNull();
    }

    private async Task UntouchedAsync()
    {
        var ev = await _world.LoadAsync(_ostEvent);
        (ev.Status, ev.WalkIns).ShouldBe((EventStatus.Published, new Attendance(0, 0, 0)));
        (await _world.RsvpsAsync(_ostEvent)).Single().CheckedInAt.ShouldBeNull();
    }
}
