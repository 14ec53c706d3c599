using Npgsql;

namespace IntegrationHubs.Testing;

/// <summary>
/// Takes one app's database away as a stopped server would, and brings it back: open connections end, new ones are
/// refused. Only that database goes, so the other apps of a test run (on the same server) go on undisturbed.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>From now on the database behind <paramref name="connectionString"/> refuses every connection.</summary>
    public static Task BeginAsync(string connectionString) =>
        AdministerAsync(connectionString, database =>
            $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");

    /// <summary>The database accepts connections again.</summary>
    public static Task EndAsync(string connectionString) =>
        AdministerAsync(connectionString, database => $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");

    private static async Task AdministerAsync(string connectionString, Func<string, string> sql)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql(database), admin);
        await command.ExecuteNonQueryAsync();
    }
}
