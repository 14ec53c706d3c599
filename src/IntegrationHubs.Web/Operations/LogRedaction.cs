using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace IntegrationHubs.Web.Operations;

/// <summary>
/// Bearer secrets never reach the log: an invitation token in /invite/{token}, and the value of any query parameter named
/// token, code or key (calendar feeds' ?token=, reset and confirm links' ?code=), wherever an address is logged
/// (the request line, the request path every event of a request carries, the hosting log's query string).
/// </summary>
public static partial class LogRedaction
{
    public const string Mask = "***";

    /// <summary>The one rule: the text with every such secret replaced by <see cref="Mask"/>; the same instance when there is none.</summary>
    public static string Redact(string text) =>
        text.Contains("invite/", StringComparison.OrdinalIgnoreCase) || text.Contains('=')
            ? Secret().Replace(text, Mask)
            : text;

    [GeneratedRegex("""(?<=/invite/)[^/?#\s"']+|(?<=[?&](?:token|code|key)=)[^&#\s"']+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Secret();
}

/// <summary>Applies <see cref="LogRedaction"/> to every text property of every log event, before any sink sees it.</summary>
internal sealed class RedactSecretsEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? redacted = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && LogRedaction.Redact(text) is var safe && !ReferenceEquals(safe, text))
            {
                (redacted ??= []).Add(new LogEventProperty(name, new ScalarValue(safe)));
            }
        }

        foreach (var property in redacted ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }
}
