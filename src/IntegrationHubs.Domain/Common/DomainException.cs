namespace IntegrationHubs.Domain.Common;

/// <summary>
/// A rule of the domain refused an operation. <see cref="Code"/> is a stable resource key the UI
/// turns into a localized message, so the domain stays free of user-facing text.
/// </summary>
public sealed class DomainException(string code) : Exception(code)
{
    public string Code { get; } = code;

    public DomainException() : this("Error.Unknown")
    {
    }

    public DomainException(string message, Exception innerException) : this(message)
    {
        _ = innerException;
    }
}
