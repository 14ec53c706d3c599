using IntegrationHubs.Web.Data.Provisioning;
using Npgsql;
using Testcontainers.PostgreSql;

namespace IntegrationHubs.Testing;

/// <summary>
/// A real PostgreSQL for a test run: <c>IH_TEST_DB</c> when set (an explicit choice wins), else a
/// Testcontainers container where Docker answers, else a throwaway cluster from the server binaries
/// on this machine. Never an in-memory stand-in.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly PostgreSqlContainer? _container;
    private readonly LocalPostgresCluster? _cluster;
    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString, string kind, PostgreSqlContainer? container = null, LocalPostgresCluster? cluster = null)
    {
        _adminConnectionString = adminConnectionString;
        Kind = kind;
        _container = container;
        _cluster = cluster;
    }

    /// <summary>Which of the three ways this run uses, for the test log.</summary>
    public string Kind { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("IH_TEST_DB") is { Length: > 0 } explicitConnection)
        {
            return new PostgresServer(explicitConnection, "IH_TEST_DB");
        }

        if (await DockerAnswersAsync())
        {
            var container = new PostgreSqlBuilder("postgres:17").Build();
            await container.StartAsync();
            return new PostgresServer(container.GetConnectionString(), "Testcontainers", container: container);
        }

        var root = Path.Combine(Path.GetTempPath(), $"ih-test-pg-{Guid.NewGuid():N}");
        var cluster = LocalPostgresCluster.TryCreate(root, throwaway: true)
            ?? throw new InvalidOperationException(
                "No PostgreSQL for the tests: install the server (apt-get install postgresql), start Docker, or set IH_TEST_DB.");
        var connectionString = await cluster.StartAsync("postgres");
        return new PostgresServer(connectionString, "local cluster", cluster: cluster);
    }

    /// <summary>A new, empty database on this server; each test assembly (or factory) gets its own.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 200 }.ConnectionString;
    }

    private static async Task<bool> DockerAnswersAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var info = new System.Diagnostics.ProcessStartInfo("docker", ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = System.Diagnostics.Process.Start(info)!;
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.StopAsync();
        }
    }
}
