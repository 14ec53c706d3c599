using IntegrationHubs.Web.Features.Events;

namespace IntegrationHubs.ComponentTests.Events;

public sealed class EventSeriesFieldsTests : AppComponentContext
{
    private static readonly EventFormFields.SpaceChoice Hall = new(Guid.NewGuid(), "Saal");

    private static EventForm Form() => new()
    {
        Language = "de", SpaceId = Hall.Id, Date = new DateTime(2026, 5, 5), Start = TimeSpan.FromHours(18), End = TimeSpan.FromHours(20),
    };

    [Fact]
    public void SeriesFields_AreNotOfferedWhenEditing()
    {
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, Form()).Add(x => x.Spaces, [Hall]));

        cut.FindAll("[data-testid=event-repeats]").ShouldBeEmpty();
    }

    [Fact]
    public void Repeating_ShowsTheWeekdayAndTimes_AndTheNumberOfDates()
    {
        var form = Form();
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]).Add(x => x.ShowSeries, true));
        cut.FindAll("[data-testid=event-series]").ShouldBeEmpty();

        cut.FindAll("input[type=checkbox]")[1].Change(true); // members only, repeats, at an address
        cut.Find("input[data-testid=event-repeat-count]").Change("8");

        form.Repeats.ShouldBeTrue();
        form.RepeatCount.ShouldBe(8);
        cut.Find("[data-testid=event-series-hint]").TextContent.ShouldContain("Dienstag");
        cut.Find("[data-testid=event-series-hint]").TextContent.ShouldContain("18:00");
    }

    [Fact]
    public void RepeatingUntilADate_ReplacesTheNumberWithADate()
    {
        var form = Form();
        form.Repeats = true;
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]).Add(x => x.ShowSeries, true));

        cut.FindAll("input[type=radio]")[1].Click();

        form.RepeatByCount.ShouldBeFalse();
        cut.FindAll("input[data-testid=event-repeat-count]").ShouldBeEmpty();
        cut.FindAll("[data-testid=event-repeat-until]").ShouldNotBeEmpty();
    }

    [Fact]
    public void ASeriesRefusal_IsShownAtTheNumberOfDates_AndTheTypedValueStays()
    {
        var form = Form();
        form.Repeats = true;
        form.RepeatCount = 60;
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]).Add(x => x.ShowSeries, true)
            .Add(x => x.Errors, new Dictionary<string, string> { [EventResult.FieldRepeat] = "Bitte geben Sie 2 bis 52 Termine an." }));

        var invalid = cut.FindAll(".mud-input-control.mud-input-error").ShouldHaveSingleItem();

        invalid.TextContent.ShouldContain("2 bis 52");
        cut.Find("input[data-testid=event-repeat-count]").GetAttribute("value").ShouldBe("60");
    }
}
