using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests;

/// <summary>
/// One app over its own database. The assembly has two of them (<see cref="AppCollection"/> and
/// <see cref="SecondAppCollection"/>) on one PostgreSQL server, so the suite runs on two cores at once;
/// tests reset the data they need in their own app's database only.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public HubsAppFactory App { get; private set; } = default!;

    public PostgresServer Server { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Server = await SharedPostgresServer.AcquireAsync();
        App = new HubsAppFactory(await Server.CreateDatabaseAsync("ih_it"));
        App.Start();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await SharedPostgresServer.ReleaseAsync();
    }
}

/// <summary>The first app; which test folders use which collection is only a matter of balancing the two.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

/// <summary>The second app, with its own database: its tests run beside the first collection's.</summary>
[CollectionDefinition(Name)]
public sealed class SecondAppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app-2";
}
