using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IntegrationHubs.DataGen;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Dashboards;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Benchmarks;

/// <summary>
/// The cross-site dashboard on the tier M network, side by side with the same aggregates as hand-written SQL through
/// Npgsql. Each iteration is one dashboard answer (Monitoring strategy, one invocation), so the P95 column is the 95th
/// percentile of single answers. "App" is everything the server does for /dashboard before rendering: who may see which
/// municipalities, the hubs and their setup progress, the figures, suppression and the tables.
/// </summary>
[Config(typeof(Config))]
public class DashboardBenchmarks
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ITERATIONS"), out var n) ? n : 40;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process (no second build of the app), one answer per iteration.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(Iterations).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P95);
            SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        }
    }

    private sealed class Factory(DbContextOptions<HubsDbContext> options) : IDbContextFactory<HubsDbContext>
    {
        public HubsDbContext CreateDbContext() => new(options, new HubContext());
    }

    private NpgsqlDataSource _dataSource = default!;
    private GetNetworkDashboard _dashboard = default!;
    private ClaimsPrincipal _admin = default!;
    private Guid _municipality;
    private Guid[] _hubIds = [];
    private Period _period = default!;

    /// <summary>One municipality (what a viewer sees: 10 hubs) or the whole network compared (what an admin sees first: 200 hubs).</summary>
    [Params("municipality", "network")]
    public string Scope { get; set; } = "municipality";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = await GeneratedDatabase.ConnectionStringAsync(Environment.GetEnvironmentVariable("BENCH_CONNECTION"), Tier.M);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        var factory = new Factory(GeneratedDatabase.CreateOptions(connectionString));
        _dashboard = new GetNetworkDashboard(factory, new MetricsReader(factory));
        _admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, NetworkRoles.NetworkAdmin)], "bench"));

        await using var db = factory.CreateDbContext();
        _municipality = await db.Municipalities.OrderBy(m => m.Name).Select(m => m.Id).FirstAsync();
        _hubIds = await db.Hubs.Where(h => Scope == "network" || h.MunicipalityId == _municipality).Select(h => h.Id).ToArrayAsync();
        // The cross-site dashboard reads whole, completed months only (decision 0022): the last 12.
        _period = Period.Preset(PeriodPreset.Last12Months, Period.EarliestToday(DateTimeOffset.UtcNow));
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _dataSource.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "hand-written SQL (Npgsql)")]
    public async Task<double> HandWrittenSql()
    {
        // The statements of docs/metrics.md, read to the last row; plus the spaces' hours the app needs for utilisation.
        double sum = 0;
        await using var connection = await _dataSource.OpenConnectionAsync();
        foreach (var sql in new[] { MetricsSql.Members, MetricsSql.MemberLanguages, MetricsSql.Initiatives, MetricsSql.Events, MetricsSql.EventLanguages, MetricsSql.BookedHours })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter("hub_ids", _hubIds));
            command.Parameters.Add(new NpgsqlParameter("from", _period.From));
            command.Parameters.Add(new NpgsqlParameter("to_excl", _period.To.AddDays(1)));
            command.Parameters.Add(new NpgsqlParameter("now", DateTimeOffset.UtcNow));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sum += reader.FieldCount;
            }
        }

        await using var spaces = new NpgsqlCommand("SELECT hub_id, id, name, opening_hours::text, closures::text FROM spaces WHERE hub_id = ANY(@hub_ids)", connection);
        spaces.Parameters.Add(new NpgsqlParameter("hub_ids", _hubIds));
        await using var rows = await spaces.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            sum += rows.GetString(3).Length;
        }

        return sum;
    }

    [Benchmark(Description = "the app's dashboard (authorize, read, suppress, build)")]
    public async Task<int> App()
    {
        var result = await _dashboard.HandleAsync(_admin, Scope == "network" ? null : _municipality, _period);
        return result.View?.Tables.Count ?? throw new InvalidOperationException($"No dashboard: {result.Outcome}");
    }
}
