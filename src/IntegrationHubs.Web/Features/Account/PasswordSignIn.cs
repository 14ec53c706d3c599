using System.Security.Cryptography;
using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace IntegrationHubs.Web.Features.Account;

/// <summary>
/// Signs a person in with their password. Besides Identity's sign-in it makes sure that
/// <list type="bullet">
/// <item>an address without an account costs the same work (a password hash is checked) and locks the same way,
/// so neither the time taken nor the answers tell who is registered;</item>
/// <item>an unconfirmed account says "confirm your address" only to someone who knows its password;</item>
/// <item>strangers' wrong guesses that locked an account do not lock out a browser that has signed in to it
/// before (docs/decisions/0024-sessions-and-sign-in-throttle.md).</item>
/// </list>
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signInManager,
    IPasswordHasher<ApplicationUser> hasher,
    KnownBrowsers knownBrowsers,
    SignInFailures failures,
    ILookupNormalizer normalizer)
{
    /// <summary>
    /// What an address without an account is checked against: a hash of a password nobody types, made once by the app's own
    /// hasher, so checking it costs what checking a real account's hash costs under the configured iteration count.
    /// </summary>
    private static string? _standInHash;

    public async Task<SignInResult> HandleAsync(HttpContext http, string email, string password, bool remember)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return UnknownAddress(normalizer.NormalizeEmail(email), password);
        }

        if (!await signInManager.CanSignInAsync(user))
        {
            // Only someone who knows the password learns that the address still waits for confirmation.
            if (await users.CheckPasswordAsync(user, password))
            {
                return SignInResult.NotAllowed;
            }

            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        if (await users.IsLockedOutAsync(user) && knownBrowsers.BrowserOf(http, user.Id) is { } browser)
        {
            return await KnownBrowserAsync(user, browser, password, remember);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            knownBrowsers.Remember(http, user.Id);
        }

        return result;
    }

    /// <summary>The same work and the same answers as for an account: a hash is checked, and the fifth miss locks.</summary>
    private SignInResult UnknownAddress(string normalizedEmail, string password)
    {
        var key = $"address:{normalizedEmail}";
        if (failures.IsLocked(key))
        {
            return SignInResult.LockedOut;
        }

        var standIn = _standInHash ??= hasher.HashPassword(new ApplicationUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(new ApplicationUser(), standIn, password);
        return failures.Fail(key) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    /// <summary>
    /// The account is locked, but this browser signed in to it before: its owner is let in with the right
    /// password. Its own misses are counted apart, so a stolen browser cookie buys no more guesses than a stranger has.
    /// </summary>
    private async Task<SignInResult> KnownBrowserAsync(ApplicationUser user, string browser, string password, bool remember)
    {
        var key = $"browser:{user.Id}:{browser}";
        if (failures.IsLocked(key))
        {
            return SignInResult.LockedOut;
        }

        if (await signInManager.UserManager.CheckPasswordAsync(user, password))
        {
            // The lockout stays for everyone else: the guessing may still be going on.
            await signInManager.SignInAsync(user, remember);
            return SignInResult.Success;
        }

        return failures.Fail(key) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}

/// <summary>
/// Wrong passwords counted in memory for what has no row to count them on (an address without an account,
/// one known browser of an account): the fifth within the lockout time locks it for that long, as Identity does for accounts.
/// </summary>
public sealed class SignInFailures(IMemoryCache cache, TimeProvider time)
{
    private sealed class Entry
    {
        public int Count;
        public DateTimeOffset? LockedUntil;
    }

    public bool IsLocked(string key) =>
        cache.TryGetValue<Entry>(Key(key), out var entry) && entry!.LockedUntil is { } until && until > time.GetUtcNow();

    /// <summary>Counts one miss; true when it locks.</summary>
    public bool Fail(string key)
    {
        var entry = cache.GetOrCreate(Key(key), e =>
        {
            e.AbsoluteExpirationRelativeToNow = AccountLimits.LockoutDuration * 2;
            return new Entry();
        })!;
        lock (entry)
        {
            entry.Count++;
            if (entry.Count < AccountLimits.MaxFailedSignIns)
            {
                return false;
            }

            entry.Count = 0;
            entry.LockedUntil = time.GetUtcNow() + AccountLimits.LockoutDuration;
            return true;
        }
    }

    private static string Key(string key) => $"sign-in-failures:{key}";
}

/// <summary>
/// Remembers, in a long-lived cookie protected by the app's keys, which accounts have signed in from this
/// browser, and a random id for the browser. OWASP's "device cookie" against lockouts by strangers.
/// </summary>
public sealed class KnownBrowsers(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = ".IntegrationHubs.KnownBrowser";
    private const int MaxAccounts = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private readonly IDataProtector _protector = protection.CreateProtector("IntegrationHubs.KnownBrowser.v1");

    /// <summary>This browser's id when it has signed in to <paramref name="userId"/> before; otherwise null.</summary>
    public string? BrowserOf(HttpContext http, Guid userId) =>
        Read(http) is { } known && known.Accounts.Contains(userId) ? known.Browser : null;

    public void Remember(HttpContext http, Guid userId)
    {
        var known = Read(http) ?? new Known(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), []);
        var accounts = known.Accounts.Where(a => a != userId).Prepend(userId).Take(MaxAccounts);
        var value = _protector.Protect($"{known.Browser}|{string.Join(',', accounts)}");
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true, // a security measure, not tracking: it never leaves this app
            Expires = time.GetUtcNow() + Lifetime,
        });
    }

    private sealed record Known(string Browser, IReadOnlyList<Guid> Accounts);

    private Known? Read(HttpContext http)
    {
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            var accounts = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
            return new Known(parts[0], accounts);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or IndexOutOfRangeException)
        {
            // Tampered with or made under keys that are gone: the browser is simply not known.
            return null;
        }
    }
}
