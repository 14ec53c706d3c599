using FluentValidation;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace IntegrationHubs.Web.Components.Shared;

/// <summary>
/// The base of every feature component (set in Features/_Imports.razor). In an interactive circuit, an exception escaping
/// an event handler (a click, a submit) terminates the circuit: the page greys out for good, without a word. Here every
/// event handler of the component runs under one guard instead: a refusal the server decided (the record is gone, someone
/// changed it meanwhile, a domain rule) or a failure (the database is down) becomes a localized message, the page re-renders
/// and stays usable, and what the person typed stays where it is. Statically rendered pages rethrow, so the error page answers.
/// </summary>
public abstract partial class ActionComponentBase : ComponentBase, IHandleEvent, IHandleAfterRender
{
    private bool _rendered;
    private string? _loadedAt;

    /// <summary>Present only while rendering a request statically; an interactive circuit has none.</summary>
    [CascadingParameter]
    private HttpContext? RequestContext { get; set; }

    [Inject]
    private ISnackbar ActionSnackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Strings> ActionStrings { get; set; } = default!;

    [Inject]
    private ILoggerFactory ActionLoggers { get; set; } = default!;

    [Inject]
    private IJSRuntime ActionJs { get; set; } = default!;

    [Inject]
    private NavigationManager ActionNavigation { get; set; } = default!;

    /// <summary>
    /// As ComponentBase does, and then a page that has finished loading in its circuit says so once more after it rendered
    /// (see <see cref="IHandleAfterRender.OnAfterRenderAsync"/>): each time its parameters are set, e.g. when the address
    /// changed inside the circuit, not only the first time, whose first render still shows the loading state — and only
    /// when it holds the route values of the address shown, not while a navigation's new page is still on its way.
    /// </summary>
    public override async Task SetParametersAsync(ParameterView parameters)
    {
        await base.SetParametersAsync(parameters);
        if (RequestContext is null && IsPage)
        {
            var address = Address();
            var query = address.IndexOf('?', StringComparison.Ordinal);
            if (RenderedAddress.Holds(this, query < 0 ? address : address[..query]))
            {
                _loadedAt = address;
                StateHasChanged();
            }
        }
    }

    /// <summary>The address as the browser wrote it (path and query, no fragment), e.g. <c>/dashboard?period=2026</c>.</summary>
    private string Address()
    {
        var uri = ActionNavigation.Uri;
        var fragment = uri.IndexOf('#', StringComparison.Ordinal);
        return "/" + ActionNavigation.ToBaseRelativePath(fragment < 0 ? uri : uri[..fragment]);
    }

    private bool IsPage => GetType().IsDefined(typeof(RouteAttribute), inherit: false);

    /// <summary>
    /// As ComponentBase does, and then, once a page's circuit has loaded and rendered it, the document says so
    /// (window.ihInteractiveAt and data-interactive, the address it holds for): a click on the prerendered page, or on the page still loading, is
    /// lost, so whoever drives the page (a browser test, a script) waits for the mark instead of clicking again and again.
    /// </summary>
    async Task IHandleAfterRender.OnAfterRenderAsync()
    {
        var firstRender = !_rendered;
        _rendered = true;
        OnAfterRender(firstRender);
        await OnAfterRenderAsync(firstRender);
        if (_loadedAt is { } address)
        {
            _loadedAt = null;
            try
            {
                await ActionJs.InvokeVoidAsync("ihInteractive", address);
            }
            catch (Exception ex) when (ex is JSDisconnectedException or JSException or TaskCanceledException)
            {
                // The page went away meanwhile, or the script is not there: nothing waits for the mark then.
            }
        }
    }

    /// <summary>
    /// Tells the page that its form (marked <c>data-ih-draft</c>) was saved: the copy of the unsaved input that
    /// wwwroot/js/drafts.js keeps for a reload is dropped, so a reload does not bring back what is saved already (decision 0034).
    /// </summary>
    protected async Task DraftSavedAsync()
    {
        if (RequestContext is not null)
        {
            return;
        }

        try
        {
            await ActionJs.InvokeVoidAsync("ihDrafts.saved");
        }
        catch (Exception ex) when (ex is JSDisconnectedException or JSException or TaskCanceledException or InvalidOperationException)
        {
            // The page went away meanwhile, or it is rendered without a browser (a component test): no copy to drop.
        }
    }

    async Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg)
    {
        Task? task = null;
        try
        {
            task = callback.InvokeAsync(arg);
            if (!task.IsCompleted)
            {
                // As ComponentBase does: show the "saving" state while the handler waits.
                StateHasChanged();
            }

            await task;
        }
        catch (OperationCanceledException) when (task is { IsCanceled: true })
        {
            // As ComponentBase does: an action called off (the page is going away) changes nothing to show.
            return;
        }
        catch (Exception failure) when (RequestContext is null)
        {
            Report(failure);
        }

        StateHasChanged();
    }

    private void Report(Exception failure)
    {
        var (message, severity) = Explain(failure, ActionStrings);
        var logger = ActionLoggers.CreateLogger(GetType());
        var component = GetType().Name;
        if (severity == Severity.Error)
        {
            LogFailed(logger, failure, component);
        }
        else
        {
            LogRefused(logger, component, failure.Message);
        }

        ActionSnackbar.Add(message, severity);
    }

    public const string ActionFailedKey = "Error.ActionFailed";
    public const string GoneMeanwhileKey = "Error.GoneMeanwhile";
    public const string ChangedMeanwhileKey = "Error.ChangedMeanwhile";

    /// <summary>What to tell the person: the server's refusals are warnings, anything else an error worth a log line.</summary>
    internal static (string Message, Severity Severity) Explain(Exception failure, IStringLocalizer strings)
    {
        var refusal = failure switch
        {
            NotFoundException => strings[GoneMeanwhileKey],
            DbUpdateConcurrencyException => strings[ChangedMeanwhileKey],
            DomainException refused => strings[refused.Code],
            _ => null,
        };
        if (refusal is { ResourceNotFound: false })
        {
            return (refusal.Value, Severity.Warning);
        }

        // FluentValidation's messages are already the localized text of the field's rule.
        if (failure is ValidationException { Errors: var errors } && errors.FirstOrDefault()?.ErrorMessage is { Length: > 0 } invalid)
        {
            return (invalid, Severity.Warning);
        }

        return (strings[ActionFailedKey].Value, Severity.Error);
    }

    [LoggerMessage(LogLevel.Error, "An action on {Component} failed")]
    private static partial void LogFailed(ILogger logger, Exception failure, string component);

    [LoggerMessage(LogLevel.Information, "An action on {Component} was refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string component, string reason);
}
