using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using static IntegrationHubs.IntegrationTests.Events.EventWorld;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>An initiative's team makes and edits its events (weekly too), which wait for approval; nobody off the team touches them.</summary>
[Collection(AppCollection.Name)]
public sealed class InitiativeEventsTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);
    private Guid _initiative;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        var form = new InitiativeForm { Title = "Sprachcafé", Summary = "Wir sprechen zusammen.", Category = InitiativeCategory.Social, Languages = ["de"] };
        var draft = await _world.Bookings.As<InitiativeResult, SaveInitiativeDraft>(_world.Bookings.Rana, h => h.HandleAsync(new(null, 0, form)));
        _initiative = draft.Id!.Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private EventForm ForInitiative(bool weekly = false)
    {
        var form = AtAddress(title: "Sprachcafé am Dienstag");
        form.InitiativeId = _initiative;
        form.Repeats = weekly;
        form.RepeatCount = 3;
        return form;
    }

    private Task<IReadOnlyList<EventCard>> ListAsync(Web.Data.ApplicationUser user, Domain.Hubs.Hub? hub = null) =>
        _world.Bookings.As<IReadOnlyList<EventCard>, ListInitiativeEvents>(user, h => h.HandleAsync(_initiative, "de"), hub);

    [Fact]
    public async Task Team_CreatesAWeeklySeries_ThatWaitsForApproval_AndSeesItOnTheirList()
    {
        var result = await _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Rana, h => h.HandleAsync(ForInitiative(weekly: true), false));

        result.Created.ShouldBe(3);
        result.Status.ShouldBe(EventStatus.PendingApproval);
        var listed = await ListAsync(_world.Bookings.Rana);
        listed.Count.ShouldBe(3);
        listed.ShouldAllBe(c => c.Status == EventStatus.PendingApproval && c.InSeries);
        (await ListAsync(_world.Bookings.Carla)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Team_EditsTheirInitiativesEvent()
    {
        var id = (await _world.Bookings.As<EventResult, CreateEvent>(_world.Bookings.Rana, h => h.HandleAsync(ForInitiative()))).Id!.Value;
        var loaded = await _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Rana, h => h.HandleAsync(id));
        loaded.Form.Title = "Sprachcafé – neu";

        var result = await _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Rana, h => h.HandleAsync(id, loaded.Form, loaded.Version));

        result.Succeeded.ShouldBeTrue();
        (await _world.LoadAsync(id)).Title.ShouldBe("Sprachcafé – neu");
    }

    [Fact]
    public async Task OthersOffTheTeam_NeitherListNorEdit_AndTheTeamCannotEditTheHubsOwnEvents()
    {
        var teamEvent = (await _world.Bookings.As<EventResult, CreateEvent>(_world.Bookings.Rana, h => h.HandleAsync(ForInitiative()))).Id!.Value;
        var hubEvent = await _world.PublishedAsync();
        var form = (await _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Rana, h => h.HandleAsync(teamEvent))).Form;

        await Should.ThrowAsync<NotFoundException>(() => ListAsync(_world.Bookings.Olek));
        await Should.ThrowAsync<NotFoundException>(() => ListAsync(_world.Bookings.Wanda, _world.Bookings.West));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Olek, h => h.HandleAsync(teamEvent)));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<EventResult, EditEvent>(_world.Bookings.Olek, h => h.HandleAsync(teamEvent, form, 0)));
        await Should.ThrowAsync<NotFoundException>(() => _world.Bookings.As<GetEventForEdit.Result, GetEventForEdit>(_world.Bookings.Rana, h => h.HandleAsync(hubEvent)));
        var series = await _world.Bookings.As<CreateEventSeries.Result, CreateEventSeries>(_world.Bookings.Olek, h => h.HandleAsync(ForInitiative(weekly: true), true));
        series.RefusalKey.ShouldBe("Events.Refused.UnknownInitiative"); // a draft is nobody else's to see
        (await _world.Bookings.Scenario.ReadAsync(db => db.Events.IgnoreQueryFilters().CountAsync())).ShouldBe(2);
    }
}
