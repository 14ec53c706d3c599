using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Spaces;

namespace IntegrationHubs.UnitTests.Spaces;

public sealed class BookingFormValidatorTests
{
    private static readonly BookingForm.Validator Validator = new(TestLocalizer.Create());

    private static BookingForm Valid() => new()
    {
        SpaceId = Guid.NewGuid(), Date = new DateTime(2026, 5, 6), Start = TimeSpan.FromHours(10), End = TimeSpan.FromHours(12), Purpose = "Nähcafé",
    };

    [Fact]
    public void AComplete_Form_IsValid() => Validator.Validate(Valid()).IsValid.ShouldBeTrue();

    [Fact]
    public void EndBeforeStart_IsReportedAtTheEnd_InTheUsersLanguage()
    {
        var form = Valid();
        form.End = TimeSpan.FromHours(9);

        var errors = TestLocalizer.InCulture("uk", () => Validator.Validate(form).Errors);

        errors.ShouldHaveSingleItem().PropertyName.ShouldBe(nameof(BookingForm.End));
        errors[0].ErrorMessage.ShouldBe("Кінець має бути після початку.");
    }

    [Fact]
    public void EndAtMidnight_MeansTheEndOfTheDay_AndIsValid()
    {
        var form = Valid();
        form.End = TimeSpan.Zero;

        Validator.Validate(form).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(nameof(BookingForm.SpaceId))]
    [InlineData(nameof(BookingForm.Date))]
    [InlineData(nameof(BookingForm.Start))]
    [InlineData(nameof(BookingForm.Purpose))]
    public void AMissingField_IsReportedAtThatField(string field)
    {
        var form = Valid();
        typeof(BookingForm).GetProperty(field)!.SetValue(form, field == nameof(BookingForm.Purpose) ? " " : null);

        Validator.Validate(form).Errors.Select(e => e.PropertyName).ShouldContain(field);
    }

    [Fact]
    public void RepeatUntil_BeforeTheFirstDay_IsRefused()
    {
        var form = Valid();
        form.RepeatUntil = new DateTime(2026, 5, 1);

        Validator.Validate(form).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe(nameof(BookingForm.RepeatUntil));
    }
}

public sealed class SpaceFormValidatorTests
{
    private static readonly SpaceForm.Validator Validator = new(TestLocalizer.Create());

    private static SpaceForm Valid() => new() { Name = "Werkstatt", OpeningHours = [new OpeningPeriodForm { Day = DayOfWeek.Monday }] };

    [Fact]
    public void AComplete_Form_IsValid_AndBecomesThePolicy()
    {
        var form = Valid();

        Validator.Validate(form).IsValid.ShouldBeTrue();
        form.ToPolicy().IsValid.ShouldBeTrue();
        form.ToOpeningPeriods().Single().ShouldBe(new OpeningPeriod(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0)));
    }

    [Theory]
    [InlineData(nameof(SpaceForm.Name))]
    [InlineData(nameof(SpaceForm.Capacity))]
    [InlineData(nameof(SpaceForm.MaxDurationHours))]
    [InlineData(nameof(SpaceForm.HorizonDays))]
    public void OutOfRange_IsReportedAtTheField(string field)
    {
        var form = Valid();
        switch (field)
        {
            case nameof(SpaceForm.Name): form.Name = ""; break;
            case nameof(SpaceForm.Capacity): form.Capacity = 0; break;
            case nameof(SpaceForm.MaxDurationHours): form.MaxDurationHours = 25; break;
            default: form.HorizonDays = 0; break;
        }

        Validator.Validate(form).Errors.Select(e => e.PropertyName).ShouldContain(field);
    }

    [Fact]
    public void OverlappingPeriodsOnOneDay_AreRefused()
    {
        var form = Valid();
        form.OpeningHours.Add(new OpeningPeriodForm { Day = DayOfWeek.Monday, Opens = TimeSpan.FromHours(17), Closes = TimeSpan.FromHours(20) });

        Validator.Validate(form).Errors.Select(e => e.PropertyName).ShouldContain(nameof(SpaceForm.OpeningHours));
    }

    [Fact]
    public void AClosureEndingBeforeItBegins_IsRefused()
    {
        var form = Valid();
        form.Closures.Add(new ClosureForm { From = new DateTime(2026, 5, 9), To = new DateTime(2026, 5, 8) });

        Validator.Validate(form).IsValid.ShouldBeFalse();
    }
}
