using IntegrationHubs.Testing;

namespace IntegrationHubs.BrowserTests.Support;

/// <summary>
/// An app (with the demo data, in a database of its own) for one test class that changes what the shared app's other
/// journeys rely on — reassigns a mentor, closes an event's door — so nothing it does reaches them. Browser contexts
/// come from the collection's browser.
/// </summary>
public sealed class OwnApp : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    private OwnApp(HubsAppFactory app) => App = app;

    public HubsAppFactory App { get; }

    public static async Task<OwnApp> StartAsync(string databasePrefix)
    {
        var server = await SharedPostgresServer.AcquireAsync();
        var app = new HubsAppFactory(await server.CreateDatabaseAsync(databasePrefix), seedDemoData: true, kestrel: true);
        app.Start();
        return new OwnApp(app);
    }

    /// <summary>A fresh context (own cookies) on this app, in the given language and viewport width (390: a phone).</summary>
    public async Task<IBrowserContext> NewContextAsync(IBrowser browser, string locale = "de-DE", int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        await App.DisposeAsync();
        await SharedPostgresServer.ReleaseAsync();
    }
}
