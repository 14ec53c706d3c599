using IntegrationHubs.Web.Features.Account;
using System.Net;
using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account.Email;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Invitations;

/// <summary>The coordinator's invite form: an address and, besides plain membership, the roles to give.</summary>
public sealed class InviteMemberForm
{
    public string? Email { get; set; }
    public bool Mentor { get; set; }
    public bool Coordinator { get; set; }

    public HubRoles Roles => HubRoles.Member | (Mentor ? HubRoles.Mentor : HubRoles.None) | (Coordinator ? HubRoles.Coordinator : HubRoles.None);

    public sealed class Validator : AbstractValidator<InviteMemberForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
                .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage(_ => l["Invitations.Validation.EmailRequired"])
                .PlausibleEmail(l);
        }
    }
}

/// <summary>
/// A coordinator invites a person by email: a single-use link that expires. An open invitation to
/// the same address in this hub is replaced, so only the newest link works.
/// </summary>
public sealed class InviteMember(
    IDbContextFactory<HubsDbContext> dbFactory,
    HubAuthorizer authorizer,
    IValidator<InviteMemberForm> validator,
    IMailTransport mail,
    IStringLocalizer<Strings> l,
    TimeProvider time)
{
    /// <summary>Per hub and day; a circuit's clicks never reach the HTTP rate limiter, so the handler counts.</summary>
    public const int DailyLimit = 50;

    /// <param name="appBaseUri">The configured public address (<see cref="Operations.PublicAddress"/>), never the request's host — the link in the mail starts with it.</param>
    public async Task HandleAsync(InviteMemberForm form, Uri appBaseUri, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var actorId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        var email = form.Email!.Trim();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Counted from the audit log: revoked and replaced invitations are deleted, their sending is not.
        var since = now.AddDays(-1);
        var sentToday = await db.AuditEntries.CountAsync(a => a.Action == AuditActions.InvitationSent && a.At > since, ct);
        if (sentToday >= DailyLimit)
        {
            throw new DomainException("Invitations.DailyLimit");
        }

        // Open invitations of one hub are few (the daily limit bounds them): compare addresses here,
        // case-insensitively, rather than teach SQL the rules of email case.
        var open = await db.HubInvitations.Where(i => i.AcceptedAt == null && i.ExpiresAt > now).ToListAsync(ct);
        var replaced = open.Where(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var old in replaced)
        {
            db.HubInvitations.Remove(old);
            db.AuditEntries.Add(InvitationAudit.Entry(hub.Id, actorId, old, AuditActions.InvitationRevoked, now));
        }

        var (invitation, token) = Add(db, hub.Id, actorId, email, form.Roles, now);
        await db.SaveChangesAsync(ct);

        // Sent after saving: a mail whose link does not work yet would be worse than no mail.
        await SendAsync(invitation, token, hub.Name, appBaseUri, ct);
    }

    /// <summary>
    /// Adds an invitation and its audit entry to <paramref name="db"/> without saving, so the caller's transaction holds
    /// it (opening a hub invites its first coordinator in the same transaction). Returns the token for the mail.
    /// </summary>
    internal static (HubInvitation Invitation, string Token) Add(HubsDbContext db, Guid hubId, Guid actorId, string email, HubRoles roles, DateTimeOffset now)
    {
        var (token, hash) = InvitationTokens.Create();
        var invitation = new HubInvitation
        {
            Email = email, TokenHash = hash, Roles = roles, InvitedByUserId = actorId,
            CreatedAt = now, ExpiresAt = now + HubInvitation.ValidFor,
        };
        db.HubInvitations.Add(invitation);
        db.AuditEntries.Add(InvitationAudit.Entry(hubId, actorId, invitation, AuditActions.InvitationSent, now));
        return (invitation, token);
    }

    /// <summary>Mails the link of a saved invitation.</summary>
    internal Task SendAsync(HubInvitation invitation, string token, string hubName, Uri appBaseUri, CancellationToken ct)
    {
        var link = new Uri(appBaseUri, $"invite/{token}").AbsoluteUri;
        return mail.SendAsync(Compose(invitation.Email, hubName, link, invitation.ExpiresAt), ct);
    }

    /// <summary>Written in the coordinator's language: the one the app knows in this request.</summary>
    private MailMessage Compose(string to, string hubName, string link, DateTimeOffset expiresAt)
    {
        var subject = l["Invitations.Mail.Subject", hubName];
        var body = l["Invitations.Mail.Body", hubName];
        var action = l["Invitations.Mail.Action"];
        var expiry = l["Invitations.Mail.Expiry", (int)HubInvitation.ValidFor.TotalDays, DisplayTime.Date(expiresAt)];
        var dir = System.Globalization.CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        var html = $"""
            <div dir="{dir}" style="font-family:sans-serif">
            <p>{WebUtility.HtmlEncode(body)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">{WebUtility.HtmlEncode(action)}</a></p>
            <p>{WebUtility.HtmlEncode(expiry)}</p>
            </div>
            """;
        var text = $"{body}\n\n{action}: {link}\n\n{expiry}";
        return new MailMessage(to, subject, html, text);
    }
}

internal static class InvitationAudit
{
    /// <summary>An entry about an invitation: the detail names the roles, never the address.</summary>
    public static AuditEntry Entry(Guid hubId, Guid actorId, HubInvitation invitation, string action, DateTimeOffset at) => new()
    {
        HubId = hubId,
        ActorUserId = actorId,
        Action = action,
        EntityType = nameof(HubInvitation),
        EntityId = invitation.Id.ToString(),
        Detail = invitation.Roles.ToString(),
        At = at,
    };
}
