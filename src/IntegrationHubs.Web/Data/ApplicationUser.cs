using Microsoft.AspNetCore.Identity;

namespace IntegrationHubs.Web.Data;

/// <summary>An account. Holds only what sign-in and the member profile need.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;
    public const int EmailMaxLength = 254;

    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>UI culture the person chose (de, en, ar, uk); null follows the browser.</summary>
    public string? PreferredCulture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
