using System.Text.RegularExpressions;

namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>An initiative (/hubs/{slug}/initiatives/new or /{id}): the proposal form, its team and discussion. Interactive Server.</summary>
public sealed partial class InitiativePage(IPage page) : AppPage(page)
{
    public ILocator Title => Page.Locator("main .mud-input-control input").First;

    public ILocator Status => Page.Locator("main [data-testid=initiative-status]");

    public ILocator Team => Page.Locator("[data-testid=team-panel]");

    public ILocator Invitation => Page.Locator("[data-testid=team-invitation]");

    public async Task<InitiativePage> GotoNewAsync(string slug)
    {
        // The circuit renders the form again over the prerendered one: type only into the live one.
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/initiatives/new");
        return this;
    }

    /// <summary>Saves a new draft with <paramref name="title"/> and waits for its own address.</summary>
    public async Task SaveNewDraftAsync(string title)
    {
        await Title.FillAsync(title);
        await Expect(Title).ToHaveValueAsync(title);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        // Saving moves to the draft's own address inside the circuit (history, no page load): poll for it.
        await Expect(Page).ToHaveURLAsync(DraftAddress());
        await WaitForInteractiveAsync(Page);
        await Expect(Team).ToBeVisibleAsync();
    }

    /// <summary>Finds a hub member by name in the team step, picks them and invites them.</summary>
    public async Task InviteAsync(string search, string name)
    {
        await Team.Locator("input").First.PressSequentiallyAsync(search);
        var option = Page.Locator(".mud-popover-open").GetByText(name);
        await option.ClickAsync();
        await Team.Locator("[data-testid=invite-button]").ClickAsync();
        await Expect(Team.Locator(".ih-team li", new() { HasText = name })).ToContainTextAsync("Eingeladen");
    }

    public async Task AcceptInvitationAsync()
    {
        await Invitation.GetByRole(AriaRole.Button, new() { Name = "Einladung annehmen" }).ClickAsync();
        await Expect(Invitation).ToHaveCountAsync(0);
    }

    public async Task SubmitAsync()
    {
        await Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Einreichen", Exact = true }).ClickAsync();
        await Expect(Status).ToHaveTextAsync("Eingereicht");
    }

    [GeneratedRegex(@"/initiatives/[0-9a-f-]{36}$")]
    private static partial Regex DraftAddress();
}

/// <summary>My notifications (/me/notifications). Interactive Server.</summary>
public sealed class NotificationsPage(IPage page) : AppPage(page)
{
    public ILocator Items => Page.Locator("[data-testid=notifications] li");

    public ILocator UnreadBadge => AppBar.Root.Locator("[data-testid=unread-badge]");

    public async Task<NotificationsPage> GotoAsync()
    {
        await GotoInteractiveAsync(Page, "/me/notifications");
        return this;
    }

    /// <summary>Opens the notification that mentions <paramref name="text"/> and waits until the page it leads to is live.</summary>
    public async Task OpenAsync(string text)
    {
        var item = Items.Filter(new() { HasText = text }).First.Locator("a");
        await item.ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/me/notifications", StringComparison.Ordinal));
        await WaitForInteractiveAsync(Page);
    }
}

/// <summary>The coordinators' review queue (/hubs/{slug}/manage/initiatives). Interactive Server.</summary>
public sealed class ReviewQueuePage(IPage page) : AppPage(page)
{
    public async Task<ReviewQueuePage> GotoAsync(string slug)
    {
        await GotoInteractiveAsync(Page, $"/hubs/{slug}/manage/initiatives");
        return this;
    }

    public async Task OpenAsync(string title)
    {
        await Page.Locator("main .mud-list-item", new() { HasText = title }).ClickAsync();
        await Expect(Page.Locator("main h2", new() { HasText = title })).ToBeVisibleAsync();
    }

    /// <summary>Takes the step named by its button, with an optional comment to the team.</summary>
    public async Task DecideAsync(string button, string? comment = null)
    {
        if (comment is not null)
        {
            await Page.Locator("main textarea").First.FillAsync(comment);
        }

        var decision = Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = button });
        await decision.ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToBeVisibleAsync();

        // A decision moves the initiative on, and its button goes: waiting for that (not only for a snackbar, which an
        // earlier decision may still show) makes sure the server has saved this one.
        await Expect(decision).ToHaveCountAsync(0);
    }
}
