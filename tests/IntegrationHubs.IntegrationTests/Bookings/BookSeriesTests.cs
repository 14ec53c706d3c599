using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Spaces;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

[Collection(SecondAppCollection.Name)]
public sealed class BookSeriesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WeeklySeries_SameFormSentTwice_BooksTheSeriesOnce(bool atOnce)
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var form = Form(space, daysAhead: 2, fromHour: 18, toHour: 20);
        form.RepeatUntil = Day(16);
        Task<BookSeries.Result> SendAsync() => _world.As<BookSeries.Result, BookSeries>(_world.Rana, h => h.HandleAsync(form, skipProblems: true));

        var results = atOnce ? await Task.WhenAll(Task.Run(SendAsync), Task.Run(SendAsync)) : [await SendAsync(), await SendAsync()];

        results.ShouldAllBe(r => r.Succeeded && r.SeriesId == form.Id && r.Booked == 3);
        (await _world.AllBookingsAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task WeeklySeries_ListsTheClashAndTheClosure_BooksNothingUntilAskedToSkipThem_ThenTheRestTogether()
    {
        var closed = DateOnly.FromDateTime(Day(16));
        var space = await _world.SpaceAsync(_world.Ost, closures: new Closure(closed, closed, "Feiertag"));
        (await _world.BookAsync(_world.Olek, Form(space, daysAhead: 9, fromHour: 17, toHour: 19))).Succeeded.ShouldBeTrue();
        var form = Form(space, daysAhead: 2, fromHour: 18, toHour: 20, purpose: "Deutsch-Stammtisch");
        form.RepeatUntil = Day(30);

        var plan = await _world.As<BookSeries.Result, BookSeries>(_world.Rana, h => h.PlanAsync(form));
        var refused = await _world.As<BookSeries.Result, BookSeries>(_world.Rana, h => h.HandleAsync(form, skipProblems: false));
        var before = (await _world.AllBookingsAsync()).Count;
        var booked = await _world.As<BookSeries.Result, BookSeries>(_world.Rana, h => h.HandleAsync(form, skipProblems: true));

        plan.Plan.Count.ShouldBe(5);
        plan.Plan.Select(o => o.Problem).ShouldBe([null, BookingRefusal.Taken, BookingRefusal.Closed, null, null]);
        refused.Refusal.ShouldBe(BookSeries.HasProblems);
        before.ShouldBe(1);
        booked.Succeeded.ShouldBeTrue(booked.Refusal?.Key);
        booked.Booked.ShouldBe(3);
        var series = (await _world.AllBookingsAsync()).Where(b => b.SeriesId == booked.SeriesId).ToList();
        series.Count.ShouldBe(3);
        series.ShouldAllBe(b => b.Status == BookingStatus.Pending && b.Purpose == "Deutsch-Stammtisch");
        series.Select(b => Domain.Spaces.HubTime.ToLocal(b.Start, Berlin).Hour).ShouldAllBe(h => h == 18);
    }
}

[Collection(SecondAppCollection.Name)]
public sealed class SpaceUtilisationTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Utilisation_CountsConfirmedHoursOnly_PerSpaceAndForTheHub()
    {
        var open = new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero };
        var cafe = await _world.SpaceAsync(_world.Ost, "Café", open);
        var hall = await _world.SpaceAsync(_world.Ost, "Saal");
        (await _world.BookAsync(_world.Rana, Form(cafe, daysAhead: 2, fromHour: 10, toHour: 14))).Status.ShouldBe(BookingStatus.Confirmed);
        (await _world.BookAsync(_world.Rana, Form(hall, daysAhead: 2, fromHour: 10, toHour: 12))).Status.ShouldBe(BookingStatus.Pending);
        var from = DateOnly.FromDateTime(Day(1));

        var result = await _world.As<GetSpaceUtilisation.Result, GetSpaceUtilisation>(_world.Carla, h => h.HandleAsync(new(from, from.AddDays(6))));

        var cafeFigure = result.Spaces.Single(s => s.Name == "Café").Figure;
        cafeFigure.BookedHours.ShouldBe(4);
        cafeFigure.OpenHours.ShouldBe(7 * 14); // 08:00–22:00 every day; a clock change at night does not touch it
        result.Spaces.Single(s => s.Name == "Saal").Figure.BookedHours.ShouldBe(0);
        result.Hub.BookedHours.ShouldBe(4);
        result.Hub.OpenHours.ShouldBe(cafeFigure.OpenHours * 2, 0.001);
    }
}
