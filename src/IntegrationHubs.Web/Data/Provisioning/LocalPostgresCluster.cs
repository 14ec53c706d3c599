using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Npgsql;

namespace IntegrationHubs.Web.Data.Provisioning;

/// <summary>
/// A PostgreSQL cluster in a folder of ours, run from the server binaries on this machine
/// (<c>initdb</c>/<c>pg_ctl</c> on PATH or under /usr/lib/postgresql/*/bin), listening on loopback only.
/// Used for zero-setup development (kept between runs) and by tests (throwaway, no fsync).
/// As root, the server runs as the unprivileged <c>postgres</c> (or <c>nobody</c>) user, because
/// PostgreSQL refuses to run as root.
/// </summary>
public sealed class LocalPostgresCluster
{
    public const string UserName = "hubs";

    private static readonly string[] NoSync = ["--no-sync"];

    private readonly string _root;
    private readonly string _binDirectory;
    private readonly bool _throwaway;
    private readonly string? _runAs;

    private LocalPostgresCluster(string root, string binDirectory, bool throwaway)
    {
        _root = root;
        _binDirectory = binDirectory;
        _throwaway = throwaway;
        _runAs = IsRoot() ? FindUnprivilegedUser() : null;
    }

    private string DataDirectory => Path.Combine(_root, "cluster");
    private string PasswordFile => Path.Combine(_root, "password");
    private string PortFile => Path.Combine(_root, "port");
    private string LogFile => Path.Combine(_root, "server.log");

    public int Port { get; private set; }

    public string Password { get; private set; } = "";

    /// <summary>Null when this machine has no PostgreSQL server binaries.</summary>
    public static LocalPostgresCluster? TryCreate(string root, bool throwaway)
    {
        var bin = FindBinDirectory();
        return bin is null ? null : new LocalPostgresCluster(Path.GetFullPath(root), bin, throwaway);
    }

    public static string? FindBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(debianRoot)
            .Select(dir => (Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0, Bin: Path.Combine(dir, "bin")))
            .Where(x => File.Exists(Path.Combine(x.Bin, "initdb")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Bin)
            .FirstOrDefault();
    }

    /// <summary>Creates the cluster if needed, starts it if it is not running, and returns a connection string.</summary>
    public async Task<string> StartAsync(string database, CancellationToken ct = default)
    {
        Directory.CreateDirectory(_root);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitialiseAsync(ct);
        }

        Password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
        Port = File.Exists(PortFile) && int.TryParse(await File.ReadAllTextAsync(PortFile, ct), out var port) ? port : 0;

        if (!await IsRunningAsync(ct))
        {
            if (Port == 0 || !IsPortFree(Port))
            {
                Port = FindFreePort();
                await File.WriteAllTextAsync(PortFile, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            }

            var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories=''"
                + (_throwaway ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" : " -c max_connections=200");
            await RunAsync("pg_ctl", ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", settings], ct);
        }

        await EnsureDatabaseAsync(database, ct);
        return ConnectionString(database);
    }

    /// <summary>Creates the database up front, so the first start logs no failed connection.</summary>
    private async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            // Identifiers cannot be parameters; the name is ours, quoted all the same.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = UserName,
        Password = Password,
        Database = database,
    }.ConnectionString;

    public async Task StopAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync("pg_ctl", ["stop", "-m", "fast", "-w", "-D", DataDirectory], CancellationToken.None);
        }

        if (_throwaway)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task InitialiseAsync(CancellationToken ct)
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        await File.WriteAllTextAsync(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), ct);
        if (_runAs is not null)
        {
            await ChownAsync(_root, ct);
        }

        await RunAsync("initdb", [
            "-D", DataDirectory, "-U", UserName, "--pwfile", PasswordFile,
            "--auth-host=scram-sha-256", "--auth-local=peer", "-E", "UTF8", "--locale=C.UTF-8",
            .. (_throwaway ? NoSync : []),
        ], ct);
    }

    private async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return false;
        }

        // pg_ctl status exits 0 when the server runs, 3 when it does not (a stale pid file).
        var (exitCode, _) = await TryRunAsync("pg_ctl", ["status", "-D", DataDirectory], ct);
        return exitCode == 0;
    }

    private async Task ChownAsync(string path, CancellationToken ct)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync("chown", ["-R", _runAs!, path], ct);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"chown {_runAs} {path} failed: {output}");
        }
    }

    private async Task RunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct)
    {
        var (exitCode, output) = await TryRunAsync(tool, args, ct);
        if (exitCode != 0)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile, ct) : "";
            throw new InvalidOperationException($"{tool} failed ({exitCode}): {output}\n{log}");
        }
    }

    private Task<(int ExitCode, string Output)> TryRunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return _runAs is null
            ? ProcessRunner.RunAsync(executable, args, ct)
            : ProcessRunner.RunAsync("runuser", ["-u", _runAs, "--", executable, .. args], ct);
    }

    private static bool IsRoot() => OperatingSystem.IsLinux() && geteuid() == 0;

    private static string FindUnprivilegedUser()
    {
        var passwd = File.Exists("/etc/passwd") ? File.ReadAllLines("/etc/passwd") : [];
        return passwd.Any(l => l.StartsWith("postgres:", StringComparison.Ordinal)) ? "postgres" : "nobody";
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
