using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.ComponentTests.Invitations;

public sealed class InviteFormTests : AppComponentContext
{
    private int _submits;

    private IRenderedComponent<InviteForm> RenderForm(InviteMemberForm model) =>
        Render<InviteForm>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.Validator, new InviteMemberForm.Validator(Services.GetRequiredService<IStringLocalizer<Strings>>()))
            .Add(x => x.OnSubmit, () => _submits++));

    private string Text(string key) => System.Net.WebUtility.HtmlEncode(Services.GetRequiredService<IStringLocalizer<Strings>>()[key].Value);

    private static void Send(IRenderedComponent<InviteForm> cut) => cut.FindComponent<MudBlazor.MudButton>().Find("button").Click();

    [Fact]
    public void Send_WithoutAddress_ShowsTheGermanMessage_AndSendsNothing()
    {
        var cut = RenderForm(new InviteMemberForm());

        Send(cut);

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Bitte geben Sie die E-Mail-Adresse der Person ein, die Sie einladen."));
        _submits.ShouldBe(0);
    }

    [Fact]
    public void Send_WithAnAddressThatIsNoEmail_IsRefused()
    {
        var cut = RenderForm(new InviteMemberForm());

        cut.Find("input[type=email]").Input("olena at example");
        Send(cut);

        cut.WaitForAssertion(() => cut.Markup.ShouldContain(Text("Validation.Email.Invalid")));
        _submits.ShouldBe(0);
    }

    [Fact]
    public void Send_WithAddressAndMentorRole_SubmitsOnceWithThoseRoles()
    {
        var model = new InviteMemberForm();
        var cut = RenderForm(model);

        cut.Find("input[type=email]").Input("olena@example.org");
        cut.FindAll("input[type=checkbox]")[0].Change(true);
        Send(cut);

        cut.WaitForAssertion(() => _submits.ShouldBe(1));
        model.Email.ShouldBe("olena@example.org");
        model.Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
        cut.FindAll(".mud-input-error").ShouldBeEmpty();
    }
}
