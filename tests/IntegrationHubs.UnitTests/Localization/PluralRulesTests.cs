using System.Globalization;
using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Few)]
    [InlineData(4, PluralCategory.Few)]
    [InlineData(5, PluralCategory.Many)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(12, PluralCategory.Many)]
    [InlineData(14, PluralCategory.Many)]
    [InlineData(20, PluralCategory.Many)]
    [InlineData(21, PluralCategory.One)]
    [InlineData(22, PluralCategory.Few)]
    [InlineData(0, PluralCategory.Many)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(101, PluralCategory.One)]
    public void Ukrainian_FollowsTheCldrRules(long count, PluralCategory expected)
    {
        PluralRules.Category(count, CultureInfo.GetCultureInfo("uk")).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(10, PluralCategory.Few)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(99, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Few)]
    [InlineData(111, PluralCategory.Many)]
    public void Arabic_FollowsTheCldrRules(long count, PluralCategory expected)
    {
        PluralRules.Category(count, CultureInfo.GetCultureInfo("ar")).ShouldBe(expected);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public void GermanAndEnglish_HaveOneAndOther(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        (PluralRules.Category(1, culture), PluralRules.Category(0, culture), PluralRules.Category(2, culture), PluralRules.Category(21, culture))
            .ShouldBe((PluralCategory.One, PluralCategory.Other, PluralCategory.Other, PluralCategory.Other));
    }

    [Theory]
    [InlineData("de", 1, "1 Raum")]
    [InlineData("de", 3, "3 Räume")]
    [InlineData("en", 1, "1 space")]
    [InlineData("en", 7, "7 spaces")]
    [InlineData("uk", 1, "1 приміщення")]
    [InlineData("uk", 5, "5 приміщень")]
    [InlineData("ar", 1, "مساحة واحدة")]
    [InlineData("ar", 2, "مساحتان")]
    [InlineData("ar", 3, "3 مساحات")]
    [InlineData("ar", 11, "11 مساحةً")]
    public void Plural_PicksTheFormOfTheUiLanguage(string language, long count, string expected)
    {
        var localizer = TestLocalizer.Create();

        TestLocalizer.InCulture(language, () => localizer.Plural("Wizard.Count.Spaces", count)).ShouldBe(expected);
    }
}
