using FluentValidation;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Account;

public sealed class RegisterInput
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class SignInInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
}

public sealed class EmailInput
{
    public string? Email { get; set; }
}

public sealed class ResetPasswordInput
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? Code { get; set; }
}

internal static class AccountRules
{
    /// <summary>The person's own address: required, then <see cref="PlausibleEmail{T}"/>.</summary>
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> l) =>
        rule
            .NotEmpty().WithMessage(_ => l["Validation.Email.Required"])
            .PlausibleEmail(l);

    /// <summary>
    /// Any address a form takes (sign-up, invitations, appointments): not too long, one @ with a dotted
    /// domain after it, no spaces. Forms say "required" in their own words before this.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PlausibleEmail<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> l) =>
        rule
            .Must(e => (e?.Trim().Length ?? 0) <= ApplicationUser.EmailMaxLength).WithMessage(_ => l["Validation.Email.TooLong", ApplicationUser.EmailMaxLength])
            .Must(e => IsPlausibleEmail(e?.Trim() ?? "")).WithMessage(_ => l["Validation.Email.Invalid"]);

    private static bool IsPlausibleEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
            && email[(at + 1)..].Contains('.', StringComparison.Ordinal)
            && !email.Any(char.IsWhiteSpace);
    }

    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> l) =>
        rule
            .NotEmpty().WithMessage(_ => l["Validation.Password.Required"])
            .MinimumLength(AccountLimits.PasswordMinLength).WithMessage(_ => l["Validation.Password.TooShort", AccountLimits.PasswordMinLength])
            .MaximumLength(AccountLimits.PasswordMaxLength).WithMessage(_ => l["Validation.Password.TooLong", AccountLimits.PasswordMaxLength])
            .Must(p => p!.Any(char.IsDigit)).WithMessage(_ => l["Validation.Password.Digit"])
            .Must(p => p!.Any(char.IsLetter)).WithMessage(_ => l["Validation.Password.Lower"]);
}

public sealed class RegisterInputValidator : AbstractValidator<RegisterInput>
{
    public RegisterInputValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.DisplayName).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Validation.DisplayName.Required"])
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage(_ => l["Validation.DisplayName.TooLong", ApplicationUser.DisplayNameMaxLength]);
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).ValidEmail(l);
        RuleFor(x => x.Password).Cascade(CascadeMode.Stop).StrongPassword(l);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => l["Validation.Password.Mismatch"]);
    }
}

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).ValidEmail(l);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["Validation.Password.Required"]);
    }
}

public sealed class EmailInputValidator : AbstractValidator<EmailInput>
{
    public EmailInputValidator(IStringLocalizer<Strings> l) => RuleFor(x => x.Email).Cascade(CascadeMode.Stop).ValidEmail(l);
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).ValidEmail(l);
        RuleFor(x => x.Password).Cascade(CascadeMode.Stop).StrongPassword(l);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => l["Validation.Password.Mismatch"]);
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => l["Account.Error.InvalidToken"]);
    }
}
