using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace IntegrationHubs.Web.Security;

/// <summary>
/// An action a person started (join a hub, accept an invitation) that had to wait for a detour — the profile with its
/// consent. The page that started it puts a token for it into the return address; when the person comes back with it,
/// the page finishes the action without another click. The token is sealed with the app's keys, names the person and
/// the thing acted on, and lapses after <see cref="ValidFor"/>: only the start of the action was a protected form post,
/// so the plain GET that completes it must prove it comes from that post — a link from elsewhere carrying a token made
/// for someone else, or for another hub, does nothing.
/// A person who is not signed in yet (the sign-in detour) has no id to name: their token names this browser instead, by a
/// random value kept in an HttpOnly cookie (<see cref="BrowserCookie"/>) that another site can neither read nor set, so a
/// link carrying such a token does nothing in any other browser, and in this one only for whoever signs in here.
/// </summary>
public sealed class PendingActions(IDataProtectionProvider protection)
{
    /// <summary>The query key of the token in a return address.</summary>
    public const string QueryKey = "continue";

    /// <summary>Long enough to fill in a profile unhurried; short enough that an old address in the history stays inert.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(2);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("IntegrationHubs.PendingAction.v1").ToTimeLimitedDataProtector();

    /// <summary>The cookie that names this browser for the actions it started before signing in.</summary>
    public const string BrowserCookie = "ih-pending";

    public enum Kind
    {
        JoinHub,
        AcceptInvitation,
        Rsvp,
    }

    /// <summary>
    /// What waits: <paramref name="Subject"/> is the hub's slug, the invitation's token hash or the event's id;
    /// <paramref name="HubName"/> says why on the detour. <paramref name="Browser"/> stands in for the person (then
    /// <paramref name="UserId"/> is empty) while they are not signed in.
    /// </summary>
    public sealed record Pending(Kind Kind, Guid UserId, string Subject, string HubName, string? Browser = null);

    public string Seal(Pending pending) => _protector.Protect(JsonSerializer.Serialize(pending), ValidFor);

    /// <summary>
    /// A token for an action a person who is not signed in asked for, bound to this browser (its cookie is set here when
    /// missing): whoever signs in in this browser within <see cref="ValidFor"/> finishes it on the way back.
    /// </summary>
    public string SealForSignIn(HttpContext http, Kind kind, string subject, string hubName)
    {
        var browser = http.Request.Cookies[BrowserCookie];
        if (browser is not { Length: 43 })
        {
            browser = Base64Url(RandomNumberGenerator.GetBytes(32));
            http.Response.Cookies.Append(BrowserCookie, browser, new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = ValidFor,
                Path = "/",
            });
        }

        return Seal(new(kind, Guid.Empty, subject, hubName, browser));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The pending action in <paramref name="token"/> when it is intact, unexpired and made for <paramref name="userId"/>
    /// (or, made before sign-in, for this browser, <paramref name="browser"/> being its <see cref="BrowserCookie"/>); else null.
    /// </summary>
    public Pending? Open(string? token, Guid? userId, string? browser = null)
    {
        if (string.IsNullOrEmpty(token) || userId is null)
        {
            return null;
        }

        try
        {
            var pending = JsonSerializer.Deserialize<Pending>(_protector.Unprotect(token, out _));
            return pending is null ? null
                : pending.UserId == userId ? pending
                : pending.UserId == Guid.Empty && pending.Browser is { Length: > 0 } && string.Equals(pending.Browser, browser, StringComparison.Ordinal) ? pending
                : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // Tampered with, expired, or sealed under keys that are gone: nothing is pending.
            return null;
        }
    }

    /// <summary>The pending action of this kind on this subject, or null (see <see cref="Open"/>).</summary>
    public Pending? Open(string? token, Guid? userId, Kind kind, string subject, string? browser = null) =>
        Open(token, userId, browser) is { } pending && pending.Kind == kind && string.Equals(pending.Subject, subject, StringComparison.Ordinal) ? pending : null;

    /// <summary>The pending action carried by a local return address (its <see cref="QueryKey"/> value), for the detour page to say why.</summary>
    public Pending? OpenIn(string? returnUrl, Guid? userId, string? browser = null)
    {
        var query = returnUrl?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        return query < 0 ? null
            : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl![query..]).TryGetValue(QueryKey, out var token) ? Open(token.ToString(), userId, browser) : null;
    }
}
