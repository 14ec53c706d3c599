using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Formatting.Compact;

namespace IntegrationHubs.Web.Operations;

public static class OperationsExtensions
{
    /// <summary>
    /// Serilog: readable console in Development, compact JSON elsewhere; settings from "Serilog". The console is written
    /// from a background queue, so a request does not wait for a slow terminal or container log pipe; when the queue is
    /// full, requests wait rather than lose a line. It is flushed when the app stops. Secrets in addresses are masked
    /// (<see cref="LogRedaction"/>).
    /// </summary>
    public static void AddLogging(this WebApplicationBuilder builder)
    {
        void Configure(IServiceProvider services, LoggerConfiguration logger)
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<RedactSecretsEnricher>();
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Async(sink => sink.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"), blockWhenFull: true);
            }
            else
            {
                logger.WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter()), blockWhenFull: true);
            }
        }

        // The app's loggers write to this app's own logger, not through the process-wide Log.Logger, which a second app in
        // the same process (the tests run several side by side) would replace, and close when it stops.
        builder.Services.AddSerilog(Configure, preserveStaticLogger: true);
    }

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // ASP.NET Core writes API JSON with the relaxed encoder, which leaves < > & ' as they are. Escape them (\u003C…), so
        // no answer can be read as markup wherever it ends up, while letters of every language stay readable.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        return services;
    }

    public static void UseOperations(this WebApplication app)
    {
        // First: a request no page can be built for (a Host that is no host, a body in an encoding nobody decodes) is
        // refused before the error and status-code pages, which would only fail on it again.
        app.UseMiddleware<MalformedRequestMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);

            // An API caller reads JSON: a failure under /api is answered with application/problem+json, not the HTML page.
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"),
                api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteApiProblemAsync }));
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = RequestLevel;
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        app.UseMiddleware<ClientErrorMiddleware>();
    }

    private static Task WriteApiProblemAsync(HttpContext context) =>
        Results.Problem(statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);

    /// <summary>A request slower than this is logged at Information whatever its answer.</summary>
    internal const double SlowRequestMs = 1000;

    /// <summary>
    /// One line per request at a level production can afford (README, "Logging"): a quick answer that worked is Debug (a
    /// soak wrote 4.7 million Information lines a minute and the log queue then held requests back); an answer the client
    /// got wrong (4xx), a slow one, or a client that went away is Information; a server error is Error.
    /// </summary>
    internal static Serilog.Events.LogEventLevel RequestLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? Serilog.Events.LogEventLevel.Information
        : exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
        : context.Response.StatusCode >= 400 || elapsedMs >= SlowRequestMs ? Serilog.Events.LogEventLevel.Information
        : Serilog.Events.LogEventLevel.Debug;

    public static void MapOperations(this WebApplication app)
    {
        // Live: the process answers. Ready: it can reach its database.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
