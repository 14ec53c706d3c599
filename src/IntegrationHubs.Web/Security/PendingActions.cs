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
/// </summary>
public sealed class PendingActions(IDataProtectionProvider protection)
{
    /// <summary>The query key of the token in a return address.</summary>
    public const string QueryKey = "continue";

    /// <summary>Long enough to fill in a profile unhurried; short enough that an old address in the history stays inert.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(2);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("IntegrationHubs.PendingAction.v1").ToTimeLimitedDataProtector();

    public enum Kind
    {
        JoinHub,
        AcceptInvitation,
    }

    /// <summary>What waits: <paramref name="Subject"/> is the hub's slug or the invitation's token hash; <paramref name="HubName"/> says why on the detour.</summary>
    public sealed record Pending(Kind Kind, Guid UserId, string Subject, string HubName);

    public string Seal(Pending pending) => _protector.Protect(JsonSerializer.Serialize(pending), ValidFor);

    /// <summary>The pending action in <paramref name="token"/> when it is intact, unexpired and made for <paramref name="userId"/>; else null.</summary>
    public Pending? Open(string? token, Guid? userId)
    {
        if (string.IsNullOrEmpty(token) || userId is null)
        {
            return null;
        }

        try
        {
            var pending = JsonSerializer.Deserialize<Pending>(_protector.Unprotect(token, out _));
            return pending is not null && pending.UserId == userId ? pending : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // Tampered with, expired, or sealed under keys that are gone: nothing is pending.
            return null;
        }
    }

    /// <summary>The pending action of this kind on this subject, or null (see <see cref="Open"/>).</summary>
    public Pending? Open(string? token, Guid? userId, Kind kind, string subject) =>
        Open(token, userId) is { } pending && pending.Kind == kind && string.Equals(pending.Subject, subject, StringComparison.Ordinal) ? pending : null;

    /// <summary>The pending action carried by a local return address (its <see cref="QueryKey"/> value), for the detour page to say why.</summary>
    public Pending? OpenIn(string? returnUrl, Guid? userId)
    {
        var query = returnUrl?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        return query < 0 ? null
            : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl![query..]).TryGetValue(QueryKey, out var token) ? Open(token.ToString(), userId) : null;
    }
}
