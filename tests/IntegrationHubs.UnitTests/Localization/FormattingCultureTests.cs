using System.Globalization;
using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

/// <summary>Blazor writes a number attribute (tabindex="-1") with the current culture: it must stay a number in every language.</summary>
public sealed class FormattingCultureTests
{
    [Fact]
    public void ArabicAsShippedByDotNet_WritesMinusOneWithALetterMark_WhichIsWhyTheAppHasItsOwn() =>
        (-1).ToString(CultureInfo.GetCultureInfo("ar")).ShouldNotBe("-1");

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EverySupportedCulture_WritesNegativeNumbersAsPlainHyphenMinus(string name)
    {
        var culture = Cultures.Formatting(name);

        (-1).ToString(culture).ShouldBe("-1");
        culture.Name.ShouldBe(name);
        culture.TextInfo.IsRightToLeft.ShouldBe(name == "ar");
    }
}
