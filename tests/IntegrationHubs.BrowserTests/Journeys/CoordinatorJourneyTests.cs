using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>The demo coordinator of Leipzig-Ost manages their hub and cannot see another hub's coordinator area.</summary>
public sealed class CoordinatorJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Coordinator_OpensOwnHubOverview_AndAnotherHubIsNotFound()
    {
        var login = await new LoginPage(Page).GotoAsync();
        await login.SignInAsync("coordinator.ost@example.org", DemoPassword);
        var home = new HomePage(Page);
        await Expect(home.AppBar.AccountMenu).ToContainTextAsync("Jonas Weber");

        var hub = await new HubPage(Page).GotoAsync("leipzig-ost");
        await Expect(hub.Heading).ToHaveTextAsync("Hub Leipzig-Ost");
        await Expect(hub.ManageButton).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("de-hub-leipzig-ost-coordinator");

        var manage = await new ManagePage(Page).GotoAsync("leipzig-ost");
        await Expect(manage.Heading).ToHaveTextAsync("Hub Leipzig-Ost verwalten");
        await Expect(manage.Breadcrumbs).ToBeVisibleAsync();
        await Expect(manage.StatTiles).ToHaveCountAsync(5);
        await Expect(manage.StatTiles.First).ToContainTextAsync((await ActiveMembersAsync("leipzig-ost")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(manage.StatusChip).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("de-manage-leipzig-ost");

        var response = await Page.GotoAsync("/hubs/kassel-nord/manage");
        response.ShouldNotBeNull().Status.ShouldBe(404);
        var notFound = new NotFoundPage(Page);
        await Expect(notFound.Heading).ToHaveTextAsync("Seite nicht gefunden");
        await Expect(notFound.Page.GetByText("Hub Kassel Nord verwalten")).ToHaveCountAsync(0);
        await Check.AccessibleAndCapturedAsync("de-manage-kassel-nord-not-found");
    }

    /// <summary>The figure the first tile must show, counted straight from the database.</summary>
    private async Task<long> ActiveMembersAsync(string slug)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM hub_memberships m JOIN hubs h ON h.id = m.hub_id WHERE h.slug = @slug AND m.state = 'Active'", connection);
        count.Parameters.AddWithValue("slug", slug);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
