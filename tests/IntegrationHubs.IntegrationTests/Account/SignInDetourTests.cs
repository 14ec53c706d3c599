using System.Net;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Invitations;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Hubs;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Account;

/// <summary>
/// A visitor clicks an action that needs an account (RSVP, join a hub): after signing in — or signing up and confirming —
/// the action is done and the page says so, without another click (decision 0034). Only in the browser that asked.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SignInDetourTests(AppFixture fixture) : IAsyncLifetime
{
    private const string PersonPassword = "garten-2026-sommer";

    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private string German(string key, params object[] arguments) => Texts.German(fixture.App, key, arguments);

    private static Dictionary<string, string?> RsvpButton => new() { ["RsvpAction"] = EventPage.Rsvp };

    private static Dictionary<string, string?> JoinButton => new() { ["MembershipAction"] = MembershipPanel.Join };

    private Task SaveProfileAsync(ApplicationUser person) =>
        _given.AsAsync(person, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(new MemberProfileForm { AcceptsTerms = true }));

    private Task<Guid> EventAsync(Hub hub, string title = "Nachbarschaftsfest") =>
        HubScope.RunAsync(fixture.App, MemberScenario.Resolved(hub), async db =>
        {
            var organiser = await db.Users.Select(u => u.Id).FirstAsync();
            var now = DateTimeOffset.UtcNow;
            var created = Event.Create(
                new Event.Details(title, "Beschreibung", "de", [], EventCategory.Food, ["de"], EventVisibility.Public, 10,
                    now.AddDays(2), now.AddDays(2).AddHours(2), null, "Marktplatz 1"),
                ["de", "en", "ar", "uk"], null, new EventOrganiser(true, false), organiser, now);
            db.Events.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });

    private Task<List<(Guid UserId, RsvpStatus Status)>> RsvpsAsync(Guid eventId) =>
        _given.ReadAsync(async db => (await db.Rsvps.IgnoreQueryFilters().Where(r => r.EventId == eventId).Select(r => new { r.UserId, r.Status }).ToListAsync())
            .Select(r => (r.UserId, r.Status)).ToList());

    /// <summary>The visitor's click: a post that leads to the sign-in, whose return address carries the action.</summary>
    private static async Task<string> ClickSignedOutAsync(FormClient visitor, string page, string form, Dictionary<string, string?> button)
    {
        using var click = await visitor.SubmitAsync(page, form, button);
        var signIn = FormClient.RedirectTarget(click);
        signIn.ShouldStartWith("/Account/Login?returnUrl=");
        return signIn;
    }

    private static IEnumerable<string> Links(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [Fact]
    public async Task Rsvp_SignedOut_AfterSigningIn_IsAnswered_AndThePageSaysSo_OnceOnly()
    {
        // Arrange: Rana is a member of the hub; she opens the event without being signed in
        var hub = await _given.HubAsync(Arrange.Slug("ost"));
        var rana = await _given.PersonAsync("Rana", Arrange.Email("rana"));
        await _given.MembershipAsync(hub, rana, HubRoles.Member);
        var id = await EventAsync(hub);
        using var browser = new FormClient(fixture.App);

        // Act: "sign in to RSVP", sign in on the page it leads to, follow where the sign-in leads, then reload that page
        var signIn = await ClickSignedOutAsync(browser, $"/events/{id}", EventPage.FormName, RsvpButton);
        var rsvpsBeforeSignIn = await RsvpsAsync(id);
        using var signedIn = await browser.SignInAsync(rana.Email!, PersonPassword, signIn);
        var back = FormClient.RedirectTarget(signedIn);
        var landed = await browser.GetPageAsync(back);
        var reload = await browser.GetPageAsync(back);

        // Assert
        rsvpsBeforeSignIn.ShouldBeEmpty();
        back.ShouldStartWith($"/events/{id}?{PendingActions.QueryKey}=");
        landed.Status.ShouldBe(HttpStatusCode.OK);
        landed.Text.ShouldContain(German("Events.Rsvp.Confirmed"));
        reload.Status.ShouldBe(HttpStatusCode.OK);
        reload.Text.ShouldContain(German("Events.Rsvp.YouAreConfirmed"));
        (await RsvpsAsync(id)).ShouldBe([(rana.Id, RsvpStatus.Confirmed)]);
    }

    [Fact]
    public async Task Join_SignedOut_AfterSigningIn_ThePersonIsAMember_AndThePageSaysSo()
    {
        var hub = await _given.HubAsync(Arrange.Slug("gruenau"));
        var peter = await _given.PersonAsync("Peter", Arrange.Email("peter"));
        await SaveProfileAsync(peter);
        using var browser = new FormClient(fixture.App);

        var signIn = await ClickSignedOutAsync(browser, $"/hubs/{hub.Slug}", MembershipPanel.FormName, JoinButton);
        using var signedIn = await browser.SignInAsync(peter.Email!, PersonPassword, signIn);
        var landed = await browser.GetPageAsync(FormClient.RedirectTarget(signedIn));

        landed.PathAndQuery.ShouldStartWith($"/hubs/{hub.Slug}?{PendingActions.QueryKey}=");
        landed.Text.ShouldContain(German("Membership.Joined"));
        landed.Text.ShouldContain(German("Membership.YouAreMember"));
        var membership = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == peter.Id));
        (membership.HubId, membership.State).ShouldBe((hub.Id, MembershipState.Active));
    }

    [Fact]
    public async Task Join_SignedOut_ThenSigningUpAndConfirming_GoesThroughTheProfile_AndJoins()
    {
        // Arrange: a newcomer without an account clicks "sign in to join"
        var hub = await _given.HubAsync(Arrange.Slug("neu"));
        var email = Arrange.Email("amal");
        using var browser = new FormClient(fixture.App);
        var signIn = await ClickSignedOutAsync(browser, $"/hubs/{hub.Slug}", MembershipPanel.FormName, JoinButton);
        var returnUrl = InvitationTests.ReturnUrlOf(signIn);

        // Act: sign up from there, confirm by the mail's link, sign in, follow on to the profile, save it, follow back
        using var registered = await browser.RegisterAsync("Amal", email, PersonPassword, pageUrl: $"/Account/Register?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, email, "ConfirmEmail");
        var confirmed = await browser.GetPageAsync(link);
        if (!browser.SignedIn)
        {
            using var signedIn = await browser.SignInAsync(email, PersonPassword, $"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}");
            FormClient.RedirectTarget(signedIn).ShouldBe(returnUrl);
        }

        using var toProfile = await browser.GetAsync(returnUrl);
        var profile = FormClient.RedirectTarget(toProfile);
        var amal = (await Accounts.FindAsync(fixture.App, email))!;
        await SaveProfileAsync(amal);
        var landed = await browser.GetPageAsync(InvitationTests.ReturnUrlOf(profile));

        // Assert
        confirmed.Status.ShouldBe(HttpStatusCode.OK);
        profile.ShouldStartWith("/me/profile?returnUrl=");
        landed.PathAndQuery.ShouldStartWith($"/hubs/{hub.Slug}?");
        landed.Text.ShouldContain(German("Membership.Joined"));
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == amal.Id))).State.ShouldBe(MembershipState.Active);
    }

    [Fact]
    public async Task PendingRsvp_OpenedInAnotherBrowser_OrForAnotherEvent_AnswersNothing()
    {
        // Arrange: someone clicks "sign in to RSVP" and sends the sign-in address (with its return address) to Rana
        var hub = await _given.HubAsync(Arrange.Slug("ost"));
        var rana = await _given.PersonAsync("Rana", Arrange.Email("rana"));
        await _given.MembershipAsync(hub, rana, HubRoles.Member);
        var id = await EventAsync(hub);
        var other = await EventAsync(hub, "Sprachcafé");
        using var sender = new FormClient(fixture.App);
        var signIn = await ClickSignedOutAsync(sender, $"/events/{id}", EventPage.FormName, RsvpButton);
        var back = InvitationTests.ReturnUrlOf(signIn);
        using var ranasBrowser = new FormClient(fixture.App);

        // Act: Rana signs in on that address in her own browser and follows it; the same token tried on another event
        using var signedIn = await ranasBrowser.SignInAsync(rana.Email!, PersonPassword, signIn);
        var landed = await ranasBrowser.GetPageAsync(FormClient.RedirectTarget(signedIn));
        var onOther = await ranasBrowser.GetPageAsync(back.Replace(id.ToString(), other.ToString(), StringComparison.Ordinal));

        // Assert: the pages show, and nothing was answered
        landed.Status.ShouldBe(HttpStatusCode.OK);
        onOther.Status.ShouldBe(HttpStatusCode.OK);
        landed.Text.ShouldNotContain(German("Events.Rsvp.Confirmed"));
        (await RsvpsAsync(id)).ShouldBeEmpty();
        (await RsvpsAsync(other)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RsvpOfANonMember_AfterSigningIn_ThenJoiningTheHub_IsAnswered()
    {
        // Arrange: Peter (with a profile) is not in the hub yet
        var hub = await _given.HubAsync(Arrange.Slug("west"));
        var peter = await _given.PersonAsync("Peter", Arrange.Email("peter"));
        await SaveProfileAsync(peter);
        var id = await EventAsync(hub);
        using var browser = new FormClient(fixture.App);

        // Act: "sign in to RSVP", sign in, then the page's "join the hub to RSVP" and the join there
        var signIn = await ClickSignedOutAsync(browser, $"/events/{id}", EventPage.FormName, RsvpButton);
        using var signedIn = await browser.SignInAsync(peter.Email!, PersonPassword, signIn);
        var eventPage = await browser.GetPageAsync(FormClient.RedirectTarget(signedIn));
        var joinAddress = Links(eventPage.Html).Single(href => href.StartsWith($"/hubs/{hub.Slug}?returnUrl=", StringComparison.Ordinal));
        using var join = await browser.SubmitAsync(joinAddress, MembershipPanel.FormName, JoinButton);
        var landed = await browser.GetPageAsync(FormClient.RedirectTarget(join));

        // Assert
        eventPage.Text.ShouldContain(German("Events.Rsvp.JoinHubToRsvp"));
        landed.PathAndQuery.ShouldStartWith($"/events/{id}?{PendingActions.QueryKey}=");
        landed.Text.ShouldContain(German("Events.Rsvp.Confirmed"));
        (await RsvpsAsync(id)).ShouldBe([(peter.Id, RsvpStatus.Confirmed)]);
    }
}
