using System.Net;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Bookings;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

/// <summary>The booking page offers only what the person may book, by the rules the booking handler refuses with.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class BookingOfferTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static BookingPolicy Policy(WhoMayBook who = WhoMayBook.Members, int leadHours = 0, int horizonDays = 60) => new()
    {
        WhoMayBook = who, RequiresApproval = false, MinLeadTime = TimeSpan.FromHours(leadHours), MaxDuration = TimeSpan.FromHours(4), HorizonDays = horizonDays,
    };

    [Fact]
    public async Task BookablePlaces_AMemberIsNotOfferedCoordinatorsOnlyOrTeamsOnlySpaces_ACoordinatorIsOfferedAll()
    {
        await _world.SpaceAsync(_world.Ost, "Werkstatt", Policy());
        await _world.SpaceAsync(_world.Ost, "Saal", Policy(WhoMayBook.CoordinatorsOnly));
        await _world.SpaceAsync(_world.Ost, "Atelier", Policy(WhoMayBook.InitiativeTeams));

        var member = await _world.As<ListBookableSpaces.Result, ListBookableSpaces>(_world.Rana, h => h.HandleAsync());
        var coordinator = await _world.As<ListBookableSpaces.Result, ListBookableSpaces>(_world.Carla, h => h.HandleAsync());

        member.Bookable.Select(s => s.Name).ShouldBe(["Werkstatt"]);
        member.NotForMe.Select(s => s.Name).ShouldBe(["Atelier", "Saal"]);
        coordinator.Bookable.Select(s => s.Name).ShouldBe(["Atelier", "Saal", "Werkstatt"]);
        coordinator.NotForMe.ShouldBeEmpty();
    }

    [Fact]
    public async Task BookingPage_AMemberLinkedToACoordinatorsOnlySpace_GetsASpaceTheyMayBook_AndIsToldWhoBooksTheOther()
    {
        await _world.SpaceAsync(_world.Ost, "Werkstatt", Policy());
        var saal = await _world.SpaceAsync(_world.Ost, "Saal", Policy(WhoMayBook.CoordinatorsOnly));
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync("rana@example.org", "garten-2026-sommer");

        var page = await client.GetPageAsync($"/hubs/{_world.Ost.Slug}/spaces?space={saal.Id}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var form = page.Html[page.Html.IndexOf("data-testid=\"booking-form\"", StringComparison.Ordinal)..];
        form.ShouldNotContain("Saal");
        Html.Text(form).ShouldContain($"{Texts.German(fixture.App, "Spaces.Field.WhoMayBook")} {Texts.German(fixture.App, "Spaces.WhoMayBook.Members")}");
        page.Text.ShouldContain($"Saal ({Texts.German(fixture.App, "Spaces.WhoMayBook.CoordinatorsOnly")})");
    }

    [Fact]
    public async Task Calendar_HalfHoursInsideTheLeadTimeOrBeyondTheHorizon_AreNotOfferedToAMember_AsTheBookingWouldBeRefused()
    {
        var space = await _world.SpaceAsync(_world.Ost, "Werkstatt", Policy(leadHours: 48, horizonDays: 5), allDay: true);
        var from = DateOnly.FromDateTime(Day(0));
        var tooSoon = Day(1).AddHours(12);
        var fine = Day(4).AddHours(12);
        var tooFar = Day(6).AddHours(12);

        var member = await _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Rana, h => h.HandleAsync(new(space.Id, from)));
        var coordinator = await _world.As<GetSpaceCalendar.Result, GetSpaceCalendar>(_world.Carla, h => h.HandleAsync(new(space.Id, from)));

        member.Unavailable.ShouldNotBeNull();
        member.Unavailable[tooSoon].ShouldBe(BookingRefusal.TooShortNotice.Key);
        member.Unavailable[tooFar].ShouldBe(BookingRefusal.BeyondHorizon.Key);
        member.Unavailable.ShouldNotContainKey(fine);
        coordinator.Unavailable.ShouldNotBeNull();
        coordinator.Unavailable.ShouldBeEmpty();

        // What the calendar says is what booking answers.
        (await _world.BookAsync(_world.Rana, Form(space, daysAhead: 1, fromHour: 12, toHour: 13))).Refusal.ShouldBe(BookingRefusal.TooShortNotice);
        (await _world.BookAsync(_world.Rana, Form(space, daysAhead: 4, fromHour: 12, toHour: 13))).Succeeded.ShouldBeTrue();
    }
}
