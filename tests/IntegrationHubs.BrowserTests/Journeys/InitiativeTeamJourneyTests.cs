using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// Two members and a coordinator of Leipzig-Ost: Hanna starts a draft and invites Lina, Lina accepts from her
/// notifications and submits, the coordinator asks for changes with a comment, and Hanna reads it in hers.
/// </summary>
public sealed class InitiativeTeamJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Member_InvitesAnother_WhoAcceptsFromNotifications_Submits_AndTheTeamHearsTheReview()
    {
        var title = $"Nähcafé {Guid.NewGuid():N}"[..16];
        const string Comment = "Bitte nennt einen Termin.";

        // Hanna starts the draft and invites Lina from the hub's members.
        var login = await new LoginPage(Page).GotoAsync("de");
        await login.SignInAsync("hanna.becker@example.org", DemoPassword);
        var draft = await new InitiativePage(Page).GotoNewAsync("leipzig-ost");
        await draft.SaveNewDraftAsync(title);
        await draft.InviteAsync("Lina", "Lina Rahimi");
        await Check.AccessibleAndCapturedAsync("de-initiative-team-step");

        // Lina finds the invitation in her notifications, accepts and submits.
        await using var lina = await NewPersonAsync("lina.rahimi@example.org");
        var linasNotes = await new NotificationsPage(lina.Page).GotoAsync();
        await Expect(linasNotes.UnreadBadge).ToBeVisibleAsync();
        await new PageCheck(lina.Page, Output).AccessibleAndCapturedAsync("de-notifications");
        await linasNotes.OpenAsync(title);
        var invited = new InitiativePage(lina.Page);
        await Expect(invited.Invitation).ToContainTextAsync("Hanna Becker");
        await invited.AcceptInvitationAsync();
        await Expect(invited.Team.Locator(".ih-team li", new() { HasText = "Lina Rahimi" })).ToContainTextAsync("Im Team");
        await invited.SubmitAsync();

        // The coordinator takes it into review and asks for changes.
        await using var jonas = await NewPersonAsync("coordinator.ost@example.org");
        var queue = await new ReviewQueuePage(jonas.Page).GotoAsync("leipzig-ost");
        await queue.OpenAsync(title);
        await queue.DecideAsync("In Prüfung nehmen");
        await queue.DecideAsync("Änderungen erbitten", Comment);

        // Hanna, on the team, reads it in her notifications.
        var hannasNotes = await new NotificationsPage(Page).GotoAsync();
        var note = hannasNotes.Items.Filter(new() { HasText = Comment });
        await Expect(note).ToContainTextAsync(title);
        await Expect(note).ToContainTextAsync("Änderungen erbeten");
        await Check.AccessibleAndCapturedAsync("de-notifications-review");
    }

    [Fact]
    public async Task DemoInitiative_WithTeamDiscussionAndSupporters_IsAccessible_InArabic()
    {
        var login = await new LoginPage(Page).GotoAsync("ar");
        await login.SignInAsync("amal@example.org", DemoPassword);
        var notes = await new NotificationsPage(Page).GotoAsync();
        await notes.OpenAsync("Nachbarschaftsfrühstück");

        var initiative = new InitiativePage(Page);
        await Expect(initiative.Team).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=discussion] [data-testid=comment]")).ToHaveCountAsync(4);
        await initiative.ShouldBeInAsync("ar", "rtl");
        await Check.AccessibleAndCapturedAsync("ar-initiative-community");
    }

    private async Task<Person> NewPersonAsync(string email)
    {
        var context = await Fixture.NewContextAsync("de-DE");
        var page = await context.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync("de");
        await login.SignInAsync(email, DemoPassword);
        return new Person(context, page);
    }

    private sealed record Person(IBrowserContext Context, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Context.CloseAsync();
    }
}
