using IntegrationHubs.Web.Components;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Data.Provisioning;
using IntegrationHubs.Web.Features;
using IntegrationHubs.Web.Features.Account;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Operations;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.AddPublicAddress();
builder.AddSecurityHeaders();
await DevelopmentDatabase.ProvisionAsync(builder);

builder.Services
    .AddData(builder.Configuration)
    .AddTenancy()
    .AddAccounts(builder.Configuration, builder.Environment)
    .AddAppLocalization()
    .AddUserInterface()
    .AddFeatures()
    .AddOperations();

var app = builder.Build();

if (args.Contains("--migrate"))
{
    // Production deployments apply migrations as a separate step: `IntegrationHubs.Web --migrate`.
    await app.MigrateDatabaseAsync();
    return;
}

await app.PrepareDatabaseAsync();

app.UseClientAddress();
app.UseSecurityHeaders();
app.UseOperations();
app.UseAppLocalization();
app.UseHubResolution();
app.UseVisitorCache();
app.UseAccountRateLimits();
app.UseAuthentication();
app.UseAccountLanguage();
app.UseAuthenticationStateForEndpoints();
app.UseAuthorization();
app.UseAntiforgery();
app.UseApiPage();

app.MapStaticAssets();
app.MapOperations();
app.MapAccountEndpoints();
app.MapLocalizationEndpoints();
app.MapFeatureEndpoints();
app.MapUserInterface();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
