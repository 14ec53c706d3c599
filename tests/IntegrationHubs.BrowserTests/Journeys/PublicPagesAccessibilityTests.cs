using IntegrationHubs.BrowserTests.Pages;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>Public pages a visitor reaches without an account, scanned with axe in German and Arabic.</summary>
public sealed class PublicPagesAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Theory]
    [InlineData("de", "ltr", "Über den Hub")]
    [InlineData("ar", "rtl", "عن المركز")]
    public async Task HubPage_Anonymous_IsAccessible(string culture, string direction, string aboutHeading)
    {
        var hub = await new HubPage(Page).GotoAsync($"leipzig-ost?culture={culture}");

        await hub.ShouldBeInAsync(culture, direction);
        await Expect(hub.Heading).ToHaveTextAsync("Hub Leipzig-Ost");
        await Expect(hub.SectionHeadings.First).ToHaveTextAsync(aboutHeading);
        await Expect(hub.ManageButton).ToHaveCountAsync(0);
        await Check.AccessibleAndCapturedAsync($"{culture}-hub-leipzig-ost");
    }

    [Fact]
    public async Task NotFound_UnknownHub_IsAccessible()
    {
        var response = await Page.GotoAsync("/hubs/gibt-es-nicht");

        response.ShouldNotBeNull().Status.ShouldBe(404);
        await Expect(new NotFoundPage(Page).Heading).ToHaveTextAsync("Seite nicht gefunden");
        await Check.AccessibleAndCapturedAsync("de-not-found");
    }
}
