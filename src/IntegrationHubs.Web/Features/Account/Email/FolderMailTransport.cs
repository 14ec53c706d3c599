using System.Globalization;
using System.Text;

namespace IntegrationHubs.Web.Features.Account.Email;

/// <summary>Development mail: each message becomes an .eml file in a folder and a log line.</summary>
internal sealed class FolderMailTransport(string folder, ILogger<FolderMailTransport> logger, TimeProvider time) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fffffff", CultureInfo.InvariantCulture);
        var path = Path.Combine(Folder, $"{stamp}-{Guid.NewGuid():N}.eml");
        var content = new StringBuilder()
            .Append("To: ").AppendLine(message.To)
            .Append("Subject: ").AppendLine(message.Subject)
            .AppendLine("Content-Type: text/html; charset=utf-8")
            .AppendLine()
            .AppendLine(message.HtmlBody)
            .ToString();
        await File.WriteAllTextAsync(path, content, Encoding.UTF8, ct);
#pragma warning disable CA1873 // Development-only transport; the log line is the point.
        logger.LogInformation("Mail to {To} ({Subject}) written to {Path}:\n{Text}", message.To, message.Subject, path, message.TextBody);
#pragma warning restore CA1873
    }
}
