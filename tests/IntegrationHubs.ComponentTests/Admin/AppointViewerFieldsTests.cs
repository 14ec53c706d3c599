using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.ComponentTests.Admin;

public sealed class AppointViewerFieldsTests : AppComponentContext
{
    private static readonly ListMunicipalityViewers.Row Leipzig = new(Guid.NewGuid(), "Leipzig", "DE", "Sachsen", 3, []);

    private int _submits;

    private IRenderedComponent<AppointViewerFields> RenderForm(AppointViewerForm model, string? emailError = null) =>
        Render<AppointViewerFields>(p => p
            .Add(x => x.Municipalities, [Leipzig])
            .Add(x => x.Model, model)
            .Add(x => x.Validator, new AppointViewerForm.Validator(Services.GetRequiredService<IStringLocalizer<Strings>>()))
            .Add(x => x.EmailError, emailError)
            .Add(x => x.OnSubmit, () => _submits++));

    private static void Appoint(IRenderedComponent<AppointViewerFields> cut) => cut.Find("button.ih-appoint").Click();

    [Fact]
    public void Appoint_WithoutMunicipalityOrAddress_ShowsBothMessages_AndSubmitsNothing()
    {
        var cut = RenderForm(new AppointViewerForm());

        Appoint(cut);

        cut.WaitForAssertion(() =>
        {
            cut.Markup.ShouldContain("Bitte wählen Sie eine Kommune.");
            cut.Markup.ShouldContain("Bitte geben Sie die E-Mail-Adresse der Person ein.");
        });
        _submits.ShouldBe(0);
    }

    [Fact]
    public void Appoint_WithMunicipalityAndAddress_Submits()
    {
        var model = new AppointViewerForm { MunicipalityId = Leipzig.Id };
        var cut = RenderForm(model);

        cut.Find("input[type=email]").Input("vera@example.org");
        Appoint(cut);

        cut.WaitForAssertion(() => _submits.ShouldBe(1));
        model.Email.ShouldBe("vera@example.org");
    }

    [Fact]
    public void ServerRefusal_IsShownAtTheEmailField()
    {
        var cut = RenderForm(new AppointViewerForm { MunicipalityId = Leipzig.Id, Email = "nobody@example.org" }, "Zu dieser Adresse gibt es kein bestätigtes Konto.");

        var field = cut.Find("input[type=email]").Closest(".mud-input-control")!;
        field.TextContent.ShouldContain("Zu dieser Adresse gibt es kein bestätigtes Konto.");
        field.QuerySelector(".mud-input-error").ShouldNotBeNull();
    }
}
