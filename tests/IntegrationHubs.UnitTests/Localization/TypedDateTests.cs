using System.Globalization;
using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

public sealed class TypedDateTests
{
    private static readonly DateTime Expected = new(2026, 11, 30);

    [Theory]
    [InlineData("de", "30.11.2026")]
    [InlineData("de", "30.11.26")]
    [InlineData("en", "11/30/2026")]
    [InlineData("uk", "30.11.2026")]
    [InlineData("ar", "30/11/2026")]
    [InlineData("ar", "30\u200F/11\u200F/2026")]
    [InlineData("ar", "٣٠/١١/٢٠٢٦")]
    [InlineData("ar", "٣٠\u200F/١١\u200F/٢٠٢٦")]
    [InlineData("ar", " 30/11/2026 ")]
    public void TryParseDate_ReadsWhatPeopleOfTheLanguageType(string language, string typed)
    {
        TypedDate.TryParseDate(typed, CultureInfo.GetCultureInfo(language), out var date).ShouldBeTrue();

        date.ShouldBe(Expected);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void TryParseDate_ReadsIso_AndWhatTheFieldShows_InEveryLanguage(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        TypedDate.TryParseDate("2026-11-30", culture, out var iso).ShouldBeTrue();
        TypedDate.TryParseDate(DisplayTime.Date(Expected, culture), culture, out var shown).ShouldBeTrue();

        (iso, shown).ShouldBe((Expected, Expected));
    }

    [Fact]
    public void TheArabicPattern_CarriesRightToLeftMarks_ThatThePlainCultureCannotParseFromTypedText()
    {
        // Why the helper exists: the culture's own pattern requires marks nobody types.
        var arabic = CultureInfo.GetCultureInfo("ar");
        arabic.DateTimeFormat.ShortDatePattern.ShouldContain('\u200F');
        DateTime.TryParseExact("30/11/2026", arabic.DateTimeFormat.ShortDatePattern, arabic, DateTimeStyles.None, out _).ShouldBeFalse();
    }

    // A year outside the bounds every request date keeps (1900–2199) is a typing slip, said at the field.
    [Theory]
    [InlineData("de", "31.11.2026")]
    [InlineData("en", "30/11/2026")]
    [InlineData("ar", "morgen")]
    [InlineData("uk", "2026-13-01")]
    [InlineData("de", "   ")]
    [InlineData("de", "31.12.9999")]
    [InlineData("ar", "0001-01-01")]
    [InlineData("uk", "01.01.1899")]
    public void TryParseDate_RefusesWhatIsNoDate(string language, string typed)
    {
        TypedDate.TryParseDate(typed, CultureInfo.GetCultureInfo(language), out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("de", "30.11.2026")]
    [InlineData("en", "11/30/2026")]
    [InlineData("ar", "30/11/2026")]
    [InlineData("uk", "30.11.2026")]
    public void Example_IsTheShortDateWithoutInvisibleMarks(string language, string expected)
    {
        TypedDate.Example(CultureInfo.GetCultureInfo(language)).ShouldBe(expected);
    }
}
