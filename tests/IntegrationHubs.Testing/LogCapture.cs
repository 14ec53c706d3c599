using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace IntegrationHubs.Testing;

/// <summary>Every event the app's Serilog pipeline emits (after its enrichers), to assert on what would reach the log.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Clear() => _events.Clear();

    /// <summary>Each event as the production console writes it (compact JSON: message, properties, exception).</summary>
    public IReadOnlyList<string> Lines => [.. Events.Select(Render)];

    public static string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new RenderedCompactJsonFormatter().Format(logEvent, writer);
        return writer.ToString();
    }
}
