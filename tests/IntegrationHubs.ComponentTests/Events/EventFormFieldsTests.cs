using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.ComponentTests.Events;

public sealed class EventFormFieldsTests : AppComponentContext
{
    private static readonly EventFormFields.SpaceChoice Hall = new(Guid.NewGuid(), "Saal");

    private static EventForm Form() => new()
    {
        Language = "de", SpaceId = Hall.Id,
        Translations = [new EventForm.TranslationForm { Language = "de" }, new EventForm.TranslationForm { Language = "ar" }],
    };

    [Fact]
    public void Title_IsTypedIntoTheForm()
    {
        var form = Form();
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]).Add(x => x.HubLanguages, ["de", "ar"]));

        cut.Find("input[data-testid=event-title]").Input("Nachbarschaftsfest");

        form.Title.ShouldBe("Nachbarschaftsfest");
    }

    [Fact]
    public void ACapacityRefusal_IsShownAtThePlacesField_AndTheTypedValueStays()
    {
        var form = Form();
        form.Capacity = 0;
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall])
            .Add(x => x.Errors, new Dictionary<string, string> { [EventResult.FieldCapacity] = "Die Zahl der Plätze muss zwischen 1 und 10000 liegen." }));

        var invalid = cut.FindAll(".mud-input-control.mud-input-error").ShouldHaveSingleItem();

        invalid.TextContent.ShouldContain("Plätze");
        invalid.QuerySelector(".mud-input-helper-text")!.TextContent.ShouldContain("zwischen 1 und 10000");
        cut.Find("input[data-testid=event-capacity]").GetAttribute("value").ShouldBe("0");
    }

    [Fact]
    public void ATakenSpace_ShowsTheRefusalAtTheStart_AndTheFreeAlternatives()
    {
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, Form()).Add(x => x.Spaces, [Hall])
            .Add(x => x.Errors, new Dictionary<string, string> { [BookingRefusal.FieldStart] = "Dieser Zeitraum ist schon gebucht." })
            .Add(x => x.Alternatives, ["06.05.2026 14:00–16:00"]));

        cut.FindAll(".mud-input-control.mud-input-error").ShouldHaveSingleItem().TextContent.ShouldContain("Beginn");
        cut.Find("[data-testid=event-alternatives]").TextContent.ShouldContain("14:00–16:00");
    }

    [Fact]
    public void AtAnAddress_ReplacesTheSpaceWithAnAddressField()
    {
        var form = Form();
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]));
        cut.FindAll("input[data-testid=event-address]").ShouldBeEmpty();

        cut.FindAll("input[type=checkbox]")[^1].Change(true);
        cut.Find("input[data-testid=event-address]").Input("Marktplatz 1");

        form.AtAddress.ShouldBeTrue();
        form.Address.ShouldBe("Marktplatz 1");
    }

    [Fact]
    public void Translations_AreOfferedInTheHubsOtherLanguagesOnly()
    {
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, Form()).Add(x => x.Spaces, [Hall]).Add(x => x.HubLanguages, ["de", "ar"]));

        var translations = cut.Find("fieldset[data-testid=event-translations]");

        translations.TextContent.ShouldContain("Übersetzungen");
        translations.TextContent.ShouldContain("Titel auf Arabisch");
        translations.TextContent.ShouldNotContain("Titel auf Deutsch");
        translations.QuerySelectorAll(".mud-input-control").Length.ShouldBe(2);
    }

    [Fact]
    public void TheFormsOwnChecks_PutCapacityZeroAndAnEndBeforeTheStartAtTheirFields_AndKeepWhatWasTyped()
    {
        var form = Form();
        form.Title = "Sprachcafé";
        form.Capacity = 0;
        form.Date = new DateTime(2026, 5, 6);
        form.Start = TimeSpan.FromHours(18);
        form.End = TimeSpan.FromHours(17);

        // As the create form does on save: the validator's messages, each at the field it belongs to.
        var invalid = new EventForm.Validator(Services.GetRequiredService<IStringLocalizer<Strings>>()).Validate(form);
        var errors = invalid.Errors.GroupBy(e => EventFormFields.FieldOf(e.PropertyName)).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
        var cut = Render<EventFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Spaces, [Hall]).Add(x => x.Errors, errors));

        var fields = cut.FindAll(".mud-input-control.mud-input-error");
        fields.Count.ShouldBe(2);
        fields.Single(f => f.TextContent.Contains("Plätze", StringComparison.Ordinal)).QuerySelector(".mud-input-helper-text")!.TextContent
            .ShouldContain("zwischen 1 und 10000");
        fields.Single(f => f.TextContent.Contains("Ende", StringComparison.Ordinal)).QuerySelector(".mud-input-helper-text")!.TextContent
            .ShouldContain("Das Ende muss nach dem Beginn liegen");
        cut.Find("input[data-testid=event-title]").GetAttribute("value").ShouldBe("Sprachcafé");
        cut.Find("input[data-testid=event-capacity]").GetAttribute("value").ShouldBe("0");
        form.End.ShouldBe(TimeSpan.FromHours(17));
    }
}
