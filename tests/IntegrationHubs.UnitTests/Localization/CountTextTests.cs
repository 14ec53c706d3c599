using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.UnitTests.Localization;

/// <summary>Counts with a noun that went through one "{0} …" sentence now take each language's plural form (decision 0029).</summary>
public sealed class CountTextTests
{
    [Theory]
    [InlineData("de", "Events.SeatsLeft", 1, 1, "1 von 1 Platz frei")]
    [InlineData("de", "Events.SeatsLeft", 10, 3, "3 von 10 Plätzen frei")]
    [InlineData("en", "Events.SeatsLeft", 1, 1, "1 of 1 place left")]
    [InlineData("uk", "Events.SeatsLeft", 21, 4, "Вільно 4 з 21 місця")]
    [InlineData("uk", "Events.SeatsLeft", 12, 4, "Вільно 4 з 12 місць")]
    [InlineData("ar", "Events.SeatsLeft", 2, 1, "1 من مكانين متاح")]
    [InlineData("ar", "Events.SeatsLeft", 5, 2, "2 من 5 أماكن متاحة")]
    [InlineData("de", "Cohorts.Seats", 12, 5, "5 von 12 Plätzen belegt")]
    [InlineData("en", "Cohorts.Seats", 1, 0, "0 of 1 seat taken")]
    [InlineData("uk", "Cohorts.Seats", 1, 1, "Зайнято 1 з 1 місця")]
    [InlineData("ar", "Cohorts.Seats", 15, 3, "3 من 15 مقعدًا مشغولة")]
    public void SeatsAndPlaces_AgreeWithTheTotal(string culture, string key, int total, int part, string expected) =>
        TestLocalizer.InCulture(culture, () => TestLocalizer.Create().Plural(key, total, part)).ShouldBe(expected);

    [Theory]
    [InlineData("de", 1, "für 1 Person")]
    [InlineData("de", 12, "bis 12 Personen")]
    [InlineData("en", 1, "for 1 person")]
    [InlineData("en", 8, "up to 8 people")]
    [InlineData("uk", 3, "до 3 осіб")]
    [InlineData("uk", 21, "до 21 особи")]
    [InlineData("ar", 1, "لشخص واحد")]
    [InlineData("ar", 2, "حتى شخصين")]
    [InlineData("ar", 7, "حتى 7 أشخاص")]
    [InlineData("ar", 12, "حتى 12 شخصًا")]
    [InlineData("ar", 100, "حتى 100 شخص")]
    public void SpaceCapacity_TakesThePluralOfEachLanguage(string culture, int people, string expected) =>
        TestLocalizer.InCulture(culture, () => TestLocalizer.Create().Plural("Bookings.Capacity", people)).ShouldBe(expected);

    [Theory]
    [InlineData("de", 1, "etwa 1 Woche")]
    [InlineData("en", 6, "about 6 weeks")]
    [InlineData("uk", 1, "близько 1 тижня")]
    [InlineData("uk", 3, "близько 3 тижнів")]
    [InlineData("ar", 2, "حوالي أسبوعين")]
    [InlineData("ar", 11, "حوالي 11 أسبوعًا")]
    public void Weeks_TakeThePluralOfEachLanguage(string culture, int weeks, string expected) =>
        TestLocalizer.InCulture(culture, () => TestLocalizer.Create().Plural("Manual.Weeks", weeks)).ShouldBe(expected);

    [Theory]
    [InlineData("de", 15, "für 15 Minuten gesperrt")]
    [InlineData("en", 1, "locked for 1 minute.")]
    [InlineData("uk", 15, "на 15 хвилин")]
    [InlineData("uk", 2, "на 2 хвилини")]
    [InlineData("ar", 15, "لمدة 15 دقيقةً")]
    [InlineData("ar", 5, "لمدة 5 دقائق")]
    public void LockoutMinutes_TakeThePluralOfEachLanguage(string culture, int minutes, string expected) =>
        TestLocalizer.InCulture(culture, () => TestLocalizer.Create().Plural("Account.Lockout.Body", minutes)).ShouldContain(expected);

    [Theory]
    [InlineData("de", 1, "Den 1 freien Termin buchen")]
    [InlineData("en", 3, "Book the 3 free dates")]
    [InlineData("uk", 2, "Забронювати 2 вільні дати")]
    [InlineData("uk", 5, "Забронювати 5 вільних дат")]
    [InlineData("ar", 2, "احجز الموعدين المتاحين")]
    public void SeriesButtons_TakeThePluralOfEachLanguage(string culture, int dates, string expected) =>
        TestLocalizer.InCulture(culture, () => TestLocalizer.Create().Plural("Bookings.Series.BookFree", dates)).ShouldBe(expected);
}
