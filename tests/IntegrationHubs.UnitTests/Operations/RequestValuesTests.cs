using IntegrationHubs.Web.Operations;

namespace IntegrationHubs.UnitTests.Operations;

public sealed class RequestValuesTests
{
    [Theory]
    [InlineData("/hubs/leipzig-ost", "/hubs/leipzig-ost")]
    [InlineData("/me?tab=data", "/me?tab=data")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("hubs", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/hubs\n", "/")]
    [InlineData("/hubs\r\nSet-Cookie: x", "/")]
    public void LocalUrl_KeepsOnlyWhatALocalRedirectAccepts(string? url, string expected) =>
        RequestValues.LocalUrl(url).ShouldBe(expected);

    [Theory]
    [InlineData("2026-12-03", true)]
    [InlineData("1900-01-01", true)]
    [InlineData("2199-12-31", true)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("1899-12-31", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("3.12.2026", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryDate_AcceptsIsoDatesTheProductCanComputeWith(string? text, bool accepted) =>
        RequestValues.TryDate(text, out _).ShouldBe(accepted);

    [Theory]
    [InlineData("2026-12", true)]
    [InlineData("9999-12", false)]
    [InlineData("0001-01", false)]
    public void TryMonth_AcceptsMonthsInTheSameRange(string text, bool accepted) =>
        RequestValues.TryMonth(text, out _).ShouldBe(accepted);

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("99999999999999999999")]
    public void Id_IsNullForAnythingButAGuid(string? text) => RequestValues.Id(text).ShouldBeNull();
}
