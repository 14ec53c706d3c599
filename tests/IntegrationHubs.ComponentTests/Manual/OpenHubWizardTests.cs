using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Manual;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.ComponentTests.Manual;

public sealed class OpenHubWizardTests : AppComponentContext
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<ListTemplateVersions.Item> Versions =
    [
        new(Guid.NewGuid(), TemplateKind.SpatialProgramme, 1, Created, null, DemoManual.SpatialProgramme),
        new(Guid.NewGuid(), TemplateKind.Curriculum, 1, Created, null, DemoManual.Curriculum),
        new(Guid.NewGuid(), TemplateKind.Strategy, 1, Created, null, DemoManual.Strategy),
    ];

    private int _finishes;

    private IRenderedComponent<OpenHubWizard> RenderWizard(OpenHubForm model, IReadOnlyDictionary<string, string>? errors = null) =>
        Render<OpenHubWizard>(p => p
            .Add(x => x.Municipalities, [(Guid.NewGuid(), "Leipzig")])
            .Add(x => x.Versions, Versions)
            .Add(x => x.Model, model)
            .Add(x => x.Validator, new OpenHubForm.Validator(Services.GetRequiredService<IStringLocalizer<Strings>>()))
            .Add(x => x.Errors, errors)
            .Add(x => x.OnFinish, () => _finishes++));

    private static void Next(IRenderedComponent<OpenHubWizard> cut) => cut.Find("button.ih-wizard-next").Click();

    private static string CurrentStep(IRenderedComponent<OpenHubWizard> cut) => cut.Find("li[aria-current=step]").TextContent;

    private static void Type(IRenderedComponent<OpenHubWizard> cut, string field, string value) => cut.Find($".{field} input").Input(value);

    [Fact]
    public void StepWhere_WithoutMunicipality_SaysSo_AndStays()
    {
        var cut = RenderWizard(new OpenHubForm());

        Next(cut);

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Bitte wählen Sie eine Kommune oder geben Sie eine neue ein."));
        CurrentStep(cut).ShouldBe("Kommune");
    }

    [Fact]
    public void StepHub_SlugNotUrlSafeAndUnknownTimeZone_AreRefusedAtTheirFields_TypedValuesKept()
    {
        var model = new OpenHubForm();
        var cut = RenderWizard(model);
        Type(cut, "ih-wizard-new-municipality", "Halle");
        Next(cut);
        cut.WaitForAssertion(() => CurrentStep(cut).ShouldBe("Der Hub"));

        Type(cut, "ih-wizard-name", "Hub Halle");
        Type(cut, "ih-wizard-slug", "Halle Neustadt");
        Type(cut, "ih-wizard-address", "Am Markt 1");
        Type(cut, "ih-wizard-timezone", "Europe/Atlantis");
        Next(cut);

        cut.WaitForAssertion(() =>
        {
            cut.Find(".ih-wizard-slug").Closest(".mud-input-control")!.TextContent.ShouldContain("Kleinbuchstaben a–z");
            cut.Find(".ih-wizard-timezone").Closest(".mud-input-control")!.TextContent.ShouldContain("Diese Zeitzone kennen wir nicht");
        });
        CurrentStep(cut).ShouldBe("Der Hub");
        model.Slug.ShouldBe("Halle Neustadt");
        cut.Find(".ih-wizard-slug input").GetAttribute("value").ShouldBe("Halle Neustadt");
    }

    [Fact]
    public void StepHub_TheNameSuggestsTheSlug_UntilThePersonTypesTheirOwn()
    {
        var model = new OpenHubForm();
        var cut = RenderWizard(model);
        Type(cut, "ih-wizard-new-municipality", "Leipzig");
        Next(cut);
        cut.WaitForAssertion(() => CurrentStep(cut).ShouldBe("Der Hub"));

        Type(cut, "ih-wizard-name", "Integration Hub Leipzig-Süd");

        model.Slug.ShouldBe("leipzig-sued");
        cut.FindAll(".ih-wizard-slug-suggestions button").Select(b => b.TextContent).ShouldBe(["leipzig-sued", "integration-hub-leipzig-sued"]);
        cut.Find(".ih-wizard-link").TextContent.ShouldContain("/hubs/leipzig-sued");

        Type(cut, "ih-wizard-slug", "sued");
        Type(cut, "ih-wizard-name", "Integration Hub Leipzig-Süd-Ost");
        model.Slug.ShouldBe("sued");

        cut.FindAll(".ih-wizard-slug-suggestions button")[^1].Click();
        model.Slug.ShouldBe("integration-hub-leipzig-sued-ost");
    }

    [Fact]
    public void StepHub_LanguagesAreNamedInTheReadersLanguage_WithTheirOwnName()
    {
        OpenHubWizard.LanguageName("ar").ShouldBe("Arabisch (العربية)");
        OpenHubWizard.LanguageName("uk").ShouldBe("Ukrainisch (Українська)");
        OpenHubWizard.LanguageName("de").ShouldBe("Deutsch");
        OpenHubWizard.LanguageName(null).ShouldBe("");
    }

    [Fact]
    public void StepHub_TimeZoneFieldsOpenButton_HasAName()
    {
        var cut = RenderWizard(new OpenHubForm());
        Type(cut, "ih-wizard-new-municipality", "Halle");
        Next(cut);
        cut.WaitForAssertion(() => CurrentStep(cut).ShouldBe("Der Hub"));

        // axe (critical): the autocomplete's adornment is a button, and without a label it had no accessible name.
        var button = cut.Find(".ih-wizard-timezone .mud-input-adornment button");
        button.GetAttribute("aria-label").ShouldBe("Zeitzonen anzeigen");
    }

    [Fact]
    public void StepSpaces_WithNoSpaceChosen_SaysAHubNeedsOne()
    {
        var cut = RenderWizard(ValidUpToSpaces());
        Next(cut);
        Next(cut);
        cut.WaitForAssertion(() => CurrentStep(cut).ShouldBe("Räume"));

        Next(cut);

        cut.WaitForAssertion(() => cut.Find("[role=alert]").TextContent.ShouldContain("Ein Hub braucht mindestens einen Raum"));
        CurrentStep(cut).ShouldBe("Räume");
    }

    [Fact]
    public void AllSteps_Valid_FinishOnce_WithTheChosenSpacesAndNewestVersions()
    {
        var model = ValidUpToSpaces();
        var cut = RenderWizard(model);
        Next(cut);
        Next(cut);
        cut.WaitForAssertion(() => cut.FindAll(".ih-wizard-space input").Count.ShouldBe(7));

        cut.FindAll(".ih-wizard-space input")[1].Change("2");
        Next(cut);
        cut.WaitForAssertion(() => CurrentStep(cut).ShouldBe("Vorlagen und Koordination"));
        Type(cut, "ih-wizard-coordinator", "first@example.org");
        cut.Find("button.ih-wizard-finish").Click();

        cut.WaitForAssertion(() => _finishes.ShouldBe(1));
        model.SpaceCounts[1].ShouldBe(2);
        model.CoordinatorEmail.ShouldBe("first@example.org");
        (model.SpatialVersionId, model.CurriculumVersionId, model.StrategyVersionId).ShouldBe((Versions[0].Id, Versions[1].Id, Versions[2].Id));
    }

    [Fact]
    public void ServerRefusal_SlugTaken_ReturnsToTheHubStep_WithTheMessageAtTheSlug()
    {
        var model = ValidUpToSpaces();
        model.SpaceCounts[0] = 1;
        model.CoordinatorEmail = "first@example.org";

        var cut = RenderWizard(model, new Dictionary<string, string> { [nameof(OpenHubForm.Slug)] = "Diese Adresse hat schon ein anderer Hub." });

        CurrentStep(cut).ShouldBe("Der Hub");
        var slug = cut.Find(".ih-wizard-slug").Closest(".mud-input-control")!;
        slug.TextContent.ShouldContain("Diese Adresse hat schon ein anderer Hub.");
        cut.Find(".ih-wizard-slug input").GetAttribute("value").ShouldBe("halle-neustadt");
    }

    private static OpenHubForm ValidUpToSpaces() => new()
    {
        NewMunicipalityName = "Halle", Name = "Hub Halle", Slug = "halle-neustadt", Address = "Am Markt 1", TimeZone = "Europe/Berlin", Languages = ["de"],
    };
}
