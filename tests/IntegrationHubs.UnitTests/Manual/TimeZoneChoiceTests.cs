using IntegrationHubs.Web.Features.Manual;

namespace IntegrationHubs.UnitTests.Manual;

public sealed class TimeZoneChoiceTests
{
    [Fact]
    public void NothingTyped_OffersEuropeanZones_BerlinFirst()
    {
        var zones = OpenHubForm.TimeZonesMatching(null).ToList();

        zones[0].ShouldBe(OpenHubForm.DefaultTimeZone);
        zones.ShouldAllBe(z => z.StartsWith("Europe/"));
    }

    [Theory]
    [InlineData("berlin", "Europe/Berlin")]
    [InlineData("KYIV", "Europe/Kyiv")]
    [InlineData("buenos aires", "America/Argentina/Buenos_Aires")]
    public void ATypedPart_FindsTheZone_InAnyCase(string typed, string zone)
    {
        OpenHubForm.TimeZonesMatching(typed).ShouldContain(zone);
        OpenHubForm.IsKnownTimeZone(zone).ShouldBeTrue();
    }

    [Fact]
    public void LegacyAliases_AreNotOffered()
    {
        OpenHubForm.TimeZonesMatching("GMT").ShouldNotContain(z => z.StartsWith("Etc/"));
        OpenHubForm.TimeZonesMatching("Pacific").ShouldNotContain("US/Pacific");
    }
}
