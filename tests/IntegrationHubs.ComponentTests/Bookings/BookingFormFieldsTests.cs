using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Spaces;
using IntegrationHubs.Web.Localization;

namespace IntegrationHubs.ComponentTests.Bookings;

public sealed class BookingFormFieldsTests : AppComponentContext
{
    private static readonly ListSpaces.Item Workshop = new(Guid.NewGuid(), 1, "Werkstatt", SpaceType.Workshop, 12, SpaceFeatures.None, null, true,
        new BookingPolicy { MaxDuration = TimeSpan.FromHours(3), MinLeadTime = TimeSpan.FromHours(24), HorizonDays = 60, RequiresApproval = true }, [], []);

    [Fact]
    public void Purpose_IsTypedIntoTheForm_AndThePolicyOfTheChosenSpaceIsShown()
    {
        var form = new BookingForm { SpaceId = Workshop.Id };
        var cut = Render<BookingFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Workshop]));

        cut.Find("input[data-testid=booking-purpose]").Input("Nähcafé");

        form.Purpose.ShouldBe("Nähcafé");
        var policy = cut.Find("[data-testid=booking-policy]").TextContent;
        policy.ShouldContain("Höchstens 3 Std.");
        policy.ShouldContain("60 Tage");
        policy.ShouldContain("Die Koordination bestätigt Buchungen.");
        cut.Find("[data-testid=booking-space-facts]").TextContent.ShouldContain("Werkstatt · bis 12 Personen");
    }

    [Fact]
    public void TypedTime_IsReadByOurConverter_InGermanAndArabicWriting()
    {
        var form = new BookingForm { SpaceId = Workshop.Id };
        var cut = Render<BookingFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Workshop]));

        // MudBlazor's own converter reads neither "14.30" nor Arabic-Indic digits with the Arabic PM letter.
        cut.Find(".ih-booking-start input").Change("14.30");
        cut.WaitForAssertion(() => form.Start.ShouldBe(new TimeSpan(14, 30, 0)));

        var before = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ar");
        try
        {
            cut.Find(".ih-booking-start input").Change("\u200f٣:١٥ م");
            cut.WaitForAssertion(() => form.Start.ShouldBe(new TimeSpan(15, 15, 0)));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = before;
        }

        cut.FindComponents<MudBlazor.MudTimePicker>().ShouldAllBe(p => p.Instance.Converter is TimeFieldConverter);
    }

    [Fact]
    public void UnreadableTime_IsAnsweredAtTheField_InThePersonsLanguage_UntilATimeIsRead()
    {
        var form = new BookingForm { SpaceId = Workshop.Id };
        var cut = Render<BookingFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Workshop]));

        cut.Find(".ih-booking-start input").Change("halb drei");

        cut.WaitForAssertion(() => cut.Find(".ih-booking-start").TextContent.ShouldContain("Die Uhrzeit lässt sich nicht lesen. Bitte so eingeben: 14:30."));
        form.Start.ShouldBeNull();

        cut.Find(".ih-booking-start input").Change("9:45");
        cut.WaitForAssertion(() => form.Start.ShouldBe(new TimeSpan(9, 45, 0)));
        cut.Find(".ih-booking-start").TextContent.ShouldNotContain("Die Uhrzeit lässt sich nicht lesen");
    }

    [Fact]
    public void ARefusal_IsShownAtItsField()
    {
        var cut = Render<BookingFormFields>(p => p.Add(x => x.Form, new BookingForm { SpaceId = Workshop.Id }).Add(x => x.Spaces, [Workshop])
            .Add(x => x.Errors, new Dictionary<string, string> { [BookingRefusal.FieldStart] = "Dieser Zeitraum ist schon gebucht." }));

        var invalid = cut.FindAll(".mud-input-control.mud-input-error");
        invalid.ShouldHaveSingleItem().TextContent.ShouldContain("Beginn");
        invalid[0].QuerySelector(".mud-input-helper-text")!.TextContent.ShouldContain("schon gebucht");
    }

    [Fact]
    public void ForHub_IsOfferedToCoordinatorsOnly_AndInitiativesOnlyWhenThePersonHasSome()
    {
        var member = Render<BookingFormFields>(p => p.Add(x => x.Form, new BookingForm()).Add(x => x.Spaces, [Workshop]));
        var coordinator = Render<BookingFormFields>(p => p.Add(x => x.Form, new BookingForm()).Add(x => x.Spaces, [Workshop])
            .Add(x => x.IsCoordinator, true).Add(x => x.Initiatives, [new BookingFormFields.InitiativeChoice(Guid.NewGuid(), "Suppenküche")]));

        member.Markup.ShouldNotContain("Im Namen des Hubs buchen");
        member.Markup.ShouldNotContain("Für eine Initiative");
        coordinator.Markup.ShouldContain("Im Namen des Hubs buchen");
        coordinator.Markup.ShouldContain("Für eine Initiative");
    }

    [Fact]
    public void Weekly_ShowsTheRepeatUntilField_FourWeeksAfterTheDay()
    {
        var form = new BookingForm { SpaceId = Workshop.Id, Date = new DateTime(2026, 5, 6) };
        var cut = Render<BookingFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Workshop]));

        cut.FindAll("input[type=checkbox]")[^1].Change(true);

        form.RepeatUntil.ShouldBe(new DateTime(2026, 6, 3));
        cut.Markup.ShouldContain("Wiederholen bis");
    }

    [Fact]
    public void FieldOf_MapsValidatorPropertiesToRefusalFields()
    {
        BookingFormFields.FieldOf(nameof(BookingForm.SpaceId)).ShouldBe(BookingRefusal.FieldSpace);
        BookingFormFields.FieldOf(nameof(BookingForm.InitiativeId)).ShouldBe(BookingRefusal.FieldInitiative);
        BookingFormFields.FieldOf(nameof(BookingForm.End)).ShouldBe(BookingRefusal.FieldEnd);
    }
}
