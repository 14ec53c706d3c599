using IntegrationHubs.Web.Operations;

namespace IntegrationHubs.UnitTests.Operations;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("https://hubs.example.org", "https://hubs.example.org/")]
    [InlineData("https://hubs.example.org/leipzig", "https://hubs.example.org/leipzig/")]
    [InlineData(" http://localhost:5000/ ", "http://localhost:5000/")]
    public void Parse_AbsoluteAddress_EndsInASlash(string value, string expected) =>
        PublicAddress.Parse(value)!.AbsoluteUri.ShouldBe(expected);

    [Theory]
    [InlineData("hubs.example.org")]
    [InlineData("/relative")]
    [InlineData("ftp://hubs.example.org/")]
    [InlineData("https://hubs.example.org/?x=1")]
    public void Parse_NotAnAbsoluteHttpAddress_Throws(string value) =>
        Should.Throw<InvalidOperationException>(() => PublicAddress.Parse(value)).Message.ShouldContain(PublicAddress.ConfigurationKey);

    [Fact]
    public void Link_UnderAPathBase_KeepsThePathBase() =>
        new PublicAddress(PublicAddress.Parse("https://hubs.example.org/leipzig")).Link("/events/42").ShouldBe("https://hubs.example.org/leipzig/events/42");
}
