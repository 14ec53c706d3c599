using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>The demo municipality viewer opens the Leipzig dashboard, changes the period and exports it.</summary>
public sealed class DashboardJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Viewer_ChangesThePeriod_SeesSuppressedCells_AndExportsTheSameAsCsv()
    {
        var login = await new LoginPage(Page).GotoAsync();
        await login.SignInAsync("viewer.leipzig@example.org", DemoPassword);

        var dashboard = await new DashboardPage(Page).GotoAsync();
        await Expect(dashboard.Heading).ToContainTextAsync("Leipzig");
        await Check.AccessibleAndCapturedAsync("de-dashboard");

        // Whole, completed months only (decision 0022).
        await dashboard.ChoosePresetAsync("Letzte 12 abgeschlossene Monate", "period=12m");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-12));
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        await Expect(dashboard.PeriodShown).ToContainTextAsync(first.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("de")));

        // The demo hubs are small: some counts of people are made of groups of 1 to 4 only, and say so ("< 5", "< 9" for two).
        await Expect(dashboard.Cells("Suppressed").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^< \d+$"));
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Amal");

        var (fileName, csv) = await dashboard.DownloadCsvAsync();
        fileName.ShouldEndWith(".csv");
        fileName.ShouldContain(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        csv.ShouldStartWith("table,row,argument,column,value");
        System.Text.RegularExpressions.Regex.IsMatch(csv, @",< \d+\r\n").ShouldBeTrue();
        await Check.AccessibleAndCapturedAsync("de-dashboard-year");
    }
}
