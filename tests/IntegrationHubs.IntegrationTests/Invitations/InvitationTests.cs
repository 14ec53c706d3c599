using System.Net;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Invitations;

[Collection(SecondAppCollection.Name)]
public sealed class InvitationTests(AppFixture fixture) : IAsyncLifetime
{
    private const string PersonPassword = "garten-2026-sommer";
    private static readonly Uri AppBase = new("http://localhost/");

    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A hub with a fresh slug (the app caches slugs) and its coordinator.</summary>
    private async Task<(Hub Hub, ApplicationUser Coordinator)> HubWithCoordinatorAsync(string name = "alpha")
    {
        var hub = await _given.HubAsync(Arrange.Slug(name));
        var coordinator = await _given.PersonAsync($"Coordinator {name}", Arrange.Email($"coordinator-{name}"));
        await _given.MembershipAsync(hub, coordinator, HubRoles.Member | HubRoles.Coordinator);
        return (hub, coordinator);
    }

    private async Task<ApplicationUser> PersonWithConsentAsync(string name)
    {
        var person = await _given.PersonAsync(name, Arrange.Email(name.ToLowerInvariant()));
        await _given.AsAsync(person, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(new MemberProfileForm { AcceptsTerms = true }));
        return person;
    }

    private Task InviteAsync(ApplicationUser coordinator, Hub hub, string email, bool mentor = false, bool coordinatorRole = false) =>
        _given.AsAsync(coordinator, hub, s => s.GetRequiredService<InviteMember>()
            .HandleAsync(new InviteMemberForm { Email = email, Mentor = mentor, Coordinator = coordinatorRole }, AppBase));

    /// <summary>An invitation row written straight into its hub, with a token the test knows.</summary>
    private async Task<string> InvitationRowAsync(Hub hub, DateTimeOffset expiresAt, DateTimeOffset? acceptedAt = null)
    {
        var (token, hash) = InvitationTokens.Create();
        await HubScope.RunAsync(fixture.App, MemberScenario.Resolved(hub), async db =>
        {
            db.HubInvitations.Add(new HubInvitation
            {
                Email = Arrange.Email("invited"), TokenHash = hash, Roles = HubRoles.Member,
                CreatedAt = expiresAt - HubInvitation.ValidFor, ExpiresAt = expiresAt, AcceptedAt = acceptedAt,
            });
            await db.SaveChangesAsync();
        });
        return token;
    }

    private static string TokenOf(string link) => link[(link.LastIndexOf('/') + 1)..];

    private string German(string key, params object[] arguments) => Texts.German(fixture.App, key, arguments);

    [Fact]
    public async Task Invite_ThenSignUpWithAnotherAddressAndAccept_MakesAnActiveMemberWithTheRoles()
    {
        // Arrange
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var invited = Arrange.Email("invited");
        var ownAddress = Arrange.Email("own-address");

        // Act: the coordinator invites; the person follows the mailed link, signs up, signs in, accepts once,
        // completes the profile (saved as its live page would) and is brought back
        await InviteAsync(coordinator, hub, invited, mentor: true);
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, invited, "/invite/");
        var invitePath = new Uri(link).AbsolutePath;
        using var client = new FormClient(fixture.App);
        var landing = await client.GetPageAsync(link);
        using var registered = await client.RegisterAsync("Olena", ownAddress, Arrange.Password, pageUrl: $"/Account/Register?returnUrl={Uri.EscapeDataString(invitePath)}");

