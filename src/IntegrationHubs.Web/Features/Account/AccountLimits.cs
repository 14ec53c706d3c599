namespace IntegrationHubs.Web.Features.Account;

/// <summary>Limits of accounts, shared by the validators, Identity options and the EF configuration.</summary>
public static class AccountLimits
{
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
