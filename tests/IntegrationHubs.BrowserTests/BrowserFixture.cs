using IntegrationHubs.Testing;

namespace IntegrationHubs.BrowserTests;

/// <summary>
/// One app on a real loopback port (with the demo data, in its own database) and one headless Chromium per
/// collection; the two collections (<see cref="BrowserCollection"/>, <see cref="SecondBrowserCollection"/>) share
/// one PostgreSQL server and run side by side. Each test opens its own browser context, so cookies never leak.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium: browsers cannot be downloaded here (never run `playwright install`), so Playwright
    /// drives the system one. IH_CHROMIUM points elsewhere on machines that keep it in another place.
    /// </summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("IH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Generous for a 2-core machine that runs PostgreSQL, the app and the browser at once.</summary>
    public const float TimeoutMs = 30_000;

    private bool _holdsServer;
    private IPlaywright? _playwright;

    public HubsAppFactory App { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress => App.ServerAddress;

    public async Task InitializeAsync()
    {
        var server = await SharedPostgresServer.AcquireAsync();
        _holdsServer = true;
        App = new HubsAppFactory(await server.CreateDatabaseAsync("ih_browser"), seedDemoData: true, kestrel: true);
        App.Start();

        SetDefaultExpectTimeout(TimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh, isolated browser context (own cookies) that talks to the app, in the given browser language.</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "de-DE")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (_holdsServer)
        {
            await SharedPostgresServer.ReleaseAsync();
        }
    }
}

/// <summary>The journeys.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The accessibility sweep, with an app and a browser of its own, beside the journeys (the split is for balance only).</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-2";
}
