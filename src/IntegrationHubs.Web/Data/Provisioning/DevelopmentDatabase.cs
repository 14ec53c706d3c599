namespace IntegrationHubs.Web.Data.Provisioning;

/// <summary>
/// Zero-setup database for Development: when no <c>ConnectionStrings:Hubs</c> is configured, run a
/// local cluster from the machine's PostgreSQL binaries (kept in the repo's git-ignored <c>.data/</c>),
/// else a Docker container, else stop with a message naming the three ways.
/// </summary>
public static class DevelopmentDatabase
{
    public const string ConnectionStringName = "Hubs";
    public const string DatabaseName = "integrationhubs";

    public static async Task ProvisionAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionStringName)))
        {
            return;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"No database configured. Set ConnectionStrings__{ConnectionStringName} (see README: Configuration).");
        }

        var stateDirectory = Path.Combine(FindRepositoryRoot(builder.Environment.ContentRootPath), ".data", "postgres");
        string connectionString;
        var cluster = LocalPostgresCluster.TryCreate(stateDirectory, throwaway: false);
        if (cluster is not null)
        {
            connectionString = await cluster.StartAsync(DatabaseName);
            Console.WriteLine($"Development database: local PostgreSQL cluster in {stateDirectory} on 127.0.0.1:{cluster.Port}");
        }
        else if (await DockerPostgres.IsAvailableAsync(CancellationToken.None))
        {
            connectionString = await DockerPostgres.StartAsync(stateDirectory, DatabaseName, CancellationToken.None);
            Console.WriteLine("Development database: Docker container integrationhubs-dev-postgres");
        }
        else
        {
            Console.Error.WriteLine("""
                IntegrationHubs needs PostgreSQL and found none. Any one of these works:
                  1. install PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql) and run again;
                  2. start Docker and run again (a postgres container is created for you);
                  3. set ConnectionStrings__Hubs to a PostgreSQL 15+ database you have.
                """);
            Environment.Exit(2);
            return;
        }

        builder.Configuration[$"ConnectionStrings:{ConnectionStringName}"] = connectionString;
    }

    /// <summary>The folder holding IntegrationHubs.sln, so `dotnet run` from anywhere keeps one cluster.</summary>
    internal static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHubs.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
