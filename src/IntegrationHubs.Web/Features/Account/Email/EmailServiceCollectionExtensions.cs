using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Provisioning;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationHubs.Web.Features.Account.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>SMTP (MailKit) when Email:Smtp:Host is set; otherwise the mail folder (Email:Folder, default .data/mail).</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<SmtpOptions>(configuration.GetSection("Email:Smtp"));
        services.AddSingleton<IMailTransport>(sp =>
        {
            if (!string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Host))
            {
                return ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp);
            }

            var folder = configuration["Email:Folder"]
                ?? Path.Combine(DevelopmentDatabase.FindRepositoryRoot(environment.ContentRootPath), ".data", "mail");
            return ActivatorUtilities.CreateInstance<FolderMailTransport>(sp, folder);
        });
        services.AddScoped<AccountEmailSender>();
        services.AddScoped<IEmailSender<ApplicationUser>>(sp => sp.GetRequiredService<AccountEmailSender>());
        return services;
    }
}
