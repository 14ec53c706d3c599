using IntegrationHubs.Web.Data.Provisioning;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntegrationHubs.Web.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(DevelopmentDatabase.ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DevelopmentDatabase.ConnectionStringName} is not set.");

        var maxRetries = configuration.GetValue("Database:MaxRetries", DefaultMaxRetries);

        // The scoped context serves Identity's stores (per request); handlers create short-lived ones from the factory.
        services.AddDbContext<HubsDbContext>((sp, options) =>
        {
            ConfigureNpgsql(options, connectionString, maxRetries);

            // Features react to saves (e.g. evicting cached public pages) through interceptors they register.
            options.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddScoped<IDbContextFactory<HubsDbContext>, HubsDbContextFactory>();
        services.AddScoped<DemoData>();

        // One key ring for every app instance, so a restart or a second instance signs nobody out.
        services.AddDataProtection().SetApplicationName("IntegrationHubs").PersistKeysToDbContext<HubsDbContext>();

        services.AddHealthChecks().AddDbContextCheck<HubsDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>How often a database call that failed for a passing reason is tried again before the person is told.</summary>
    internal const int DefaultMaxRetries = 4;

    /// <summary>
    /// A restarted server, a dropped pooled connection or a serialization failure is tried again (with growing pauses, a few
    /// seconds in all) instead of failing the person's action; explicit transactions run through Transactions.InTransactionAsync.
    /// EF logs every failed command and save at Error with a stack trace, also those the product expects and answers: the
    /// exclusion constraint deciding a booking race (5–6 errors per 50-person race), a unique index refusing a double
    /// join. Those are Debug here. A failure no handler expects is not hidden by it: the handlers catch only what they
    /// expect (exception filters on the SQLSTATE), so any other reaches the request's or circuit's unhandled-error log once,
    /// at Error with its stack trace.
    /// </summary>
    internal static void ConfigureNpgsql(DbContextOptionsBuilder options, string connectionString, int maxRetries = DefaultMaxRetries) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")
                .EnableRetryOnFailure(maxRetries, TimeSpan.FromSeconds(3), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention()
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug)));

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HubsDbContext>>().CreateDbContextAsync();

        // Npgsql's migrator reads the history table before creating it and logs the expected "does not
        // exist" as an error (npgsql/efcore.pg#3407); creating it first with EF's own idempotent DDL keeps
        // a first start's log free of false alarms.
        if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync())
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        }

        await db.Database.MigrateAsync();
    }

    /// <summary>Applies migrations (and in Development, the demo data) before the app takes requests.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrateOnStart = app.Configuration.GetValue("Database:MigrateOnStart", app.Environment.IsDevelopment());
        var seedDemoData = app.Configuration.GetValue("Database:SeedDemoData", app.Environment.IsDevelopment());
        if (!migrateOnStart && !seedDemoData)
        {
            return;
        }

        if (migrateOnStart)
        {
            await app.MigrateDatabaseAsync();
        }

        if (seedDemoData)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }
}
