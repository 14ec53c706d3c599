using System.Collections.Frozen;
using System.Globalization;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Account.Passwords;

/// <summary>
/// Refuses passwords an attacker tries first: the ones on a list of common passwords (shipped with the
/// app, no outside service is asked) and the ones built from the person's own name or address. Runs for
/// every password Identity sets: sign-up, reset and any later change.
/// </summary>
internal sealed class GuessablePasswordValidator(IStringLocalizer<Strings> l) : IPasswordValidator<ApplicationUser>
{
    public const string CommonCode = "PasswordCommon";
    public const string PersonalCode = "PasswordPersonal";

    /// <summary>Shorter pieces of a name ("Li", "Jo") would refuse too many good passwords by chance.</summary>
    private const int MinPieceLength = 4;

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLower(CultureInfo.InvariantCulture);
        if (IsCommon(lower))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = l["Validation.Password.Common"] }));
        }

        if (PersonalPieces(user).Any(piece => lower.Contains(piece, StringComparison.Ordinal)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = PersonalCode, Description = l["Validation.Password.Personal"] }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLower(CultureInfo.InvariantCulture));

    /// <summary>The whole address before the @, the whole display name, and their longer parts ("amal", "nasser").</summary>
    internal static IEnumerable<string> PersonalPieces(ApplicationUser user)
    {
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0];
        var name = user.DisplayName ?? "";
        var wholes = new[] { local, name.Replace(" ", "", StringComparison.Ordinal) };
        var parts = local.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Concat(name.Split([' ', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries));
        return wholes.Concat(parts)
            .Select(p => p.Trim().ToLower(CultureInfo.InvariantCulture))
            .Where(p => p.Length >= MinPieceLength)
            .Distinct();
    }

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(GuessablePasswordValidator).Assembly.GetManifestResourceStream("IntegrationHubs.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.ToLower(CultureInfo.InvariantCulture));
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
