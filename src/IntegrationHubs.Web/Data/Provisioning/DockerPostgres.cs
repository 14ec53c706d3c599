using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace IntegrationHubs.Web.Data.Provisioning;

/// <summary>The second way to a zero-setup database: a <c>postgres</c> container with a named volume.</summary>
internal static class DockerPostgres
{
    private const string ContainerName = "integrationhubs-dev-postgres";
    private const string Volume = "integrationhubs-dev-pgdata";
    private const string Image = "postgres:17";

    public static async Task<bool> IsAvailableAsync(CancellationToken ct) =>
        (await ProcessRunner.RunAsync("docker", ["info", "--format", "{{.ServerVersion}}"], ct)).ExitCode == 0;

    /// <summary>Starts (or reuses) the container; its password and port live in <paramref name="stateDirectory"/>.</summary>
    public static async Task<string> StartAsync(string stateDirectory, string database, CancellationToken ct)
    {
        Directory.CreateDirectory(stateDirectory);
        var passwordFile = Path.Combine(stateDirectory, "docker-password");
        if (!File.Exists(passwordFile))
        {
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), ct);
        }

        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
        var (exists, _) = await ProcessRunner.RunAsync("docker", ["container", "inspect", ContainerName], ct);
        if (exists == 0)
        {
            await ProcessRunner.RunAsync("docker", ["start", ContainerName], ct);
        }
        else
        {
            var (code, output) = await ProcessRunner.RunAsync("docker", [
                "run", "-d", "--name", ContainerName, "-e", $"POSTGRES_PASSWORD={password}", "-e", "POSTGRES_USER=hubs", "-e", $"POSTGRES_DB={database}",
                "-p", "127.0.0.1::5432", "-v", $"{Volume}:/var/lib/postgresql/data", Image,
            ], ct);
            if (code != 0)
            {
                throw new InvalidOperationException($"docker run failed: {output}");
            }
        }

        var (_, portOutput) = await ProcessRunner.RunAsync("docker", ["port", ContainerName, "5432/tcp"], ct);
        var port = int.Parse(portOutput.Split('\n')[0].Split(':')[^1], CultureInfo.InvariantCulture);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "hubs", Password = password, Database = database,
        }.ConnectionString;
        await WaitUntilReadyAsync(connectionString, ct);
        return connectionString;
    }

    private static async Task WaitUntilReadyAsync(string connectionString, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (attempt < 60)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }
}
