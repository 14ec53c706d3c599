using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Serilog.Core;

namespace IntegrationHubs.Testing;

/// <summary>
/// The real app over a real PostgreSQL database. Migrations run at start (as in production with
/// Database:MigrateOnStart); demo data only when asked. Mail goes to <see cref="MailFolder"/>. In Kestrel mode on a given
/// <c>port</c> (0: any free one), so a test can stop the app and start another on the same address under an open page.
/// </summary>
public class HubsAppFactory(string connectionString, bool seedDemoData = false, bool kestrel = false, string environment = "Development", int port = 0)
    : WebApplicationFactory<Program>
{
    private Respawner? _respawner;

    public string ConnectionString { get; } = connectionString;

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"ih-test-mail-{Guid.NewGuid():N}");

    /// <summary>Extra settings a test class needs (e.g. a low rate limit).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// App:PublicBaseUrl: the address of the in-memory server its clients use. Kestrel mode leaves it unset, so Development's
    /// default (the bound address) applies.
    /// </summary>
    public Uri? PublicBaseUrl { get; } = kestrel ? null : new Uri("http://localhost/");

    /// <summary>Transient database failures a test can inject into the app's commands.</summary>
    public DatabaseFaults Faults { get; } = new();

    /// <summary>What the app logs (at the configured minimum level, Warning unless a test's Settings say otherwise).</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The address of the real server (Kestrel mode), e.g. for a browser.</summary>
    public Uri ServerAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Hubs", ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", seedDemoData ? "true" : "false");
        builder.UseSetting("Email:Folder", MailFolder);
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (PublicBaseUrl is not null)
        {
            builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl.AbsoluteUri);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IInterceptor>(Faults);

            // PBKDF2's 100,000 rounds protect stored hashes from offline guessing; in tests they only cost time
            // (thousands of accounts created and signed in on two cores). The hash format is the same.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);
        });
    }

    /// <summary>Starts the app (and for Kestrel mode, the real server on a free loopback port).</summary>
    public void Start()
    {
        if (kestrel)
        {
            UseKestrel(port);
            StartServer();
        }
        else
        {
            _ = Server;
        }
    }

    /// <summary>A loopback port free just now, for an app that must come back on the same address after a restart.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Empties every table but the migration history and the network-wide vocabulary the migrations seed (reference data
    /// like the schema, not test data), so each test starts from a known state.
    /// </summary>
    public async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history", "tag_concepts", "tag_terms"],
        });
        await _respawner.ResetAsync(connection);
    }

    /// <summary>A context outside any hub, for arranging and asserting rows directly.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public static async Task<HubsDbContext> CreateDbContextAsync(IServiceProvider scope) =>
        await scope.GetRequiredService<IDbContextFactory<HubsDbContext>>().CreateDbContextAsync();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}
