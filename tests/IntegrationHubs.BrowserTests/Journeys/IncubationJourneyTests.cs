using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The must-have, end to end in German: a member proposes and submits an initiative, a coordinator accepts it
/// and enrols it in the running cohort with a mentor, the team finishes a milestone, the mentor signs it off, the
/// coordinator launches the initiative, and it appears on the hub's public showcase.
/// </summary>
public sealed class IncubationJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Hub = "/hubs/leipzig-ost";

    private async Task<(IncubationPages Pages, PageCheck Check)> SignedInAsync(string email)
    {
        var context = await Fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await (await new LoginPage(page).GotoAsync()).SignInAsync(email, DemoPassword);
        return (new IncubationPages(page), new PageCheck(page, Output));
    }

    [Fact]
    public async Task Proposal_IsAccepted_Enrolled_MentoredAndLaunched_ThenShownPublicly()
    {
        var title = $"Lesecafé {Guid.NewGuid():N}"[..18];

        // The member proposes and submits.
        var (member, memberCheck) = await SignedInAsync("amal@example.org");
        await member.OpenAsync($"{Hub}/initiatives/new?culture=de");
        await member.Page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await member.Page.GetByLabel("Worum geht es?").FillAsync("Wir lesen gemeinsam Bücher auf Deutsch und Arabisch.");
        await Expect(member.Page.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync(title);
        await member.ClickButtonAsync("Entwurf speichern");
        // Saving a new draft moves to its own address inside the circuit (no page load to wait for).
        await Expect(member.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/initiatives/[0-9a-f-]{36}$"));
        await Expect(member.Main.GetByRole(AriaRole.Button, new() { Name = "Einreichen", Exact = true })).ToBeVisibleAsync();
        var initiativePath = new Uri(member.Page.Url).AbsolutePath;
        await member.ClickButtonAsync("Einreichen");
        await Expect(member.Main.Locator("[data-testid=initiative-status]")).ToContainTextAsync("Eingereicht");

        // The coordinator reviews and accepts.
        var (coordinator, coordinatorCheck) = await SignedInAsync("coordinator.ost@example.org");
        await coordinator.OpenAsync($"{Hub}/manage/initiatives");
        await coordinator.Main.Locator(".mud-list-item", new() { HasText = title }).ClickAsync();
        await coordinator.ClickButtonAsync("In Prüfung nehmen");
        await Expect(coordinator.Snackbar).ToContainTextAsync("gespeichert", new() { IgnoreCase = true });
        await coordinator.ClickButtonAsync("Annehmen");
        await Expect(coordinator.Main.Locator("h2", new() { HasText = title }).Locator("xpath=..")).ToContainTextAsync("Angenommen");
        await Expect(coordinator.Main).ToContainTextAsync("Die Inkubation beginnt mit der Aufnahme in eine Kohorte");

        // … enrols it in the running cohort and assigns the demo mentor.
        await coordinator.OpenAsync($"{Hub}/manage/cohorts");
        await coordinatorCheck.AccessibleAndCapturedAsync("de-incubation-cohorts");
        await coordinator.Main.GetByRole(AriaRole.Link, new() { Name = "Herbst 2026" }).ClickAsync();
        await Expect(coordinator.Heading).ToHaveTextAsync("Herbst 2026");
        await coordinator.PickAsync("Angenommene Initiative", title);
        await coordinator.ClickButtonAsync("Aufnehmen");
        await Expect(coordinator.Snackbar).ToContainTextAsync("Initiative aufgenommen");
        var row = coordinator.BoardRow(title);
        await Expect(row).ToContainTextAsync("In Begleitung");
        await Expect(row.Locator("td .ih-milestone")).ToHaveCountAsync(8);
        await coordinator.PickAsync($"Mentor:in für „{title}“", "Thomas Krüger");
        await Expect(row).ToContainTextAsync("Mentor:in: Thomas Krüger");
        await coordinator.ReopenAsync();
        await Expect(coordinator.BoardRow(title)).ToBeVisibleAsync();
        await coordinatorCheck.AccessibleAndCapturedAsync("de-incubation-board");

        // The team starts the first module and asks for sign-off.
        await member.OpenAsync($"{initiativePath}?culture=de");
        await Expect(member.Main).ToContainTextAsync("Meilensteine");
        await member.Milestone(1).GetByRole(AriaRole.Button, new() { Name = "Beginnen" }).ClickAsync();
        await Expect(member.Milestone(1)).ToContainTextAsync("In Arbeit");
        await member.Milestone(1).GetByLabel("Notiz zum Fortschritt").FillAsync("Die ersten fünf Bücher sind da.");
        await member.Milestone(1).GetByRole(AriaRole.Button, new() { Name = "Fertig – zur Abnahme" }).ClickAsync();
        await Expect(member.Milestone(1)).ToContainTextAsync("Wartet auf Abnahme");
        await member.ReopenAsync();
        await Expect(member.Milestone(1)).ToContainTextAsync("Die ersten fünf Bücher sind da.");
        await memberCheck.AccessibleAndCapturedAsync("de-incubation-initiative-milestones");

        // The mentor finds it among their initiatives and signs the milestone off.
        var (mentor, mentorCheck) = await SignedInAsync("mentor@example.org");
        await mentor.OpenAsync($"{Hub}/mentoring");
        await mentor.Main.GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync();
        await Expect(mentor.Milestone(1)).ToContainTextAsync("Die ersten fünf Bücher sind da.");
        await mentor.Milestone(1).GetByRole(AriaRole.Button, new() { Name = "Abnehmen" }).ClickAsync();
        await Expect(mentor.Milestone(1)).ToContainTextAsync("Abgenommen von Thomas Krüger");
        await mentor.ReopenAsync();
        await mentor.Main.GetByRole(AriaRole.Button, new() { Name = title }).ClickAsync();
        await Expect(mentor.Milestone(1)).ToContainTextAsync("Abgenommen von Thomas Krüger");
        await mentorCheck.AccessibleAndCapturedAsync("de-incubation-mentoring");

        // The coordinator sees the sign-off on the board and launches the initiative.
        await coordinator.Page.ReloadAsync();
        await Expect(coordinator.BoardRow(title)).ToContainTextAsync("1 von 8");
        await coordinator.OpenAsync($"{Hub}/manage/initiatives");
        await coordinator.PickAsync("Status", "In Begleitung");
        await coordinator.Main.Locator(".mud-list-item", new() { HasText = title }).ClickAsync();
        await coordinator.ClickButtonAsync("Als gestartet markieren");
        await Expect(coordinator.Main.Locator("h2", new() { HasText = title }).Locator("xpath=..")).ToContainTextAsync("Gestartet");

        // Anyone now finds it on the hub's public showcase.
        await Page.GotoAsync($"{Hub}?culture=de");
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Gestartete Initiativen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{Hub}/initiatives");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Gestartete Initiativen");
        await Expect(Page.Locator("main article", new() { HasText = title })).ToContainTextAsync("Wir lesen gemeinsam Bücher");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Amal");
        await Check.AccessibleAndCapturedAsync("de-incubation-showcase");
    }
}

