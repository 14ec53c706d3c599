using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Account;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(SecondAppCollection.Name)]
public sealed class SignInTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    [Fact]
    public async Task SignIn_WrongPassword_IsRefusedWithMessage()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("jonas");
        using var client = new FormClient(fixture.App);

        // Act
        using var response = await client.SignInAsync(user.Email!, "Wrong-Password-1");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(await response.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Account.Error.InvalidSignIn"));
        client.SignedIn.ShouldBeFalse();
        (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull().AccessFailedCount.ShouldBe(1);
    }

    [Fact]
    public async Task SignIn_FifthWrongPassword_LocksAccount()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("miriam");
        using var client = new FormClient(fixture.App);
        for (var attempt = 1; attempt < AccountLimits.MaxFailedSignIns; attempt++)
        {
            using var refused = await client.SignInAsync(user.Email!, $"Wrong-Password-{attempt}");
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull().LockoutEnd.ShouldBeNull();

        // Act
        using var fifth = await client.SignInAsync(user.Email!, "Wrong-Password-5");
        using var correct = await client.SignInAsync(user.Email!, Arrange.Password);

        // Assert
        FormClient.RedirectTarget(fifth).ShouldBe("/Account/Lockout");
        var stored = (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull();
        stored.LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        FormClient.RedirectTarget(correct).ShouldBe("/Account/Lockout");
        client.SignedIn.ShouldBeFalse();
        var lockoutPage = await client.FollowAsync(correct);
        lockoutPage.Text.ShouldContain(Texts.German(fixture.App, "Account.Lockout.Title"));
    }

    [Fact]
    public async Task SignIn_WithReturnUrl_GoesBackThere_ButNeverOffSite()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("thomas");
        using var local = new FormClient(fixture.App);
        using var offSite = new FormClient(fixture.App);

        // Act
        using var toLocal = await local.SignInAsync(user.Email!, Arrange.Password, "/Account/Login?returnUrl=%2Fme");
        using var toOffSite = await offSite.SignInAsync(user.Email!, Arrange.Password, "/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F");

        // Assert
        FormClient.RedirectTarget(toLocal).ShouldBe("/me");
        FormClient.RedirectTarget(toOffSite).ShouldBe("/");
        offSite.SignedIn.ShouldBeTrue();
    }

    [Fact]
    public async Task SignOut_EndsSession()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("lena");
        using var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);

        // Act
        using var signedOut = await client.SubmitToAsync("/", "/Account/Logout", new Dictionary<string, string?>());

        // Assert
        FormClient.RedirectTarget(signedOut).ShouldBe("/");
        client.SignedIn.ShouldBeFalse();
        using var me = await client.GetAsync("/me");
        FormClient.RedirectTarget(me).ShouldStartWith("/Account/Login");
    }

    [Fact]
    public async Task SignIn_AccountLockedByAStrangersGuesses_BrowserThatSignedInBeforeStillGetsIn()
    {
        // Arrange: the owner has signed in from this browser before, then signed out
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("owner");
        using var owner = new FormClient(fixture.App);
        await owner.SignInOrFailAsync(user.Email!);
        using var signedOut = await owner.SubmitToAsync("/", "/Account/Logout", new Dictionary<string, string?>());
        owner.SignedIn.ShouldBeFalse();
        using var stranger = new FormClient(fixture.App);
        for (var attempt = 1; attempt <= AccountLimits.MaxFailedSignIns; attempt++)
        {
            using var refused = await stranger.SignInAsync(user.Email!, $"Wrong-Password-{attempt}");
        }

        // Act
        using var strangerWithTheRightPassword = await stranger.SignInAsync(user.Email!, Arrange.Password);
        using var ownerAgain = await owner.SignInAsync(user.Email!, Arrange.Password);

        // Assert
        FormClient.RedirectTarget(strangerWithTheRightPassword).ShouldBe("/Account/Lockout");
        stranger.SignedIn.ShouldBeFalse();
        FormClient.RedirectTarget(ownerAgain).ShouldBe("/");
        owner.SignedIn.ShouldBeTrue();
        (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull().LockoutEnd.ShouldNotBeNull()
            .ShouldBeGreaterThan(DateTimeOffset.UtcNow, "the lockout stays for everyone else");
    }

    [Fact]
    public async Task SignIn_KnownBrowserGuessingOnALockedAccount_IsLockedOutAfterFiveMisses()
    {
        // Arrange: a known browser (e.g. a stolen cookie) while the account is locked
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("guessed");
        using var known = new FormClient(fixture.App);
        await known.SignInOrFailAsync(user.Email!);
        using var signedOut = await known.SubmitToAsync("/", "/Account/Logout", new Dictionary<string, string?>());
        for (var attempt = 1; attempt <= AccountLimits.MaxFailedSignIns; attempt++)
        {
            using var refused = await known.SignInAsync(user.Email!, $"Wrong-Password-{attempt}");
        }

        (await Accounts.FindAsync(fixture.App, user.Email!)).ShouldNotBeNull().LockoutEnd.ShouldNotBeNull();
        var answers = new List<string>();

        // Act
        for (var attempt = 1; attempt <= AccountLimits.MaxFailedSignIns; attempt++)
        {
            using var refused = await known.SignInAsync(user.Email!, $"Another-Guess-{attempt}");
            answers.Add(FormClient.IsRedirect(refused.StatusCode) ? FormClient.RedirectTarget(refused) : "form");
        }

        using var correct = await known.SignInAsync(user.Email!, Arrange.Password);

        // Assert
        answers.ShouldBe(["form", "form", "form", "form", "/Account/Lockout"]);
        FormClient.RedirectTarget(correct).ShouldBe("/Account/Lockout");
        known.SignedIn.ShouldBeFalse();
    }

    [Fact]
    public async Task SignIn_UnknownAddress_AnswersLikeAnAccount_UpToTheLockout()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("registered");
        var nobody = Arrange.Email("nobody");
        using var client = new FormClient(fixture.App);
        var known = new List<string>();
        var unknown = new List<string>();

        // Act
        for (var attempt = 1; attempt <= AccountLimits.MaxFailedSignIns + 1; attempt++)
        {
            using var toKnown = await client.SignInAsync(user.Email!, $"Wrong-Password-{attempt}");
            using var toUnknown = await client.SignInAsync(nobody, $"Wrong-Password-{attempt}");
            known.Add(await AnswerAsync(toKnown));
            unknown.Add(await AnswerAsync(toUnknown));
        }

        // Assert
        unknown.ShouldBe(known);
        known[^1].ShouldBe("/Account/Lockout");
    }

    [Fact]
    public async Task SignIn_UnconfirmedAccountWithAWrongPassword_DoesNotTellItExists()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await _arrange.UserAsync("unconfirmed", confirmed: false);
        using var client = new FormClient(fixture.App);

        // Act
        using var wrong = await client.SignInAsync(user.Email!, "Wrong-Password-1");
        using var right = await client.SignInAsync(user.Email!, Arrange.Password);

        // Assert
        Html.Text(await wrong.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Account.Error.InvalidSignIn"));
        Html.Text(await right.Content.ReadAsStringAsync()).ShouldContain(Texts.German(fixture.App, "Account.Login.NotConfirmed"));
        client.SignedIn.ShouldBeFalse();
    }

    /// <summary>The redirect target, or the form's message when the page answered itself.</summary>
    private async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        if (FormClient.IsRedirect(response.StatusCode))
        {
            return FormClient.RedirectTarget(response);
        }

        var text = Html.Text(await response.Content.ReadAsStringAsync());
        return text.Contains(Texts.German(fixture.App, "Account.Error.InvalidSignIn"), StringComparison.Ordinal) ? "invalid" : text;
    }
}
