namespace IntegrationHubs.Web.Features.Account.Email;

public sealed record MailMessage(string To, string Subject, string HtmlBody, string TextBody);

/// <summary>Where mail goes: SMTP when configured, else a folder (Development) so links can be followed.</summary>
public interface IMailTransport
{
    Task SendAsync(MailMessage message, CancellationToken ct = default);
}
