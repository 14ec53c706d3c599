using System.Diagnostics;
using IntegrationHubs.DataGen;
using Npgsql;

// dotnet run -c Release --project tools/IntegrationHubs.DataGen -- --tier S|M [--seed N] [--reset] [--connection "Host=…"]
string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("""
        Loads a synthetic network into its own database for dashboards tests and benchmarks.
          --tier S|M        S: 6 hubs, seconds. M: 20 municipalities, 200 hubs, 300,000 members, 1,000,000 bookings, 2,000,000 RSVPs.
          --seed N          random seed (default 2026): the same seed and day give the same data
          --reset           empty the database first
          --connection CS   load here instead of the local development cluster's integrationhubs_tier_<tier>
        """);
    return 0;
}

var tier = Tier.Parse(Option("--tier") ?? "S");
var seed = int.Parse(Option("--seed") ?? "2026", System.Globalization.CultureInfo.InvariantCulture);
var connectionString = await GeneratedDatabase.ConnectionStringAsync(Option("--connection"), tier);
var builder = new NpgsqlConnectionStringBuilder(connectionString);
Console.WriteLine($"Tier {tier.Name} into database {builder.Database} on {builder.Host}:{builder.Port}");

var watch = Stopwatch.StartNew();
if (args.Contains("--reset"))
{
    await GeneratedDatabase.ResetAsync(connectionString);
}

await GeneratedDatabase.MigrateAsync(connectionString);
await using var dataSource = NpgsqlDataSource.Create(connectionString);
if (await GeneratedDatabase.HubCountAsync(dataSource) is var hubs and > 0)
{
    // Loaded before: the migrations above brought its schema up to date. A migration may have rewritten many rows (e.g.
    // copies kept for the dashboards), so vacuum and analyse: index-only scans and plans then read what a settled
    // database would give.
    await using (var vacuum = dataSource.CreateCommand("VACUUM ANALYZE"))
    {
        vacuum.CommandTimeout = 1800;
        await vacuum.ExecuteNonQueryAsync();
    }

    Console.WriteLine($"Already loaded ({hubs} hubs); pass --reset to load again.");
    return 0;
}

await new SyntheticData(tier, seed, DateTimeOffset.UtcNow).LoadAsync(dataSource, Console.Out);

Console.WriteLine($"Done in {watch.Elapsed.TotalSeconds:F0} s.");
return 0;
