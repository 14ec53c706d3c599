using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Provisioning;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.DataGen;

/// <summary>Where a tier lives: the given connection string, or a database of its own in the repo's local development cluster.</summary>
public static class GeneratedDatabase
{
    public static string DatabaseName(Tier tier) => $"integrationhubs_tier_{tier.Name.ToLowerInvariant()}";

    /// <summary>The explicit connection string, else <c>ConnectionStrings__Hubs</c>, else the local cluster in <c>.data/postgres</c> (started if needed).</summary>
    public static async Task<string> ConnectionStringAsync(string? connectionString, Tier tier, CancellationToken ct = default)
    {
        connectionString ??= Environment.GetEnvironmentVariable("ConnectionStrings__Hubs");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        var root = RepositoryRoot() ?? throw new InvalidOperationException("Run from inside the repository, or pass --connection.");
        var cluster = LocalPostgresCluster.TryCreate(Path.Combine(root, ".data", "postgres"), throwaway: false)
            ?? throw new InvalidOperationException("No PostgreSQL server binaries found (apt-get install postgresql), and no --connection given.");
        return await cluster.StartAsync(DatabaseName(tier), ct);
    }

    /// <summary>Empties the database (all tables of the app's schema) so a tier can be loaded again.</summary>
    public static async Task ResetAsync(string connectionString, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        await using var db = CreateDbContext(connectionString);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>The app's DbContext over this database, built as the design-time tools build it (no web host needed).</summary>
    public static HubsDbContext CreateDbContext(string connectionString) => new(CreateOptions(connectionString), new HubContext());

    /// <summary>Options to create many contexts from: EF builds the model once per options, so keep and reuse them.</summary>
    public static DbContextOptions<HubsDbContext> CreateOptions(string connectionString)
    {
        var services = new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        return new DbContextOptionsBuilder<HubsDbContext>()
            .UseApplicationServiceProvider(services)
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
    }

    /// <summary>How many hubs the database holds (0 for an empty one).</summary>
    public static async Task<long> HubCountAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM hubs");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHubs.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
