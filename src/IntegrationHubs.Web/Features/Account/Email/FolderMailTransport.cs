using System.Globalization;
using System.Text;

namespace IntegrationHubs.Web.Features.Account.Email;

/// <summary>
/// Mail without an SMTP server: each message becomes an .eml file in a folder and a log line. Only in Development does the
/// line hold the text, so a developer can follow the link; elsewhere mails carry reset and invitation links, which are
/// secrets, and the log is read by more people than the mailbox.
/// </summary>
internal sealed class FolderMailTransport(string folder, ILogger<FolderMailTransport> logger, TimeProvider time, IHostEnvironment environment) : IMailTransport
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
#pragma warning disable CA1873 // One line per mail; the mail itself cost more than its arguments.
        if (environment.IsDevelopment())
        {
            logger.LogInformation("Mail to {To} ({Subject}) written to {Path}:\n{Text}", message.To, message.Subject, path, message.TextBody);
        }
        else
        {
            logger.LogInformation("Mail written to {Path}", path);
        }
#pragma warning restore CA1873
    }
}
