using FluentValidation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Extensions;

namespace IntegrationHubs.ComponentTests.Initiatives;

/// <summary>The proposal form: the fields with their messages, and the team step where the team invites members.</summary>
public sealed class InitiativeProposalFormTests : AppComponentContext
{
    private static readonly SearchTeamCandidates.Candidate Olena = new(Guid.NewGuid(), "Olena Kovalenko");

    private Dictionary<string, string> Validate(InitiativeForm form) =>
        new InitiativeForm.Validator(Services.GetRequiredService<IStringLocalizer<Strings>>()).Validate(form).Errors
            .GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);

    private static GetInitiativeCommunity.Result Community(bool isTeam = true, bool isInvited = false, params GetInitiativeCommunity.TeamMember[] team) =>
        new(team.Length > 0 ? team : [new(Guid.NewGuid(), "Rana Farahani", true, false, isTeam)], isTeam, isInvited, isInvited ? "Rana Farahani" : null,
            isTeam, false, false, false, [], 0, 0, false, false, [], []);

    [Fact]
    public void Fields_ShowTheValidationMessageAtTheField_AndKeepWhatWasTyped()
    {
        var tooLong = new string('a', Initiative.TitleMaxLength + 5);
        var form = new InitiativeForm { Title = tooLong, Summary = "Jeden Dienstag." };

        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Errors, Validate(form)));

        var title = cut.FindComponents<MudTextField<string>>()[0];
        title.Instance.GetState(x => x.Error).ShouldBeTrue();
        title.Find(".mud-input-helper-text").TextContent.ShouldContain($"höchstens {Initiative.TitleMaxLength} Zeichen");
        title.Find("input").GetAttribute("value").ShouldBe(tooLong);
        cut.FindComponents<MudTextField<string>>()[1].Instance.GetState(x => x.Error).ShouldBeFalse();
        form.Summary.ShouldBe("Jeden Dienstag.");
    }

    [Fact]
    public void Fields_AnEmptyTitle_IsNamedAtTheTitle()
    {
        var form = new InitiativeForm { Title = " ", Summary = "Text" };

        var cut = Render<InitiativeFormFields>(p => p.Add(x => x.Form, form).Add(x => x.Errors, Validate(form)));

        cut.FindComponents<MudTextField<string>>()[0].Find(".mud-input-helper-text").TextContent.ShouldContain("Bitte geben Sie einen Titel an.");
        cut.Find("textarea").TextContent.ShouldBe("Text");
    }

    [Fact]
    public void TeamStep_InvitingWithoutChoosingSomeone_AsksToChoose_AtTheField()
    {
        var invited = new List<Guid>();
        var cut = Render<InitiativeTeamPanel>(p => p
            .Add(x => x.Community, Community())
            .Add(x => x.Search, (_, _) => Task.FromResult<IReadOnlyList<SearchTeamCandidates.Candidate>>([Olena]))
            .Add(x => x.Invite, id => { invited.Add(id); return Task.FromResult<string?>(null); }));

        cut.Find("[data-testid=invite-button]").Click();

        invited.ShouldBeEmpty();
        cut.Find("[data-testid=team-panel] .mud-input-helper-text").TextContent.ShouldContain("Bitte wählen Sie ein Mitglied aus der Liste.");
    }

    [Fact]
    public async Task TeamStep_ARefusedInvitation_ShowsTheReasonAtTheField_AndKeepsTheChosenPerson()
    {
        var cut = Render<InitiativeTeamPanel>(p => p
            .Add(x => x.Community, Community())
            .Add(x => x.Search, (_, _) => Task.FromResult<IReadOnlyList<SearchTeamCandidates.Candidate>>([Olena]))
            .Add(x => x.Invite, _ => Task.FromResult<string?>("Diese Person ist kein aktives Mitglied dieses Hubs und kann deshalb nicht eingeladen werden.")));
        var field = cut.FindComponent<MudAutocomplete<SearchTeamCandidates.Candidate>>();
        await cut.InvokeAsync(() => field.Instance.SelectOptionAsync(Olena));

        cut.Find("[data-testid=invite-button]").Click();

        field = cut.FindComponent<MudAutocomplete<SearchTeamCandidates.Candidate>>();
        field.Instance.GetState(x => x.Error).ShouldBeTrue();
        field.Find(".mud-input-helper-text").TextContent.ShouldContain("kein aktives Mitglied dieses Hubs");
        field.Instance.GetState(x => x.Value).ShouldBe(Olena);
    }

    [Fact]
    public async Task TeamStep_AnAcceptedInvitation_ClearsTheField()
    {
        var invited = new List<Guid>();
        var cut = Render<InitiativeTeamPanel>(p => p
            .Add(x => x.Community, Community())
            .Add(x => x.Search, (_, _) => Task.FromResult<IReadOnlyList<SearchTeamCandidates.Candidate>>([Olena]))
            .Add(x => x.Invite, id => { invited.Add(id); return Task.FromResult<string?>(null); }));
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<SearchTeamCandidates.Candidate>>().Instance.SelectOptionAsync(Olena));

        cut.Find("[data-testid=invite-button]").Click();

        invited.ShouldBe([Olena.UserId]);
        cut.FindComponent<MudAutocomplete<SearchTeamCandidates.Candidate>>().Instance.GetState(x => x.Error).ShouldBeFalse();
    }

    [Fact]
    public void TeamStep_TheInvitee_SeesWhoInvitedThem_AndAnswers()
    {
        bool? answer = null;
        var me = Guid.NewGuid();
        var cut = Render<InitiativeTeamPanel>(p => p
            .Add(x => x.Community, Community(false, true, new(Guid.NewGuid(), "Rana Farahani", true, false, false), new(me, "Olena Kovalenko", false, true, true)))
            .Add(x => x.Search, (_, _) => Task.FromResult<IReadOnlyList<SearchTeamCandidates.Candidate>>([]))
            .Add(x => x.Invite, _ => Task.FromResult<string?>(null))
            .Add(x => x.OnAnswer, (bool accept) => answer = accept));

        cut.Find("[data-testid=team-invitation]").TextContent.ShouldContain("Rana Farahani lädt Sie in das Team dieser Initiative ein.");
        cut.FindAll("[data-testid=invite-field]").ShouldBeEmpty();
        cut.FindAll("[data-testid=team-invitation] button")[0].Click();

        answer.ShouldBe(true);
    }

    [Fact]
    public void TeamStep_TheTeam_SeesInvitedPeople_AndMayWithdraw_ButNotRemoveTheCreator()
    {
        var removed = new List<Guid>();
        var olena = Guid.NewGuid();
        var cut = Render<InitiativeTeamPanel>(p => p
            .Add(x => x.Community, Community(true, false, new(Guid.NewGuid(), "Rana Farahani", true, false, true), new(olena, "Olena Kovalenko", false, true, false)))
            .Add(x => x.Search, (_, _) => Task.FromResult<IReadOnlyList<SearchTeamCandidates.Candidate>>([]))
            .Add(x => x.Invite, _ => Task.FromResult<string?>(null))
            .Add(x => x.OnRemove, (Guid id) => removed.Add(id)));

        var rows = cut.FindAll(".ih-team li");
        rows.Count.ShouldBe(2);
        rows[0].TextContent.ShouldContain("Hat die Initiative gestartet");
        rows[0].QuerySelectorAll("button").ShouldBeEmpty();
        rows[1].TextContent.ShouldContain("Eingeladen, Antwort steht aus");
        rows[1].QuerySelector("button")!.Click();

        removed.ShouldBe([olena]);
    }
}
