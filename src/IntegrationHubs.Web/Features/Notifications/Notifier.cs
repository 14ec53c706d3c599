using System.Globalization;
using System.Net;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account.Email;
using IntegrationHubs.Web.Operations;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Notifications;

/// <summary>
/// What other features call to tell people something: stores one in-app notification per recipient
/// in the current hub and sends each a mail through <see cref="IMailTransport"/>, written in the
/// recipient's preferred language. A mail that cannot be sent is logged; the notification stays.
/// </summary>
public sealed class Notifier(
    IDbContextFactory<HubsDbContext> dbFactory,
    IMailTransport mail,
    IStringLocalizer<Strings> l,
    PublicAddress address,
    TimeProvider time,
    ILogger<Notifier> logger)
{
    /// <summary>A parameter starting with this prefix names a resource and is shown in the reader's language.</summary>
    public const string ResourcePrefix = "res:";

    /// <summary>
    /// A notice about the hub's member area (an initiative, its comments, mentoring): only people who are active members
    /// of the hub now get it — a team member who left hears nothing more.
    /// </summary>
    /// <param name="link">The app path it leads to, e.g. /hubs/ost/initiatives/{id}.</param>
    /// <param name="parameters">Fill the placeholders of "Notification.{kind}"; see <see cref="NotificationKinds"/>.</param>
    public Task NotifyAsync(IEnumerable<Guid> recipients, string kind, string link, IReadOnlyList<string> parameters, CancellationToken ct = default) =>
        SendAsync(recipients, kind, link, parameters, membersOnly: true, ct);

    /// <summary>
    /// A notice whose recipients the caller chose by another rule, members or not: events (<see cref="Events.EventNotifier"/>,
    /// by <see cref="VisitorView"/>) and a decision on the recipient's own booking request.
    /// </summary>
    public Task NotifyBeyondMembersAsync(IEnumerable<Guid> recipients, string kind, string link, IReadOnlyList<string> parameters, CancellationToken ct = default) =>
        SendAsync(recipients, kind, link, parameters, membersOnly: false, ct);

    private async Task SendAsync(IEnumerable<Guid> recipients, string kind, string link, IReadOnlyList<string> parameters, bool membersOnly, CancellationToken ct)
    {
        var to = recipients.Distinct().ToList();
        if (to.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (membersOnly)
        {
            var members = await db.HubMemberships.AsNoTracking().Where(m => to.Contains(m.UserId)).Where(VisitorView.ActiveMemberships)
                .Select(m => m.UserId).ToListAsync(ct);
            to = [.. to.Where(members.Contains)];
            if (to.Count == 0)
            {
                return;
            }
        }

        var now = time.GetUtcNow();
        var stored = parameters.Select(p => p.Length > Notification.ParameterMaxLength ? p[..Notification.ParameterMaxLength] : p).ToList();
        db.Notifications.AddRange(to.Select(userId => new Notification
        {
            UserId = userId, Kind = kind, Link = link, Parameters = [.. stored], CreatedAt = now,
        }));
        await db.SaveChangesAsync(ct);

        var people = await db.Users.AsNoTracking().Where(u => to.Contains(u.Id) && u.Email != null && u.EmailConfirmed)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).ToListAsync(ct);
        // From the configured public address: a reminder sent by a background job has no request to take one from.
        var absolute = address.Link(link);
        foreach (var person in people)
        {
            try
            {
                await mail.SendAsync(Compose(person.Email!, person.DisplayName, person.PreferredCulture, kind, stored, absolute), ct);
            }
            catch (Exception failed) when (failed is not OperationCanceledException)
            {
                logger.LogWarning(failed, "Notification mail {Kind} could not be sent", kind);
            }
        }
    }

    /// <summary>
    /// The line shown for a notification, in the current UI language. People's words (titles, names, comments) are
    /// isolated (U+2068 … U+2069) so German text in an Arabic sentence keeps its own direction and punctuation.
    /// </summary>
    public static string Render(IStringLocalizer l, string kind, IReadOnlyList<string> parameters) =>
        l[$"Notification.{kind}", [.. parameters.Select(p => p.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            ? l[p[ResourcePrefix.Length..]].Value
            : p.Length == 0 ? p : "\u2068" + p + "\u2069")]];

    private MailMessage Compose(string email, string name, string? culture, string kind, IReadOnlyList<string> parameters, string link)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // The recipient's language, not the language of whoever caused the notification.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture ?? "de");
            var subject = l[$"Notification.{kind}.Subject"].Value;
            var line = Render(l, kind, parameters);
            var greeting = l["Notification.Mail.Greeting", name].Value;
            var action = l["Notification.Mail.Open"].Value;
            var footer = l["Notification.Mail.Footer"].Value;
            var dir = CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
            var html = $"""
                <div dir="{dir}" style="font-family:sans-serif">
                <p>{WebUtility.HtmlEncode(greeting)}</p>
                <p style="white-space:pre-line">{WebUtility.HtmlEncode(line)}</p>
                <p><a href="{WebUtility.HtmlEncode(link)}">{WebUtility.HtmlEncode(action)}</a></p>
                <p style="color:#666">{WebUtility.HtmlEncode(footer)}</p>
                </div>
                """;
            var text = $"{greeting}\n\n{line}\n\n{action}: {link}\n\n{footer}";
            return new MailMessage(email, subject, html, text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
