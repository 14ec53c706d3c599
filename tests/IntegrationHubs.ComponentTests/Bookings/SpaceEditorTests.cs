using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Spaces;

namespace IntegrationHubs.ComponentTests.Bookings;

public sealed class SpaceEditorTests : AppComponentContext
{
    [Fact]
    public void TickingFeatures_AndAddingHoursAndClosures_FillTheForm()
    {
        var form = new SpaceForm { Name = "Werkstatt" };
        var cut = Render<SpaceEditor>(p => p.Add(x => x.Form, form));

        cut.FindAll("input[type=checkbox]")[0].Change(true);
        cut.FindAll("button").First(b => b.TextContent.Contains("Öffnungszeit hinzufügen", StringComparison.Ordinal)).Click();
        cut.FindAll("button").First(b => b.TextContent.Contains("Öffnungszeit hinzufügen", StringComparison.Ordinal)).Click();
        cut.FindAll("button").First(b => b.TextContent.Contains("Schließtag hinzufügen", StringComparison.Ordinal)).Click();

        form.Features.ShouldBe(SpaceFeatures.StepFreeAccess);
        form.OpeningHours.Select(p => p.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday]);
        form.Closures.Count.ShouldBe(1);
    }

    [Fact]
    public void RemovingAnOpeningPeriod_RemovesThatOne()
    {
        var form = new SpaceForm { Name = "Café", OpeningHours = [new() { Day = DayOfWeek.Monday }, new() { Day = DayOfWeek.Friday }] };
        var cut = Render<SpaceEditor>(p => p.Add(x => x.Form, form));

        cut.FindAll("button[aria-label='Öffnungszeit entfernen']")[0].Click();

        form.OpeningHours.ShouldHaveSingleItem().Day.ShouldBe(DayOfWeek.Friday);
    }

    [Fact]
    public void AnErrorAtTheOpeningHours_IsAnnounced()
    {
        var cut = Render<SpaceEditor>(p => p.Add(x => x.Form, new SpaceForm())
            .Add(x => x.Errors, new Dictionary<string, string> { [nameof(SpaceForm.OpeningHours)] = "Die Öffnungszeiten sind ungültig." }));

        cut.Find("[role=alert]").TextContent.ShouldContain("ungültig");
    }
}
