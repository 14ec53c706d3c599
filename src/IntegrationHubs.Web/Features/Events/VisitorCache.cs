using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// Marks a hub's endpoint or static page whose answer is the same for every visitor (not signed in) in one language:
/// <see cref="VisitorCacheMiddleware"/> serves it from memory, and a change to the hub's events evicts it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CachedForVisitorsAttribute : Attribute;

/// <summary>
/// Serves <see cref="CachedForVisitorsAttribute"/> answers of a hub to visitors from the output cache store, tagged
/// <see cref="PublicEventsCache.Tag"/>. It stands before sign-in is read, so a hit costs no more than the language and
/// the hub. ASP.NET Core's output cache middleware cannot serve the Blazor page: every server-rendered page carries the
/// visitor's own antiforgery token (in a cookie and in the persisted component state), and that middleware rightly refuses
/// a response that sets a cookie. These pages have no interactive component and no form that posts, so the token is never
/// used: the stored copy leaves it out, and the visitor whose request rendered the page keeps their cookie. Anyone who
/// carries a sign-in cookie, and Blazor's enhanced navigation, always get a fresh answer.
/// </summary>
public sealed class VisitorCacheMiddleware(
    RequestDelegate next, IOutputCacheStore store, IOptionsMonitor<CookieAuthenticationOptions> cookies, TimeProvider time)
{
    // Response headers worth replaying on a hit; cookies, caching and length headers belong to the render that made the copy.
    private static readonly string[] KeptHeaders = ["Content-Type", "Content-Security-Policy", "X-Frame-Options"];

    private const string ComponentStateStart = "<!--Blazor-Server-Component-State:";
    private const string InteractiveMarker = "<!--Blazor:{";

    public async Task InvokeAsync(HttpContext context, HubContext hub)
    {
        if (!IsCacheable(context) || hub.HubId is not { } hubId)
        {
            await next(context);
            return;
        }

        var key = Key(context, hubId);
        if (await store.GetAsync(key, context.RequestAborted) is { } stored && StoredAnswer.TryRead(stored, out var answer))
        {
            await answer.WriteAsync(context.Response, time.GetUtcNow(), context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode == StatusCodes.Status200OK && Shareable(context.Response.ContentType, body) is { } shared)
        {
            var headers = KeptHeaders.Where(context.Response.Headers.ContainsKey).Select(h => (h, context.Response.Headers[h].ToString()));
            var entry = new StoredAnswer([.. headers], time.GetUtcNow(), shared);
            await store.SetAsync(key, entry.ToBytes(), [PublicEventsCache.Tag(hubId)], PublicEventsCache.Lifetime, context.RequestAborted);
            body = shared;
            context.Response.ContentLength = body.Length;
        }

        // An empty answer (a 404 that the status-code pages fill in afterwards) is left as it is.
        if (body.Length > 0)
        {
            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    private bool IsCacheable(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<CachedForVisitorsAttribute>() is not null
        && !context.Request.Headers.ContainsKey("Authorization")
        && !context.Request.Headers.ContainsKey("blazor-enhanced-nav")
        && !context.Request.Cookies.ContainsKey(cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "");

    // The language, the hub itself (a slug given up and taken again is another hub) and the path with its query. Not the
    // Host header: absolute links come from the configured public address, and a key per made-up host would let anyone
    // fill the cache with copies.
    private static string Key(HttpContext context, Guid hubId) =>
        $"visitor|{hubId:N}|{CultureInfo.CurrentUICulture.Name}|{context.Request.Path}{context.Request.QueryString}";

    /// <summary>
    /// What may go to every visitor: the answer itself, or a page without its persisted component state (the per-visitor
    /// antiforgery token); null for a page that holds an interactive component after all, which needs its own state.
    /// </summary>
    internal static byte[]? Shareable(string? contentType, byte[] body)
    {
        if (contentType is null || !contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var html = Encoding.UTF8.GetString(body);
        if (html.Contains(InteractiveMarker, StringComparison.Ordinal))
        {
            return null;
        }

        var start = html.IndexOf(ComponentStateStart, StringComparison.Ordinal);
        if (start < 0)
        {
            return body;
        }

        var end = html.IndexOf("-->", start, StringComparison.Ordinal);
        return end < 0 ? null : Encoding.UTF8.GetBytes(string.Concat(html.AsSpan(0, start), html.AsSpan(end + 3)));
    }

    /// <summary>A stored answer: when it was stored, a few header lines, a blank line, then the body.</summary>
    internal sealed record StoredAnswer(IReadOnlyList<(string Name, string Value)> Headers, DateTimeOffset StoredAt, ReadOnlyMemory<byte> Body)
    {
        private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

        public byte[] ToBytes()
        {
            var head = Encoding.UTF8.GetBytes(string.Concat(Headers.Select(h => $"{h.Name}: {h.Value}\n")) + "\n");
            var bytes = new byte[sizeof(long) + head.Length + Body.Length];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, StoredAt.ToUnixTimeMilliseconds());
            head.CopyTo(bytes, sizeof(long));
            Body.Span.CopyTo(bytes.AsSpan(sizeof(long) + head.Length));
            return bytes;
        }

        public static bool TryRead(byte[] bytes, out StoredAnswer answer)
        {
            answer = new StoredAnswer([], default, ReadOnlyMemory<byte>.Empty);
            var milliseconds = bytes.Length < sizeof(long) ? -1 : BinaryPrimitives.ReadInt64LittleEndian(bytes);
            if (milliseconds < 0 || milliseconds > MaxUnixMilliseconds)
            {
                return false;
            }

            var storedAt = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            var headers = new List<(string, string)>();
            var position = sizeof(long);
            while (Array.IndexOf(bytes, (byte)'\n', position) is var end and >= 0)
            {
                if (end == position)
                {
                    // The body stays where it is: a hit copies nothing.
                    answer = new StoredAnswer(headers, storedAt, bytes.AsMemory(end + 1));
                    return true;
                }

                var line = Encoding.UTF8.GetString(bytes, position, end - position);
                if (line.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
                {
                    headers.Add((line[..colon], line[(colon + 2)..]));
                }

                position = end + 1;
            }

            return false;
        }

        public async Task WriteAsync(HttpResponse response, DateTimeOffset now, CancellationToken ct)
        {
            foreach (var (name, value) in Headers)
            {
                response.Headers[name] = value;
            }

            // Age says it comes from a cache (RFC 9111); browsers ask again each time, as the copy may go at any moment.
            response.Headers.Age = ((long)Math.Max(0, (now - StoredAt).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-cache";
            response.ContentLength = Body.Length;
            await response.Body.WriteAsync(Body, ct);
        }
    }
}

public static class VisitorCacheExtensions
{
    /// <summary>After the language and the hub are known, before sign-in is read: a hit costs neither.</summary>
    public static IApplicationBuilder UseVisitorCache(this IApplicationBuilder app) => app.UseMiddleware<VisitorCacheMiddleware>();
}
