using IntegrationHubs.Web.Features.Events;
using MudBlazor;

namespace IntegrationHubs.ComponentTests.Events;

/// <summary>The event's date typed by a person using the app in Arabic, whose date pattern carries invisible right-to-left marks.</summary>
public sealed class EventDateFieldArabicTests() : AppComponentContext("ar")
{
    private static readonly EventFormFields.SpaceChoice Hall = new(Guid.NewGuid(), "Saal");

    private IRenderedComponent<EventFormFields> RenderFields(EventForm form) =>
        Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]).Add(x => x.HubLanguages, ["de", "ar"]));

    private static EventForm Form() => new() { Language = "ar", SpaceId = Hall.Id };

    [Theory]
    [InlineData("30/11/2026")]
    [InlineData("2026-11-30")]
    [InlineData("٣٠/١١/٢٠٢٦")]
    public void TypingTheDateAsShown_SetsTheEventsDate(string typed)
    {
        var form = Form();
        var cut = RenderFields(form);

        cut.Find("input[data-testid=event-date]").Change(typed);

        cut.WaitForAssertion(() => form.Date.ShouldBe(new DateTime(2026, 11, 30)));
        cut.FindAll(".mud-input-control.mud-input-error").ShouldBeEmpty();
    }

    [Fact]
    public void AnUnreadableDate_IsAnsweredInArabicAtTheField()
    {
        var form = Form();
        var cut = RenderFields(form);

        cut.Find("input[data-testid=event-date]").Change("غدًا");

        cut.WaitForAssertion(() =>
        {
            cut.Find("input[data-testid=event-date]").GetAttribute("aria-invalid").ShouldBe("true");
            // What the field shows under it; MudBlazor's own text would be the English "Not a valid date time".
            var picker = cut.FindComponent<MudDatePicker>().Instance;
            picker.ConversionError.ShouldBeTrue();
            picker.ConversionErrorMessage.ShouldBe("تعذّرت قراءة هذا التاريخ. يُرجى كتابته هكذا: 30/11/2026 (أو 2026-11-30).");
        });
        form.Date.ShouldBeNull();
    }
}
