using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHubs.Web.Features.Invitations;

/// <summary>
/// Invitation links carry a random token; the database keeps only its SHA-256 hash, so reading the
/// table (a backup, a support query) never hands out a working link.
/// </summary>
public static class InvitationTokens
{
    private const int TokenBytes = 32;

    /// <summary>Longer than any token we issue; anything longer is forged and not worth hashing.</summary>
    private const int MaxTokenLength = 64;

    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        return (token, Hash(token));
    }

    /// <summary>The lowercase hex SHA-256 of <paramref name="token"/>; null for input no link of ours could hold.</summary>
    public static string? HashOrNull(string? token) =>
        string.IsNullOrEmpty(token) || token.Length > MaxTokenLength ? null : Hash(token);

    /// <summary>
    /// The token of an invitation page's address ("/invite/{token}", as carried as a return address through sign-up),
    /// or null for any other address.
    /// </summary>
    public static string? TokenOfLink(string? localUrl)
    {
        const string prefix = "/invite/";
        if (localUrl is null || !localUrl.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = localUrl[prefix.Length..];
        var end = rest.IndexOfAny(['?', '#', '/']);
        var token = Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);
        return HashOrNull(token) is null ? null : token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
