using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.UnitTests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("leipzig-ost")]
    [InlineData("hub42")]
    [InlineData("a-b-c")]
    public void IsValid_LowerCaseWordsWithSingleHyphens_IsAccepted(string slug) => Slug.IsValid(slug).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Leipzig-Ost")]
    [InlineData("leipzig--ost")]
    [InlineData("-leipzig")]
    [InlineData("leipzig-")]
    [InlineData("grünau")]
    [InlineData("leipzig ost")]
    [InlineData("../etc")]
    [InlineData("admin")]
    [InlineData("new")]
    public void IsValid_AnythingElse_IsRefused(string? slug) => Slug.IsValid(slug).ShouldBeFalse();

    [Fact]
    public void IsValid_LongerThanMax_IsRefused()
    {
        Slug.IsValid(new string('a', Slug.MaxLength)).ShouldBeTrue();
        Slug.IsValid(new string('a', Slug.MaxLength + 1)).ShouldBeFalse();
    }
}
