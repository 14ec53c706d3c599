using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace IntegrationHubs.Web.Operations;

/// <summary>
/// Where people reach the app, e.g. https://hubs.example.org/ (App:PublicBaseUrl). Every absolute link the app hands out
/// (account mail, invitations, reminders, notifications, API <c>url</c> fields, calendar feeds) starts with it, never with
/// the Host header of the request at hand: a request naming evil.example must not make a reset link point there.
/// See docs/decisions/0023-one-public-address.md.
/// </summary>
public sealed class PublicAddress
{
    public const string ConfigurationKey = "App:PublicBaseUrl";

    private readonly Lazy<Uri> _baseUri;

    /// <param name="configured">App:PublicBaseUrl, when set.</param>
    /// <param name="server">In Development without a setting: the address the server is bound to.</param>
    public PublicAddress(Uri? configured, IServer? server = null) =>
        _baseUri = new Lazy<Uri>(() => configured ?? BoundAddress(server));

    /// <summary>The base, always ending in a slash.</summary>
    public Uri BaseUri => _baseUri.Value;

    /// <summary>An absolute link to an app path such as "/events/{id}" or "Account/ResetPassword".</summary>
    public string Link(string path) => new Uri(BaseUri, path.TrimStart('/')).AbsoluteUri;

    /// <summary>Reads and checks App:PublicBaseUrl: an absolute http(s) address without query or fragment; null when unset.</summary>
    public static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an absolute http(s) address such as https://hubs.example.org/, not '{value}'.");
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static Uri BoundAddress(IServer? server)
    {
        // The in-memory test server has no addresses; its clients use http://localhost/.
        var bound = server?.Features.Get<IServerAddressesFeature>()?.Addresses
            .OrderByDescending(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        if (bound is null)
        {
            return new Uri("http://localhost/");
        }

        // "http://+:5000", "http://*:5000" and "http://0.0.0.0:5000" listen everywhere; a browser on this machine uses localhost.
        var builder = new UriBuilder(bound.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]")
        {
            builder.Host = "localhost";
        }

        builder.Path = "/";
        return builder.Uri;
    }
}

public static class PublicAddressExtensions
{
    /// <summary>Proxies, besides loopback, whose X-Forwarded-For and X-Forwarded-Proto are believed: comma-separated addresses.</summary>
    public const string TrustedProxiesKey = "App:TrustedProxies";

    /// <summary>
    /// App:PublicBaseUrl is required outside Development (the app does not start without it); in Development it defaults
    /// to the bound address. AllowedHosts, when not configured, is narrowed outside Development to the public host.
    /// </summary>
    public static void AddPublicAddress(this WebApplicationBuilder builder)
    {
        var configured = PublicAddress.Parse(builder.Configuration[PublicAddress.ConfigurationKey]);
        if (configured is null && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{PublicAddress.ConfigurationKey} is not set. Set it to where people reach the app, e.g. https://hubs.example.org/ "
                + "(environment variable App__PublicBaseUrl); links in mails and the API are built from it.");
        }

        builder.Services.AddSingleton(sp => new PublicAddress(configured, sp.GetService<IServer>()));

        // Behind the reverse proxy that ends TLS, the client's address and scheme arrive in X-Forwarded-For and
        // X-Forwarded-Proto. Unread, every client would look like the proxy to the sign-in rate limit (one bucket for
        // everyone) and plain HTTP to the HTTPS redirect. Only loopback and the proxies named in App:TrustedProxies are
        // believed, so a client cannot pick its own address; the Host header stays the one host filtering checks.
        // Parsed here, at start, so a mistyped address stops the app with its name instead of failing every request.
        var trusted = (builder.Configuration[TrustedProxiesKey] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(proxy => IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{TrustedProxiesKey} holds \"{proxy}\", which is not an IP address."))
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in trusted)
            {
                options.KnownProxies.Add(proxy);
            }
        });

        // Host filtering: "*" in Development (appsettings.Development.json); elsewhere the configured AllowedHosts, or else
        // only the public host, so a request for another name is answered 400 before any page sees it.
        if (configured is not null && string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            // Runs after the host's own default, which would otherwise allow "*".
            builder.Services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = [configured.Host]);
        }
    }

    /// <summary>First in the pipeline: everything after it (HTTPS redirect, logging, rate limits) sees the real client.</summary>
    public static void UseClientAddress(this WebApplication app) => app.UseForwardedHeaders();
}
