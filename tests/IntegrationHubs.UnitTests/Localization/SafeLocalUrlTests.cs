using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

public sealed class SafeLocalUrlTests
{
    [Theory]
    [InlineData("/hubs/leipzig-ost", "/hubs/leipzig-ost")]
    [InlineData("/me?tab=data", "/me?tab=data")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("hubs", "/")]
    public void SafeLocalUrl_KeepsOnlyLocalPaths(string? url, string expected) =>
        LocalizationExtensions.SafeLocalUrl(url).ShouldBe(expected);
}
