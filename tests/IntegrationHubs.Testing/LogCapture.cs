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
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        Interlocked.Exchange(ref _arrived, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// Waits until an event matches (true) or <paramref name="timeout"/> passes (false). What a middleware logs after the
    /// endpoint ran can arrive after the test server handed the response to the client, so asserting at once races it.
    /// </summary>
    public async Task<bool> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var next = Volatile.Read(ref _arrived).Task;
            if (_events.Any(match))
            {
                return true;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(next, Task.Delay(left)) != next)
            {
                return _events.Any(match);
            }
        }
    }

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
