using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests;

/// <summary>One PostgreSQL server and one app for the whole assembly; tests reset the data they need.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public HubsAppFactory App { get; private set; } = default!;

    public PostgresServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        App = new HubsAppFactory(await _server.CreateDatabaseAsync("ih_it"));
        App.Start();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
