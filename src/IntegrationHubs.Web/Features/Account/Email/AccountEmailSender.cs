using System.Net;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Account.Email;

/// <summary>Identity's account mails (confirm, reset, address already registered), written in the language of the current request.</summary>
public sealed class AccountEmailSender(IMailTransport transport, IStringLocalizer<Strings> l) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, l["Mail.Confirm.Subject"], l["Mail.Confirm.Body", user.DisplayName], l["Mail.Confirm.Action"], confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, l["Mail.Reset.Subject"], l["Mail.Reset.Body", user.DisplayName], l["Mail.Reset.Action"], resetLink);

    /// <summary>To the owner of an address someone tried to sign up with: the sign-up page itself says nothing, so no one learns who has an account.</summary>
    public Task SendAccountExistsAsync(ApplicationUser owner, string signInLink) =>
        SendAsync(owner.Email!, l["Mail.Exists.Subject"], l["Mail.Exists.Body", owner.DisplayName], l["Mail.Exists.Action"], signInLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, l["Mail.Reset.Subject"], l["Mail.Reset.Body", user.DisplayName], resetCode, null);

    /// <param name="link">Already HTML-encoded by Identity's callers.</param>
    private Task SendAsync(string to, string subject, string body, string action, string? link)
    {
        var plainLink = link is null ? null : WebUtility.HtmlDecode(link);
        var dir = System.Globalization.CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        var html = $"""
            <div dir="{dir}" style="font-family:sans-serif">
            <p>{WebUtility.HtmlEncode(body)}</p>
            <p>{(link is null ? WebUtility.HtmlEncode(action) : $"<a href=\"{link}\">{WebUtility.HtmlEncode(action)}</a>")}</p>
            </div>
            """;
        var text = $"{body}\n\n{action}: {plainLink}";
        return transport.SendAsync(new MailMessage(to, subject, html, text));
    }
}
