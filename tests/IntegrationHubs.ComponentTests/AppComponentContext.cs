using System.Globalization;
using FluentValidation;
using IntegrationHubs.Web.Features.Account;
using IntegrationHubs.Web.Features.Me;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace IntegrationHubs.ComponentTests;

/// <summary>
/// A bunit context set up like the app: MudBlazor services with zero transitions, the real resource
/// strings, the real validators, and a fixed UI culture so assertions can name the text a person reads.
/// </summary>
public abstract class AppComponentContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _previousUi = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

    protected AppComponentContext(string culture = "de")
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;

        // bunit waits one second by default for a render to arrive; on two cores that also run PostgreSQL, the app and
        // Chromium for the other suites, a render can take longer without anything being wrong.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddLocalization();
        Services.AddScoped<IValidator<UpdateMyProfile.Command>, UpdateMyProfile.Validator>();
        Services.AddScoped<IValidator<SignInInput>, SignInInputValidator>();
        Services.AddScoped<IValidator<RegisterInput>, RegisterInputValidator>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously; xunit calls this before Dispose.</summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _previousUi;
        CultureInfo.CurrentCulture = _previous;
        await base.DisposeAsync();
    }
}
