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

/// <summary>
/// Refuses, before anything reads them, requests whose framing no part of the app can work with: a Host header that is
/// no host (Blazor builds every page's base address from it, and <see cref="Uri"/> threw for "[::1" or a port past
/// 65535), and a body in a character set .NET does not decode (a form posted as charset=utf-7 threw where the form was
/// first read: antiforgery, Blazor's form binding). 400 and 415, logged as refusals like <see cref="ClientErrorMiddleware"/>'s.
/// </summary>
internal sealed partial class MalformedRequestMiddleware(RequestDelegate next, ILogger<MalformedRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var refusal = HostRefusal(context.Request) is { } host ? (StatusCodes.Status400BadRequest, host)
            : CharsetRefusal(context.Request.ContentType) is { } charset ? (StatusCodes.Status415UnsupportedMediaType, charset)
            : ((int Status, string Reason)?)null;
        if (refusal is not { } refused)
        {
            await next(context);
            return;
        }

        LogRefused(logger, context.Request.Method, context.Request.Path, refused.Status, refused.Reason);
        context.Response.StatusCode = refused.Status;
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Detail = refused.Reason } }))
        {
            await context.Response.WriteAsync(refused.Reason);
        }
    }

    internal static string? HostRefusal(HttpRequest request) =>
        request.Host.HasValue && !Uri.TryCreate($"{request.Scheme}://{request.Host.Value}/", UriKind.Absolute, out _)
            ? "The Host header is not a host name." : null;

    internal static string? CharsetRefusal(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
            || media.Charset is not { Length: > 0 } charset)
        {
            return null;
        }

        try
        {
            // UTF-7 is refused outright: .NET no longer decodes it (SYSLIB0001), and it smuggles markup past filters.
            return System.Text.Encoding.GetEncoding(charset.ToString().Trim('"')).CodePage == 65000 ? Unsupported(charset) : null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Unsupported(charset);
        }

        static string Unsupported(Microsoft.Extensions.Primitives.StringSegment charset) => $"The character set '{charset}' is not supported; send UTF-8.";
    }

    [LoggerMessage(LogLevel.Information, "Refused {Method} {Path} with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, int status, string reason);
}
