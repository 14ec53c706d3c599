using System.Globalization;
using IntegrationHubs.Web.Localization;
using MudBlazor.Utilities.Exceptions;

namespace IntegrationHubs.UnitTests.Localization;

public sealed class TypedTimeTests
{
    private static readonly TimeSpan HalfPastTwo = new(14, 30, 0);

    [Theory]
    [InlineData("de", "14:30")]
    [InlineData("de", "14.30")]
    [InlineData("de", "1430")]
    [InlineData("de", " 14:30 ")]
    [InlineData("en", "2:30 PM")]
    [InlineData("en", "2:30pm")]
    [InlineData("en", "2:30 p.m.")]
    [InlineData("en", "14:30")]
    [InlineData("uk", "14:30")]
    [InlineData("uk", "2:30 пп")]
    [InlineData("ar", "14:30")]
    [InlineData("ar", "٢:٣٠ م")]
    [InlineData("ar", "\u200F٢:٣٠\u200F م")]
    [InlineData("ar", "١٤:٣٠")]
    [InlineData("ar", "2:30 م")]
    public void TryParseTime_ReadsWhatPeopleOfTheLanguageType(string language, string typed)
    {
        TypedDate.TryParseTime(typed, CultureInfo.GetCultureInfo(language), out var time).ShouldBeTrue();

        time.ShouldBe(HalfPastTwo);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void TryParseTime_ReadsBackWhatTheFieldShows_AtEveryHour(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        for (var hour = 0; hour < 24; hour++)
        {
            var time = new TimeSpan(hour, 5, 0);
            var shown = DisplayTime.Time(time, culture);

            TypedDate.TryParseTime(shown, culture, out var read).ShouldBeTrue(shown);
            read.ShouldBe(time, shown);
        }
    }

    [Theory]
    [InlineData("de", "25:00")]
    [InlineData("de", "14:75")]
    [InlineData("de", "abc")]
    [InlineData("de", "14:3")]
    [InlineData("en", "13 PM")]
    [InlineData("en", "0 AM")]
    [InlineData("ar", "٢٥:٠٠")]
    [InlineData("uk", "пп")]
    public void TryParseTime_RefusesNonsense(string language, string typed) =>
        TypedDate.TryParseTime(typed, CultureInfo.GetCultureInfo(language), out _).ShouldBeFalse();

    [Theory]
    [InlineData("en", "12:00 AM", 0)]
    [InlineData("en", "12:00 PM", 12)]
    [InlineData("ar", "12:00 ص", 0)]
    public void TryParseTime_ReadsMidnightAndNoon(string language, string typed, int hours)
    {
        TypedDate.TryParseTime(typed, CultureInfo.GetCultureInfo(language), out var time).ShouldBeTrue();

        time.ShouldBe(TimeSpan.FromHours(hours));
    }

    [Theory]
    [InlineData("de", "Die Uhrzeit lässt sich nicht lesen")]
    [InlineData("ar", "تعذّرت قراءة هذا الوقت")]
    public void Converter_AnswersNonsenseInThePersonsLanguage(string language, string message)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var converter = new TimeFieldConverter(TestLocalizer.Create());

            if (language == "ar")
            {
                converter.ConvertBack("٢:٣٠ م").ShouldBe(HalfPastTwo);
            }

            Should.Throw<ConversionException>(() => converter.ConvertBack("halb drei")).Message.ShouldContain(message);
            converter.ConvertBack(" ").ShouldBeNull();
            converter.ConvertBack(converter.Convert(HalfPastTwo)).ShouldBe(HalfPastTwo);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
