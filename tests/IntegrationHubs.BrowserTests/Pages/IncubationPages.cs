namespace IntegrationHubs.BrowserTests.Pages;

/// <summary>The interactive pages of the initiatives' way from proposal to launch, opened with their circuit connected.</summary>
public sealed class IncubationPages(IPage page) : AppPage(page)
{
    public ILocator Main => Page.Locator("main");

    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    /// <summary>Opens an interactive page and waits until its circuit has loaded and rendered it.</summary>
    public async Task<IncubationPages> OpenAsync(string path)
    {
        await GotoInteractiveAsync(Page, path);
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Opens the page again, e.g. so that no snackbar is fading in while axe reads the colours.</summary>
    public Task<IncubationPages> ReopenAsync() => OpenAsync(new Uri(Page.Url).PathAndQuery);

    public Task ClickButtonAsync(string name) => Main.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First.ClickAsync();

    /// <summary>Picks <paramref name="option"/> in the MudSelect labelled <paramref name="label"/>.</summary>
    public Task PickAsync(string label, string option) =>
        PickOptionAsync(Page, Main.Locator(".mud-input-control", new() { HasText = label }).First, option);

    /// <summary>The milestone card of module <paramref name="number"/> (1-based) on an initiative or mentoring page.</summary>
    public ILocator Milestone(int number) => Main.Locator($"li.ih-module[data-milestone='{number - 1}']");

    /// <summary>The row of the cohort board that belongs to <paramref name="title"/>.</summary>
    public ILocator BoardRow(string title) => Main.Locator("table.ih-board tbody tr", new() { HasText = title });
}
