using FluentValidation;
using IntegrationHubs.Web.Features.Me;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.ComponentTests.Me;

public sealed class MyProfileFormTests : AppComponentContext
{
    private int _saves;

    private IRenderedComponent<MyProfileForm> RenderForm(UpdateMyProfile.Command model) =>
        Render<MyProfileForm>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.Email, "amal@example.org")
            .Add(x => x.Validator, Services.GetRequiredService<IValidator<UpdateMyProfile.Command>>())
            .Add(x => x.OnSave, () => _saves++));

    [Fact]
    public void Save_WithoutName_ShowsTheGermanMessageAndDoesNotSave()
    {
        var cut = RenderForm(new UpdateMyProfile.Command { DisplayName = "", PreferredCulture = "de" });

        cut.FindComponent<MudBlazor.MudButton>().Find("button").Click();

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Bitte geben Sie einen Namen ein."));
        _saves.ShouldBe(0);
    }

    [Fact]
    public void Save_WithName_CallsSaveOnce()
    {
        var model = new UpdateMyProfile.Command { DisplayName = "", PreferredCulture = "ar" };
        var cut = RenderForm(model);

        cut.FindComponents<MudBlazor.MudTextField<string>>()[0].Find("input").Input("Amal N.");
        cut.FindComponent<MudBlazor.MudButton>().Find("button").Click();

        cut.WaitForAssertion(() => _saves.ShouldBe(1));
        model.DisplayName.ShouldBe("Amal N.");
        cut.Markup.ShouldNotContain("Bitte geben Sie einen Namen ein.");
    }

    [Fact]
    public void Form_ShowsTheEmailReadOnly()
    {
        var cut = RenderForm(new UpdateMyProfile.Command { DisplayName = "Amal" });

        var email = cut.FindAll("input").Single(i => i.GetAttribute("value") == "amal@example.org");
        email.HasAttribute("readonly").ShouldBeTrue();
    }
}
