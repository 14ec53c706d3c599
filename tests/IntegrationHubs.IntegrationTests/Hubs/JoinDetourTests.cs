using System.Net;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Invitations;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Hubs;
using IntegrationHubs.Web.Features.Me;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Hubs;

/// <summary>"Join" on a hub page with no profile yet: the profile says why, and saving it finishes the join.</summary>
[Collection(AppCollection.Name)]
public sealed class JoinDetourTests(AppFixture fixture) : IAsyncLifetime
{
    private const string PersonPassword = "garten-2026-sommer";

    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private string German(string key, params object[] arguments) => Texts.German(fixture.App, key, arguments);

    private static Dictionary<string, string?> JoinButton => new() { ["MembershipAction"] = MembershipPanel.Join };

    private Task SaveProfileAsync(ApplicationUser person) =>
        _given.AsAsync(person, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(new MemberProfileForm { AcceptsTerms = true }));

    [Fact]
    public async Task Join_WithoutProfile_ProfileSaysWhichHub_AndAfterSavingThePersonIsAMember()
    {
        // Arrange
        var hub = await _given.HubAsync(Arrange.Slug("gruenau"));
        var olena = await _given.PersonAsync("Olena", Arrange.Email("olena"));
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(olena.Email!, PersonPassword);

        // Act: join, land on the profile, save it (as its live page does), follow where saving leads
        using var join = await client.SubmitAsync($"/hubs/{hub.Slug}", MembershipPanel.FormName, JoinButton);
        var profile = await client.GetPageAsync(FormClient.RedirectTarget(join));
        await SaveProfileAsync(olena);
        var back = await client.GetPageAsync(InvitationTests.ReturnUrlOf(FormClient.RedirectTarget(join)));
        var reload = await client.GetPageAsync(back.PathAndQuery);

        // Assert
        FormClient.RedirectTarget(join).ShouldStartWith("/me/profile?returnUrl=");
        profile.Status.ShouldBe(HttpStatusCode.OK);
        profile.Text.ShouldContain(German("Profile.CompleteToJoin", hub.Name));
        back.Status.ShouldBe(HttpStatusCode.OK);
        back.PathAndQuery.ShouldStartWith($"/hubs/{hub.Slug}?");
        back.Text.ShouldContain(German("Membership.Joined"));
        back.Text.ShouldContain(German("Membership.YouAreMember"));
        reload.Status.ShouldBe(HttpStatusCode.OK);
        var membership = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == olena.Id));
        membership.HubId.ShouldBe(hub.Id);
        membership.State.ShouldBe(MembershipState.Active);
        var audit = await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().Select(a => a.Action).ToListAsync());
        audit.ShouldBe([AuditActions.MembershipJoined]);
    }

    [Fact]
    public async Task Join_HubThatApprovesMembers_AfterTheProfile_TheRequestIsMade()
    {
        var hub = await _given.HubAsync(Arrange.Slug("kassel"), JoinPolicy.ApprovalRequired);
        var peter = await _given.PersonAsync("Peter", Arrange.Email("peter"));
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(peter.Email!, PersonPassword);

        using var join = await client.SubmitAsync($"/hubs/{hub.Slug}", MembershipPanel.FormName, JoinButton);
        await SaveProfileAsync(peter);
        var back = await client.GetPageAsync(InvitationTests.ReturnUrlOf(FormClient.RedirectTarget(join)));

        back.Text.ShouldContain(German("Membership.Requested"));
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == peter.Id))).State.ShouldBe(MembershipState.Requested);
    }

    [Fact]
    public async Task ComingBack_WithAnotherPersonsOrAnotherHubsPendingJoin_JoinsNothing()
    {
        // Arrange: Olena's join of A waits for her profile; Peter has his profile and gets her return address;
        // Olena's token is also tried on hub B
        var a = await _given.HubAsync(Arrange.Slug("alpha"));
        var b = await _given.HubAsync(Arrange.Slug("beta"));
        var olena = await _given.PersonAsync("Olena", Arrange.Email("olena"));
        var peter = await _given.PersonAsync("Peter", Arrange.Email("peter"));
        await SaveProfileAsync(peter);
        using var olenasBrowser = new FormClient(fixture.App);
        await olenasBrowser.SignInOrFailAsync(olena.Email!, PersonPassword);
        using var join = await olenasBrowser.SubmitAsync($"/hubs/{a.Slug}", MembershipPanel.FormName, JoinButton);
        var back = InvitationTests.ReturnUrlOf(FormClient.RedirectTarget(join));
        await SaveProfileAsync(olena);
        using var petersBrowser = new FormClient(fixture.App);
        await petersBrowser.SignInOrFailAsync(peter.Email!, PersonPassword);

        // Act
        var asPeter = await petersBrowser.GetPageAsync(back);
        var onB = await olenasBrowser.GetPageAsync(back.Replace(a.Slug, b.Slug, StringComparison.Ordinal));

        // Assert
        back.ShouldStartWith($"/hubs/{a.Slug}?continue=");
        asPeter.Status.ShouldBe(HttpStatusCode.OK);
        onB.Status.ShouldBe(HttpStatusCode.OK);
        asPeter.Text.ShouldNotContain(German("Membership.Joined"));
        onB.Text.ShouldNotContain(German("Membership.Joined"));
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task JoinToRsvp_FromAnEvent_GoesBackToTheEvent_EvenThroughTheProfile_ButNeverOffSite()
    {
        // Arrange: the event page's "join this hub to RSVP" leads to the hub page with the event as return address
        var hub = await _given.HubAsync(Arrange.Slug("events"));
        var withProfile = await _given.PersonAsync("Peter", Arrange.Email("peter"));
        await SaveProfileAsync(withProfile);
        var withoutProfile = await _given.PersonAsync("Olena", Arrange.Email("olena"));
        var crafted = await _given.PersonAsync("Amal", Arrange.Email("amal"));
        await SaveProfileAsync(crafted);
        var eventPage = $"/events/{Guid.NewGuid()}";
        var fromEvent = $"/hubs/{hub.Slug}?returnUrl={Uri.EscapeDataString(eventPage)}";
        using var peter = new FormClient(fixture.App);
        await peter.SignInOrFailAsync(withProfile.Email!, PersonPassword);
        using var olena = new FormClient(fixture.App);
        await olena.SignInOrFailAsync(withoutProfile.Email!, PersonPassword);
        using var amal = new FormClient(fixture.App);
        await amal.SignInOrFailAsync(crafted.Email!, PersonPassword);

        // Act
        using var direct = await peter.SubmitAsync(fromEvent, MembershipPanel.FormName, JoinButton);
        using var detour = await olena.SubmitAsync(fromEvent, MembershipPanel.FormName, JoinButton);
        await SaveProfileAsync(withoutProfile);
        using var back = await olena.GetAsync(InvitationTests.ReturnUrlOf(FormClient.RedirectTarget(detour)));
        using var offSite = await amal.SubmitAsync($"/hubs/{hub.Slug}?returnUrl={Uri.EscapeDataString("//evil.example/")}", MembershipPanel.FormName, JoinButton);

        // Assert
        FormClient.RedirectTarget(direct).ShouldBe(eventPage);
        FormClient.RedirectTarget(back).ShouldBe(eventPage);
        offSite.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(await offSite.Content.ReadAsStringAsync()).ShouldContain(German("Membership.Joined"));
        var members = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().Where(m => m.State == MembershipState.Active).Select(m => m.UserId).ToListAsync());
        members.ShouldBe([withProfile.Id, withoutProfile.Id, crafted.Id], ignoreOrder: true);
    }
}
