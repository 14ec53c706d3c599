using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Members;
using MudBlazor;

namespace IntegrationHubs.ComponentTests.Members;

public sealed class MembersTableTests : AppComponentContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);
    private readonly List<ListHubMembers.Query> _queries = [];
    private readonly List<MemberAction> _actions = [];

    private static ListHubMembers.Row Row(string name, HubRoles roles = HubRoles.Member, MembershipState state = MembershipState.Active) =>
        new(Guid.NewGuid(), name, $"{name.ToLowerInvariant()}@example.org", roles | HubRoles.Member, state,
            new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero), 7,
            [new("ar", LanguageLevel.Native), new("de", LanguageLevel.Learning)]);

    private (IRenderedComponent<MembersTable> Table, IRenderedComponent<MudPopoverProvider> Popovers) RenderTable(params ListHubMembers.Row[] rows)
    {
        var popovers = Render<MudPopoverProvider>();
        var table = Render<MembersTable>(p => p
            .Add(x => x.LoadPage, (query, _) =>
            {
                _queries.Add(query);
                return Task.FromResult(new ListHubMembers.Result(rows, 42));
            })
            .Add(x => x.OnAction, action =>
            {
                _actions.Add(action);
                return Task.CompletedTask;
            }));
        table.WaitForAssertion(() => table.FindAll("tbody tr.mud-table-row").Count.ShouldBe(rows.Length), Patience);
        return (table, popovers);
    }

    [Fact]
    public void Rows_ShowNameEmailRolesStateAndLanguages_InGerman()
    {
        var (table, _) = RenderTable(Row("Amal", HubRoles.Mentor), Row("Rana", state: MembershipState.Requested));

        var amal = table.FindAll("tbody tr.mud-table-row")[0];
        amal.TextContent.ShouldContain("Amal");
        amal.TextContent.ShouldContain("amal@example.org");
        amal.QuerySelector(".ih-member-roles")!.TextContent.ShouldBe("Mitglied, Mentor/in");
        amal.QuerySelector(".ih-member-state")!.TextContent.ShouldContain("Aktiv");
        amal.QuerySelectorAll(".ih-language").Select(l => l.TextContent).ShouldBe(["AR", "DE"]);
        table.FindAll("tbody tr.mud-table-row")[1].QuerySelector(".ih-member-state")!.TextContent.ShouldContain("Anfrage offen");
        table.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent.Trim()).ShouldContain("1–25 von 42");
    }

    [Fact]
    public void FirstLoad_AsksForTheFirstPage_SortedByName()
    {
        RenderTable(Row("Amal"));

        var query = _queries.ShouldHaveSingleItem();
        query.Page.ShouldBe(0);
        query.PageSize.ShouldBe(25);
        query.Sort.ShouldBe(ListHubMembers.SortBy.Name);
        query.Search.ShouldBeNull();
    }

    [Fact]
    public void ARequest_OffersOnlyApproval_AndApprovingReportsItAndReloads()
    {
        var rana = Row("Rana", state: MembershipState.Requested);
        var (table, popovers) = RenderTable(rana);

        table.Find(".ih-member-actions button").Click();
        popovers.WaitForAssertion(() => popovers.FindAll(".mud-menu-item").Count.ShouldBe(1), Patience);
        popovers.Find(".mud-menu-item").TextContent.ShouldContain("Beitritt annehmen");
        popovers.Find(".ih-action-Approve").Click();

        table.WaitForAssertion(() => _actions.ShouldHaveSingleItem().ShouldBe(new MemberAction(MemberActionKind.Approve, rana)), Patience);
        table.WaitForAssertion(() => _queries.Count.ShouldBe(2), Patience);
    }

    [Fact]
    public void AnActiveCoordinator_CanLoseTheRole_BecomeMentor_OrBeDeactivated()
    {
        var (table, popovers) = RenderTable(Row("Carla", HubRoles.Coordinator));

        table.Find(".ih-member-actions button").Click();

        popovers.WaitForAssertion(() => popovers.FindAll(".mud-menu-item").Select(i => i.TextContent.Trim()).ShouldBe(
            ["Zur Mentorin / zum Mentor machen", "Koordinations-Rolle entziehen", "Deaktivieren"]), Patience);
    }

    [Fact]
    public void LeftMembers_HaveNoActions()
    {
        var (table, _) = RenderTable(Row("Leo", state: MembershipState.Left));

        table.FindAll(".ih-member-actions button").ShouldBeEmpty();
    }

    [Fact]
    public void Searching_ReloadsFromTheFirstPage_WithTheSearchText()
    {
        var (table, _) = RenderTable(Row("Amal"));

        table.Find(".ih-members-search input").Input("amal");

        table.WaitForAssertion(() => _queries.Last().Search.ShouldBe("amal"), Patience);
        _queries.Last().Page.ShouldBe(0);
    }
}
