using System.Net;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Bookings;

/// <summary>The spaces and bookings pages over HTTP, with real sign-in cookies (the first render is on the server).</summary>
[Collection(SecondAppCollection.Name)]
public sealed class SpacePagesTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly Arrange _arrange = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Guid> SpaceAsync(ResolvedHub hub, string name) =>
        HubScope.RunAsync(fixture.App, hub, async db =>
        {
            var space = Space.Create(name, SpaceType.Cafe, 20);
            space.SetOpeningHours(Enum.GetValues<DayOfWeek>().Select(d => new OpeningPeriod(d, new TimeOnly(9, 0), new TimeOnly(18, 0))));
            db.Spaces.Add(space);
            await db.SaveChangesAsync();
            return space.Id;
        });

    [Fact]
    public async Task Member_SeesTheBookingPageOfTheirHub_NotTheManagePages_NorAnotherHubsPages()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        await SpaceAsync(a, "Stadtteilcafé");
        await SpaceAsync(b, "Betasaal");
        var rana = await _arrange.MemberAsync(a, "rana");

        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(rana.Email!);
        var hubPage = await client.GetPageAsync($"/hubs/{a.Slug}");
        var book = await client.GetPageAsync($"/hubs/{a.Slug}/spaces");
        var manage = await client.GetPageAsync($"/hubs/{a.Slug}/manage/spaces");
        var queue = await client.GetPageAsync($"/hubs/{a.Slug}/manage/bookings");
        var otherHub = await client.GetPageAsync($"/hubs/{b.Slug}/spaces");
        var mine = await client.GetPageAsync("/me/bookings");
        var me = await client.GetPageAsync("/me");

        hubPage.Html.ShouldContain($"href=\"/hubs/{a.Slug}/spaces\"");
        book.Status.ShouldBe(HttpStatusCode.OK);
        book.Text.ShouldContain(Texts.German(fixture.App, "Bookings.Book.Title"));
        book.Text.ShouldContain("Stadtteilcafé");
        book.Text.ShouldNotContain("Betasaal");
        manage.Status.ShouldBe(HttpStatusCode.NotFound);
        queue.Status.ShouldBe(HttpStatusCode.NotFound);
        otherHub.Status.ShouldBe(HttpStatusCode.NotFound);
        otherHub.Text.ShouldNotContain("Betasaal");
        mine.Status.ShouldBe(HttpStatusCode.OK);
        mine.Text.ShouldContain(Texts.German(fixture.App, "Bookings.Mine.Empty"));
        me.Html.ShouldContain("href=\"/me/bookings\"");
    }

    [Fact]
    public async Task Coordinator_ManagesSpacesAndBookingsOfTheirHub_OnlyTheirs()
    {
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        await SpaceAsync(a, "Stadtteilcafé");
        await SpaceAsync(b, "Betasaal");
        var carla = await _arrange.MemberAsync(a, "carla", HubRoles.Member | HubRoles.Coordinator);

        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(carla.Email!);
        var spaces = await client.GetPageAsync($"/hubs/{a.Slug}/manage/spaces");
        var bookings = await client.GetPageAsync($"/hubs/{a.Slug}/manage/bookings");
        var otherSpaces = await client.GetPageAsync($"/hubs/{b.Slug}/manage/spaces");
        var otherBookings = await client.GetPageAsync($"/hubs/{b.Slug}/manage/bookings");

        spaces.Status.ShouldBe(HttpStatusCode.OK);
        spaces.Text.ShouldContain("Stadtteilcafé");
        spaces.Text.ShouldNotContain("Betasaal");
        spaces.Html.ShouldContain($"href=\"/hubs/{a.Slug}/manage/bookings\"");
        bookings.Status.ShouldBe(HttpStatusCode.OK);
        bookings.Text.ShouldContain(Texts.German(fixture.App, "Bookings.Queue.Empty"));
        otherSpaces.Status.ShouldBe(HttpStatusCode.NotFound);
        otherBookings.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
