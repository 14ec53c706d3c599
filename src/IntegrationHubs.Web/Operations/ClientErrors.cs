using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationHubs.Web.Operations;

/// <summary>
/// What a client got wrong is the client's error, not the server's: a form without a valid antiforgery token, a body that
/// is not what the endpoint reads (both <see cref="BadHttpRequestException"/>), a request the client gave up on. These
/// are answered (400, or nothing for a client that left) and logged as one line at Information with no stack trace.
/// Before, a form post without a token was re-run for the status code page, which read the refused form again and threw:
/// an Error with a stack trace (then the error page failing the same way), by anyone who cares to post a form.
/// </summary>
internal sealed partial class ClientErrorMiddleware(RequestDelegate next, ILogger<ClientErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        try
        {
            await next(context);
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
            {
                LogRefused(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode, antiforgery.Error?.Message ?? "invalid antiforgery token");

                // Re-running the request for a status page would read its form again, which throws for a form whose token
                // failed: that was a 500 with a stack trace in the log (and the error page failing the same way).
                DisableStatusCodePages(context);
            }
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode < 500 && !context.Response.HasStarted)
        {
            LogRefused(logger, context.Request.Method, context.Request.Path, refused.StatusCode, refused.Message);
            context.Response.Clear();
            context.Response.StatusCode = refused.StatusCode;
            DisableStatusCodePages(context);
            if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context }))
            {
                // Written, so the status code pages do not re-run the refused request.
                await context.Response.WriteAsync("Bad request.");
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogGone(logger, context.Request.Method, context.Request.Path);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            }
        }
    }

    private static void DisableStatusCodePages(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Refused {Method} {Path} with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, int status, string reason);

    [LoggerMessage(LogLevel.Information, "The client gave up on {Method} {Path}")]
    private static partial void LogGone(ILogger logger, string method, PathString path);
}