/// <summary>The pages of the journey whose address holds an id, checked with axe in Arabic.</summary>
public sealed class IncubationArabicPagesTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task CohortBoard_InArabic_HasNoSeriousOrCriticalAxeViolation()
    {
        await (await new LoginPage(Page).GotoAsync("ar")).SignInAsync("coordinator.ost@example.org", DemoPassword);
        var pages = new IncubationPages(Page);
        await pages.OpenAsync("/hubs/leipzig-ost/manage/cohorts?culture=ar");
        await pages.OpenAsync(await pages.Main.GetByRole(AriaRole.Link, new() { Name = "Herbst 2026" }).GetAttributeAsync("href") ?? "");

        await Expect(pages.Main.Locator("table.ih-board tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(pages.Html).ToHaveAttributeAsync("dir", "rtl");
        await Check.AccessibleAndCapturedAsync("ar-incubation-board");
    }

    [Fact]
    public async Task IncubatingInitiative_InArabic_ShowsItsMilestones_Accessibly()
    {
        await (await new LoginPage(Page).GotoAsync("ar")).SignInAsync("amal@example.org", DemoPassword);
        var pages = new IncubationPages(Page);
        await pages.OpenAsync("/hubs/leipzig-ost/initiatives/mine?culture=ar");
        await pages.OpenAsync(await pages.Main.GetByRole(AriaRole.Link, new() { Name = "Sprachcafé Arabisch–Deutsch" }).GetAttributeAsync("href") ?? "");

        await Expect(pages.Main).ToContainTextAsync("المراحل");
        await Expect(pages.Main.Locator("li.ih-module")).ToHaveCountAsync(8);
        await Check.AccessibleAndCapturedAsync("ar-incubation-initiative");
    }
}
