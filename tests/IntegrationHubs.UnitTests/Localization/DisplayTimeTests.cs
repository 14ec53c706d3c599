using System.Globalization;
using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

public sealed class DisplayTimeTests
{
    private static readonly DateTime Start = new(2026, 12, 9, 10, 0, 0);
    private static readonly DateTime End = new(2026, 12, 9, 12, 30, 0);

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var culture in Cultures.Supported)
        {
            data.Add(culture);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Range_OnOneDay_ShowsStartAndEndInTheCulturesShortTime(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        var text = DisplayTime.Range(Start, End, culture);

        Problem(text, culture).ShouldBeNull();
        text.ShouldContain(Start.ToString("d", culture));
        text.ShouldStartWith(culture.DateTimeFormat.GetAbbreviatedDayName(DayOfWeek.Wednesday));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Range_UsesTheCurrentCulture_WhenNoneIsGiven(string language)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
            DisplayTime.Range(Start, End).ShouldBe(DisplayTime.Range(Start, End, CultureInfo.GetCultureInfo(language)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>The bug of issue 14: the booking pages' <c>"ddd d.M.yyyy t"</c> wrote "A" where the start time belongs.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void TheOldBookingFormat_FailsTheCheck_ItLostTheStartTime(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var old = $"{Start.ToString("ddd d.M.yyyy t", culture)}–{End.ToString("t", culture)}";

        Problem(old, culture).ShouldNotBeNull();
    }

    [Fact]
    public void Range_InGerman_ReadsAsGermansWriteIt() =>
        DisplayTime.Range(Start, End, CultureInfo.GetCultureInfo("de")).ShouldBe("Mi 09.12.2026 10:00–12:30");

    [Fact]
    public void Range_InEnglish_KeepsEachDesignatorWithItsTime() =>
        // ICU puts a narrow no-break space before AM/PM; \s matches it.
        DisplayTime.Range(Start, End, CultureInfo.GetCultureInfo("en")).ShouldMatch(@"^Wed 12/9/2026 10:00\sAM–12:30\sPM$");

    [Fact]
    public void Range_InArabic_WritesGregorianYearAndLatinDigits()
    {
        var text = DisplayTime.Range(Start, End, CultureInfo.GetCultureInfo("ar"));

        text.ShouldContain("2026");
        text.ShouldContain("10:00");
        text.ShouldContain("12:30");
        text.ShouldNotContain("١"); // no Arabic-Indic digits: the same digits people type into the time fields
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Range_OverMidnight_ShowsBothDays(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var end = new DateTime(2026, 12, 10, 2, 0, 0);

        var text = DisplayTime.Range(new DateTime(2026, 12, 9, 22, 0, 0), end, culture);

        text.ShouldContain(new DateTime(2026, 12, 9).ToString("d", culture));
        text.ShouldContain(end.ToString("d", culture));
        text.ShouldContain(end.ToString(culture.DateTimeFormat.ShortTimePattern, culture));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Range_EndingAtMidnight_StaysOnItsDay(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        var text = DisplayTime.Range(new DateTime(2026, 12, 9, 22, 0, 0), new DateTime(2026, 12, 10), culture);

        text.ShouldNotContain(new DateTime(2026, 12, 10).ToString("d", culture));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void LongRange_ShowsTheLongDateAndBothTimes(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        var text = DisplayTime.LongRange(Start, End, culture);

        text.ShouldStartWith(Start.ToString("D", culture));
        Problem(text.Replace(Start.ToString("D", culture), "", StringComparison.Ordinal), culture).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void DayAndMonth_LeavesOutTheYear(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        var text = DisplayTime.DayAndMonth(new DateOnly(2026, 12, 9), culture);

        text.ShouldNotContain("2026");
        text.ShouldContain("9");
        text.ShouldStartWith(culture.DateTimeFormat.GetAbbreviatedDayName(DayOfWeek.Wednesday));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void MonthAndYear_NamesTheMonth_FullOrShort(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var december = new DateOnly(2026, 12, 1);

        DisplayTime.MonthAndYear(december, culture: culture).ShouldContain(culture.DateTimeFormat.GetMonthName(12));
        DisplayTime.MonthAndYear(december, abbreviated: true, culture).ShouldContain(culture.DateTimeFormat.GetAbbreviatedMonthName(12));
        DisplayTime.MonthAndYear(december, abbreviated: true, culture).ShouldContain("2026");
    }

    /// <summary>
    /// What is wrong with a shown range of <see cref="Start"/>–<see cref="End"/>, or null: both times must appear in
    /// the culture's short-time form, and once the weekday, the date and the two times are taken out no letter may be
    /// left — a lone AM/PM designator (the old "A") is a letter.
    /// </summary>
    private static string? Problem(string text, CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortTimePattern;
        var start = Start.ToString(pattern, culture);
        var end = End.ToString(pattern, culture);
        if (!text.Contains(start, StringComparison.Ordinal))
        {
            return $"'{text}' lacks the start time '{start}'";
        }

        if (!text.Contains(end, StringComparison.Ordinal))
        {
            return $"'{text}' lacks the end time '{end}'";
        }

        var rest = text.Replace(start, " ", StringComparison.Ordinal).Replace(end, " ", StringComparison.Ordinal)
            .Replace(Start.ToString("d", culture), " ", StringComparison.Ordinal)
            .Replace(culture.DateTimeFormat.GetAbbreviatedDayName(Start.DayOfWeek), " ", StringComparison.Ordinal);
        return rest.Any(char.IsLetter) ? $"'{text}' has a stray '{rest.Trim()}'" : null;
    }
}
