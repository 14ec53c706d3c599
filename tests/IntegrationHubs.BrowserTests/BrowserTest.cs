using IntegrationHubs.BrowserTests.Support;

namespace IntegrationHubs.BrowserTests;

/// <summary>Base of every journey: xunit makes one instance per test, so each test gets its own browser context and page.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The password of every account these tests create; it satisfies the app's password rules.</summary>
    protected const string NewPassword = "Sommer-Garten-2026";

    /// <summary>The password of the demo accounts (Data/Seed/DemoData.cs).</summary>
    protected const string DemoPassword = "Hubs-Demo-2026";

    private IBrowserContext? _context;

    protected BrowserFixture Fixture { get; } = fixture;

    protected ITestOutputHelper Output { get; } = output;

    protected IPage Page { get; private set; } = default!;

    /// <summary>Runs axe and saves a screenshot of the page as it is now.</summary>
    protected PageCheck Check { get; private set; } = default!;

    /// <summary>The language the browser announces (Accept-Language); German unless a test says otherwise.</summary>
    protected virtual string BrowserLocale => "de-DE";

    public async Task InitializeAsync()
    {
        _context = await Fixture.NewContextAsync(BrowserLocale);
        Page = await _context.NewPageAsync();
        Check = new PageCheck(Page, Output);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    /// <summary>A unique address for a new account, so tests never collide on the shared database.</summary>
    protected static string NewEmail(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 13)] + "@example.org";
}
