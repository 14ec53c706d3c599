using IntegrationHubs.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Account;

/// <summary>Identity's errors in the person's language; the codes stay Identity's, so forms can place them at a field.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Strings> l) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Account.Error.DuplicateEmail"]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["Account.Error.DuplicateEmail"]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Validation.Email.Invalid"]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["Validation.Email.Invalid"]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Validation.Password.TooShort", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["Validation.Password.Digit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["Validation.Password.Lower"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["Validation.Password.Upper"]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["Validation.Password.Symbol"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["Validation.Password.UniqueChars", uniqueChars]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["Account.Error.InvalidToken"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["Account.Error.InvalidSignIn"]);
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["Error.Unknown"]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["Error.ChangedMeanwhile"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    /// <summary>
    /// The address (which is also the user name) has an account. Sign-up never shows this: it would tell
    /// anyone who is registered.
    /// </summary>
    public static bool IsTakenAddress(IdentityError error) => error.Code is nameof(DuplicateEmail) or nameof(DuplicateUserName);

    /// <summary>Which form field an Identity error belongs to.</summary>
    public static string FieldOf(IdentityError error) => error.Code switch
    {
        nameof(DuplicateEmail) or nameof(DuplicateUserName) or nameof(InvalidEmail) or nameof(InvalidUserName) => "Email",
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        _ => "",
    };
}