        var confirm = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, ownAddress, "ConfirmEmail");
        var confirmed = await client.GetPageAsync(confirm);
        using var signedIn = await client.SignInAsync(ownAddress, Arrange.Password, SignInLinkOf(confirmed));
        using var accept = await client.SubmitAsync(invitePath, InvitePage.FormName, new Dictionary<string, string?>());
        var profile = await client.GetPageAsync(FormClient.RedirectTarget(accept));
        var olena = (await Accounts.FindAsync(fixture.App, ownAddress)).ShouldNotBeNull();
        await _given.AsAsync(olena, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(new MemberProfileForm { AcceptsTerms = true }));
        var back = await client.GetPageAsync(ReturnUrlOf(FormClient.RedirectTarget(accept)));
        var afterwards = await client.GetPageAsync(invitePath);

        // Assert
        link.ShouldStartWith("http://localhost/invite/");
        landing.Status.ShouldBe(HttpStatusCode.OK);
        landing.Text.ShouldContain(German("Invitations.Page.Intro", hub.Name));
        landing.Html.ShouldContain($"/Account/Register?returnUrl={Uri.EscapeDataString(invitePath)}");
        confirmed.Status.ShouldBe(HttpStatusCode.OK);
        FormClient.RedirectTarget(signedIn).ShouldBe(invitePath);
        FormClient.RedirectTarget(accept).ShouldStartWith("/me/profile?returnUrl=");
        profile.Text.ShouldContain(German("Profile.CompleteToJoin", hub.Name));
        back.PathAndQuery.ShouldBe($"/hubs/{hub.Slug}?joined=true");
        back.Text.ShouldContain(German("Membership.Joined"));
        afterwards.Text.ShouldContain(German("Invitation.Used"));

        var membership = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == olena.Id));
        membership.HubId.ShouldBe(hub.Id);
        membership.State.ShouldBe(MembershipState.Active);
        membership.Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
        var invitation = await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().SingleAsync());
        invitation.AcceptedByUserId.ShouldBe(olena.Id);
        invitation.AcceptedAt.ShouldNotBeNull();
        var audit = await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).ToListAsync());
        audit.Select(a => a.Action).ShouldBe([AuditActions.InvitationSent, AuditActions.InvitationAccepted]);
        audit.ShouldAllBe(a => a.HubId == hub.Id && a.EntityId == invitation.Id.ToString());
        audit.ShouldAllBe(a => !a.Detail!.Contains('@'));
        audit[0].ActorUserId.ShouldBe(coordinator.Id);
        audit[1].ActorUserId.ShouldBe(olena.Id);
    }

    [Fact]
    public async Task SignUp_FromTheInvitationPage_HasTheInvitedAddressFilledIn_AndSaysWhichHub()
    {
        // Arrange
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var invited = Arrange.Email("invited");
        await InviteAsync(coordinator, hub, invited);
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, invited, "/invite/");
        using var client = new FormClient(fixture.App);

        // Act: the person follows the page's own sign-up link, and from sign-in its "no account yet" link
        var landing = await client.GetPageAsync(link);
        var registerLink = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(landing.Html, "href=\"(/Account/Register\\?[^\"]*)\"").Groups[1].Value);
        var register = await client.GetPageAsync(registerLink);
        var login = await client.GetPageAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(new Uri(link).AbsolutePath)}");
        var registerLinkFromLogin = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(login.Html, "href=\"(/Account/Register\\?returnUrl=[^\"]*)\"").Groups[1].Value);
        var registerFromLogin = await client.GetPageAsync(registerLinkFromLogin);

        // Assert
        register.Status.ShouldBe(HttpStatusCode.OK);
        Html.InputValue(register.Html, "Input.Email").ShouldBe(invited);
        register.Text.ShouldContain(German("Account.Register.Invited", hub.Name));
        Html.InputValue(registerFromLogin.Html, "Input.Email").ShouldBe(invited);
    }

    [Fact]
    public async Task ComingBack_WithAnotherPersonsPendingAccept_AcceptsNothing()
    {
        // Arrange: Olena accepted once and was sent to her profile; Peter (no consent either) gets her return address
        var (hub, _) = await HubWithCoordinatorAsync();
        var token = await InvitationRowAsync(hub, expiresAt: DateTimeOffset.UtcNow.AddDays(3));
        var olena = await _given.PersonAsync("Olena", Arrange.Email("olena"));
        var peter = await PersonWithConsentAsync("Peter");
        using var olenasBrowser = new FormClient(fixture.App);
        await olenasBrowser.SignInOrFailAsync(olena.Email!, PersonPassword);
        using var accept = await olenasBrowser.SubmitAsync($"/invite/{token}", InvitePage.FormName, new Dictionary<string, string?>());
        var back = ReturnUrlOf(FormClient.RedirectTarget(accept));
        using var petersBrowser = new FormClient(fixture.App);
        await petersBrowser.SignInOrFailAsync(peter.Email!, PersonPassword);

        // Act
        var page = await petersBrowser.GetPageAsync(back);

        // Assert
        back.ShouldStartWith($"/invite/{token}?continue=");
        page.PathAndQuery.ShouldBe(back);
        page.Text.ShouldContain(German("Invitations.Page.Accept"));
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == peter.Id))).ShouldBeFalse();
        (await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().SingleAsync())).AcceptedAt.ShouldBeNull();
    }

    /// <summary>The "sign in" button of the page that confirms the address, as the person would follow it.</summary>
    private static string SignInLinkOf(Page confirmed) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Match(confirmed.Html, "class=\"ih-button ih-button-primary\" href=\"(/Account/Login[^\"]*)\"").Groups[1].Value);

    /// <summary>The return address of a detour to the profile ("/me/profile?returnUrl=…"), where saving the profile leads.</summary>
    internal static string ReturnUrlOf(string profileAddress) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), profileAddress).Query)["returnUrl"].ToString();

    [Fact]
    public async Task Invite_MailIsInTheRequestLanguage_AndNamesTheHub()
    {
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var invited = Arrange.Email("invited");

        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("uk");
        try
        {
            await InviteAsync(coordinator, hub, invited);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }

        await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, invited, "/invite/");
        var mail = await File.ReadAllTextAsync(Directory.GetFiles(fixture.App.MailFolder, "*.eml")
            .Single(f => File.ReadAllText(f).Contains($"To: {invited}", StringComparison.Ordinal)));
        mail.ShouldContain($"Subject: {Texts.Get(fixture.App, "uk", "Invitations.Mail.Subject", hub.Name)}");
    }

    [Fact]
    public async Task Accept_ExpiredLink_ShowsAClearPage_AndMakesNoMembership()
    {
        // Arrange
        var (hub, _) = await HubWithCoordinatorAsync();
        var token = await InvitationRowAsync(hub, expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var olena = await PersonWithConsentAsync("Olena");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(olena.Email!, PersonPassword);

        // Act
        var page = await client.GetPageAsync($"/invite/{token}");
        var refusal = await Should.ThrowAsync<DomainException>(() =>
            _given.AsAsync(olena, null, s => s.GetRequiredService<AcceptInvitation>().HandleAsync(token)));

        // Assert
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(German("Invitation.Expired"));
        Html.Forms(page.Html).ShouldNotContain(f => f.Handler == InvitePage.FormName);
        refusal.Code.ShouldBe("Invitation.Expired");
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == olena.Id))).ShouldBeFalse();
        (await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().SingleAsync())).AcceptedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Open_UsedLink_ShowsAClearPage_AndAcceptingAgainChangesNothing()
    {
        // Arrange
        var (hub, _) = await HubWithCoordinatorAsync();
        var token = await InvitationRowAsync(hub, expiresAt: DateTimeOffset.UtcNow.AddDays(3), acceptedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var olena = await PersonWithConsentAsync("Olena");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(olena.Email!, PersonPassword);

        // Act
        var page = await client.GetPageAsync($"/invite/{token}");
        var refusal = await Should.ThrowAsync<DomainException>(() =>
            _given.AsAsync(olena, null, s => s.GetRequiredService<AcceptInvitation>().HandleAsync(token)));

        // Assert
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(German("Invitation.Used"));
        page.Text.ShouldContain(German("Invitations.Page.InvalidTitle"));
        refusal.Code.ShouldBe("Invitation.Used");
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == olena.Id))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Open_ForgedLink_ShowsAClearPage_NotAnError(string token)
    {
        // Arrange
        var (hub, _) = await HubWithCoordinatorAsync();
        await InvitationRowAsync(hub, expiresAt: DateTimeOffset.UtcNow.AddDays(3));
        using var anonymous = new FormClient(fixture.App);
        var olena = await PersonWithConsentAsync("Olena");
        using var signedIn = new FormClient(fixture.App);
        await signedIn.SignInOrFailAsync(olena.Email!, PersonPassword);

        // Act
        var asVisitor = await anonymous.GetPageAsync($"/invite/{token}");
        var asMember = await signedIn.GetPageAsync($"/invite/{token}");
        var refusal = await Should.ThrowAsync<DomainException>(() =>
            _given.AsAsync(olena, null, s => s.GetRequiredService<AcceptInvitation>().HandleAsync(token)));

        // Assert
        foreach (var page in new[] { asVisitor, asMember })
        {
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Text.ShouldContain(German("Invitations.Invalid"));
            page.Text.ShouldNotContain(hub.Name);
        }

        refusal.Code.ShouldBe("Invitations.Invalid");
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == olena.Id))).ShouldBeFalse();
    }

    [Fact]
    public async Task Accept_UsedInAnotherTabMeanwhile_ThePostShowsUsed_NotAnError()
    {
        // Arrange
        var (hub, _) = await HubWithCoordinatorAsync();
        var token = await InvitationRowAsync(hub, expiresAt: DateTimeOffset.UtcNow.AddDays(3));
        var olena = await PersonWithConsentAsync("Olena");
        var peter = await PersonWithConsentAsync("Peter");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(olena.Email!, PersonPassword);
        var page = await client.GetPageAsync($"/invite/{token}");
        var form = page.Form(InvitePage.FormName);

        // Act
        await _given.AsAsync(peter, null, s => s.GetRequiredService<AcceptInvitation>().HandleAsync(token));
        using var response = await client.PostFormAsync(page.PathAndQuery, form, new Dictionary<string, string?>());

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(await response.Content.ReadAsStringAsync()).ShouldContain(German("Invitation.Used"));
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == olena.Id))).ShouldBeFalse();
    }

    [Fact]
    public async Task Accept_TwiceAtOnce_ExactlyOneWins_TheOtherIsToldItIsUsed()
    {
        // Arrange
        var (hub, _) = await HubWithCoordinatorAsync();
        var olena = await PersonWithConsentAsync("Olena");
        var peter = await PersonWithConsentAsync("Peter");
        const int rounds = 5;
        var tokens = new List<string>();
        for (var i = 0; i < rounds; i++)
        {
            tokens.Add(await InvitationRowAsync(hub, expiresAt: DateTimeOffset.UtcNow.AddDays(3)));
        }

        // Act: both people race for each link
        var wins = 0;
        var refusals = new List<string>();
        foreach (var token in tokens)
        {
            var outcomes = await Task.WhenAll(new[] { olena, peter }.Select(async person =>
            {
                try
                {
                    await _given.AsAsync(person, null, s => s.GetRequiredService<AcceptInvitation>().HandleAsync(token));
                    return null;
                }
                catch (DomainException ex)
                {
                    return ex.Code;
                }
            }));
            wins += outcomes.Count(o => o is null);
            refusals.AddRange(outcomes.OfType<string>());
        }

        // Assert
        wins.ShouldBe(rounds);
        refusals.Count.ShouldBe(rounds);
        refusals.ShouldAllBe(code => code == "Invitation.Used");
        var invitations = await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().ToListAsync());
        invitations.ShouldAllBe(i => i.AcceptedAt != null);
        var accepted = await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditActions.InvitationAccepted));
        accepted.ShouldBe(rounds);
    }

    [Fact]
    public async Task CoordinatorOfA_CannotInviteIntoListOrRevokeInB()
    {
        // Arrange
        var (a, coordinatorA) = await HubWithCoordinatorAsync("alpha");
        var (b, coordinatorB) = await HubWithCoordinatorAsync("beta");
        await InviteAsync(coordinatorB, b, Arrange.Email("invited-b"));
        var invitationOfB = await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().SingleAsync());

        // Act + Assert: handlers entered into B
        await Should.ThrowAsync<NotFoundException>(() => InviteAsync(coordinatorA, b, Arrange.Email("sneaky")));
        await Should.ThrowAsync<NotFoundException>(() => _given.AsAsync(coordinatorA, b, s => s.GetRequiredService<ListInvitations>().HandleAsync()));
        await Should.ThrowAsync<NotFoundException>(() => _given.AsAsync(coordinatorA, b, s => s.GetRequiredService<RevokeInvitation>().HandleAsync(invitationOfB.Id)));

        // ... and from inside A, B's invitation is not there at all
        await Should.ThrowAsync<NotFoundException>(() => _given.AsAsync(coordinatorA, a, s => s.GetRequiredService<RevokeInvitation>().HandleAsync(invitationOfB.Id)));
        var listedInA = await _given.AsAsync(coordinatorA, a, s => s.GetRequiredService<ListInvitations>().HandleAsync());
        listedInA.Invitations.ShouldBeEmpty();

        // ... and over HTTP
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(coordinatorA.Email!, PersonPassword);
        var own = await client.GetPageAsync($"/hubs/{a.Slug}/manage/invitations");
        using var other = await client.GetAsync($"/hubs/{b.Slug}/manage/invitations");

        own.Status.ShouldBe(HttpStatusCode.OK);
        own.PathAndQuery.ShouldBe($"/hubs/{a.Slug}/manage/invitations");
        own.Text.ShouldContain(German("Invitations.Title"));
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().CountAsync())).ShouldBe(1);
        (await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.ActorUserId == coordinatorA.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Invite_AsAPlainMember_IsRefused()
    {
        var (hub, _) = await HubWithCoordinatorAsync();
        var member = await _given.PersonAsync("Member", Arrange.Email("member"));
        await _given.MembershipAsync(hub, member, HubRoles.Member | HubRoles.Mentor);

        await Should.ThrowAsync<NotFoundException>(() => InviteAsync(member, hub, Arrange.Email("friend")));

        (await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Invite_StoresOnlyTheHashOfTheToken_TheRawTokenIsNowhereInTheDatabase()
    {
        // Arrange
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var invited = Arrange.Email("invited");

        // Act
        await InviteAsync(coordinator, hub, invited);
        var token = TokenOf(await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, invited, "/invite/"));

        // Assert
        token.Length.ShouldBe(43);
        var stored = await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().SingleAsync());
        stored.TokenHash.ShouldBe(InvitationTokens.Hash(token));
        (await ColumnsContainingAsync(InvitationTokens.Hash(token))).ShouldBe(["hub_invitations.token_hash"]);
        (await ColumnsContainingAsync(token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Invite_SameAddressAgain_ReplacesTheOpenInvitation_OnlyTheNewLinkWorks()
    {
        // Arrange
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var invited = Arrange.Email("invited");
        await InviteAsync(coordinator, hub, invited);

        // Act
        await InviteAsync(coordinator, hub, invited.ToUpperInvariant(), coordinatorRole: true);
        var links = InviteLinksTo(invited);
        using var client = new FormClient(fixture.App);
        var first = await client.GetPageAsync(links[0]);
        var second = await client.GetPageAsync(links[^1]);

        // Assert
        links.Count.ShouldBe(2);
        var stored = await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().ToListAsync());
        stored.ShouldHaveSingleItem().Roles.ShouldBe(HubRoles.Member | HubRoles.Coordinator);
        first.Text.ShouldContain(German("Invitations.Invalid"));
        second.Text.ShouldContain(German("Invitations.Page.Intro", hub.Name));
        var actions = await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        actions.ShouldBe([AuditActions.InvitationSent, AuditActions.InvitationRevoked, AuditActions.InvitationSent]);
    }

    [Fact]
    public async Task Revoke_OpenInvitation_TheLinkStopsWorking()
    {
        // Arrange
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var invited = Arrange.Email("invited");
        await InviteAsync(coordinator, hub, invited);
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, invited, "/invite/");
        var listed = await _given.AsAsync(coordinator, hub, s => s.GetRequiredService<ListInvitations>().HandleAsync());

        // Act
        await _given.AsAsync(coordinator, hub, s => s.GetRequiredService<RevokeInvitation>().HandleAsync(listed.Invitations.Single().Id));
        using var client = new FormClient(fixture.App);
        var page = await client.GetPageAsync(link);

        // Assert
        listed.Invitations.Single().State.ShouldBe(InvitationState.Open);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(German("Invitations.Invalid"));
        (await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().AnyAsync())).ShouldBeFalse();
        (await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditActions.InvitationRevoked))).ShouldBe(1);
    }

    [Fact]
    public async Task Invite_BeyondTheDailyLimit_IsRefusedWithAReason()
    {
        // Arrange: the hub has sent its day's invitations already
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        await HubScope.RunAsync(fixture.App, MemberScenario.Resolved(hub), async db =>
        {
            for (var i = 0; i < InviteMember.DailyLimit; i++)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    HubId = hub.Id, ActorUserId = coordinator.Id, Action = AuditActions.InvitationSent,
                    EntityType = nameof(HubInvitation), EntityId = Guid.NewGuid().ToString(), At = DateTimeOffset.UtcNow.AddHours(-1),
                });
            }

            await db.SaveChangesAsync();
        });

        // Act
        var refusal = await Should.ThrowAsync<DomainException>(() => InviteAsync(coordinator, hub, Arrange.Email("one-too-many")));

        // Assert
        refusal.Code.ShouldBe("Invitations.DailyLimit");
        German(refusal.Code).ShouldNotBeNullOrWhiteSpace();
        (await _given.ReadAsync(db => db.HubInvitations.IgnoreQueryFilters().AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Accept_AsAnActiveMember_AddsTheInvitedRoles()
    {
        // Arrange
        var (hub, coordinator) = await HubWithCoordinatorAsync();
        var olena = await PersonWithConsentAsync("Olena");
        await _given.MembershipAsync(hub, olena, HubRoles.Member);
        await InviteAsync(coordinator, hub, olena.Email!, mentor: true);
        var token = TokenOf(await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, olena.Email!, "/invite/"));

        // Act
        var result = await _given.AsAsync(olena, null, s => s.GetRequiredService<AcceptInvitation>().HandleAsync(token));

        // Assert
        result.Outcome.ShouldBe(AcceptInvitation.Outcome.Accepted);
        var membership = await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == olena.Id));
        membership.Roles.ShouldBe(HubRoles.Member | HubRoles.Mentor);
        membership.State.ShouldBe(MembershipState.Active);
    }

    /// <summary>The invitation links mailed to <paramref name="to"/>, oldest first (the transport names files by time).</summary>
    private List<string> InviteLinksTo(string to) =>
        [.. Directory.GetFiles(fixture.App.MailFolder, "*.eml").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(text => text.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase))
            .Select(text => System.Text.RegularExpressions.Regex.Match(text, "href=\"([^\"]*/invite/[^\"]+)\"").Groups[1].Value)
            .Where(link => link.Length > 0)];

    /// <summary>Every text column of every table whose value contains <paramref name="needle"/>, as "table.column".</summary>
    private async Task<List<string>> ColumnsContainingAsync(string needle)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'ARRAY', 'bytea')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        columns.ShouldContain(("hub_invitations", "token_hash"));
        var hits = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE strpos(\"{column}\"::text, @needle) > 0", connection);
            count.Parameters.AddWithValue("needle", needle);
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                hits.Add($"{table}.{column}");
            }
        }

        return hits;
    }
}
