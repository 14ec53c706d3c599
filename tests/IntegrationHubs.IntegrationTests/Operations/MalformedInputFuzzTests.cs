using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Security.Claims;
using System.Text;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using Xunit.Abstractions;

namespace IntegrationHubs.IntegrationTests.Operations;

/// <summary>
/// Sends malformed values for every route and query parameter of every endpoint the app maps (read from its endpoint data
/// source: Razor component pages with their [SupplyParameterFromQuery] properties, minimal-API handlers with their
/// parameters), as a visitor and as a signed-in coordinator, plus malformed headers and form posts in an encoding nobody
/// supports. Bad input is the client's error: any 500, or any Error in the log, fails the test with the requests that
/// caused it. A new route or parameter is fuzzed the day it is mapped.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MalformedInputFuzzTests(AppFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>A bounded set: each is a class of input that broke something once (issue 14, item 13).</summary>
    private static readonly string[] Malformed =
    [
        "",
        "not-a-guid",
        "0001-01-01",
        "9999-12-31",
        "-1",
        "99999999999999999999",
        new string('x', 3000),
        "\t\n\r\0",
        "\u202E٣\U0001F600 Ünï",
        "/\t/evil.example",
        "<script>%",
    ];

    /// <summary>For route values, fewer: a value that is not a slug or an id ends in the router's or the hub lookup's 404.</summary>
    private static readonly string[] MalformedInPath = ["not-a-guid", new string('x', 3000), "\t\n\r", "\u202E٣\U0001F600 Ünï <script>%"];

    // The circuit's transport: no page of its own.
    private static readonly string[] Skipped = ["/_blazor", "/_blazor/negotiate", "/_blazor/initializers", "/_blazor/disconnect"];

    private readonly Arrange _arrange = new(fixture.App);
    private string _slug = default!;
    private string _coordinator = default!;

    /// <summary>One request: a GET, or a form post (with the client's current antiforgery token) of <paramref name="Form"/>.</summary>
    private sealed record Probe(string Method, string Url, string What, Action<HttpRequestMessage>? Shape = null,
        Dictionary<string, string>? Form = null, string Charset = "utf-8");

    private sealed record FuzzedEndpoint(string Pattern, string[] Methods, RoutePattern Route, List<string> Query, List<string> Form);

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        var hub = await _arrange.HubAsync("Fuzz Hub");
        _slug = hub.Slug;
        var coordinator = await _arrange.MemberAsync(hub, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        await _arrange.NetworkAdminAsync(coordinator);
        _coordinator = coordinator.Email!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryRouteAndQueryParameter_WithMalformedValues_IsNeverAnsweredWith500_NorLoggedAsError()
    {
        var clock = Stopwatch.StartNew();
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(40, "the fuzz found too few endpoints to mean anything");
        endpoints.Sum(e => e.Query.Count).ShouldBeGreaterThan(20, "the fuzz found too few query parameters to mean anything");
        var failures = new ConcurrentBag<string>();
        var sent = 0;

        using var visitor = new FormClient(fixture.App);
        using var coordinator = new FormClient(fixture.App);
        await coordinator.SignInOrFailAsync(_coordinator);
        fixture.App.Logs.Clear();

        foreach (var (who, client) in new[] { ("visitor", visitor), ("coordinator", coordinator) })
        {
            var token = await AntiforgeryTokenAsync(client);
            var probes = endpoints.SelectMany(Probes).ToList();
            async Task ProbeAsync(Probe probe)
            {
                Interlocked.Increment(ref sent);
                var (status, thrown) = await SendAsync(client, probe, token);
                if (status >= 500)
                {
                    failures.Add($"{who}: {probe.Method} {Shorten(probe.Url)} [{probe.What}] → {status} {thrown}");
                }
            }

            await Parallel.ForEachAsync(probes.Where(p => p.Form is null), new ParallelOptions { MaxDegreeOfParallelism = 4 }, (probe, _) => new(ProbeAsync(probe)));

            // Posts one by one: a valid sign-out ends the session (and its token), so the coordinator signs in again after it.
            foreach (var probe in probes.Where(p => p.Form is not null))
            {
                await ProbeAsync(probe);
                if (client == coordinator && !client.SignedIn)
                {
                    await client.SignInOrFailAsync(_coordinator);
                    token = await AntiforgeryTokenAsync(client);
                }
            }
        }

        var errors = fixture.App.Logs.Events.Where(e => e.Level >= LogEventLevel.Error)
            .Select(e => $"logged {e.Level}: {Shorten(e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))} {e.Properties.GetValueOrDefault("RequestPath")} {e.Exception?.GetType().Name}: {Shorten(e.Exception?.Message ?? "")}")
            .Distinct().ToList();
        output.WriteLine($"{sent} requests to {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:0.0} s");
        var all = failures.Order().Concat(errors).ToList();
        all.ShouldBeEmpty($"{all.Count} requests with malformed input were answered with 500 or logged as errors:\n{string.Join("\n", all)}");
    }

    /// <summary>Every route endpoint but static files and the circuit's transport, with the parameters it reads from the request.</summary>
    private List<FuzzedEndpoint> Endpoints()
    {
        var services = fixture.App.Services;
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var list = new List<FuzzedEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null || Skipped.Contains(pattern, StringComparer.OrdinalIgnoreCase)
                || pattern.Contains("**", StringComparison.Ordinal))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? [HttpMethods.Get];
            var query = new List<string>();
            var form = new List<string>();
            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
            {
                query.AddRange(component.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                    .Where(p => p.Attribute is not null)
                    .Select(p => p.Attribute!.Name ?? p.Property.Name));
            }
            else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler)
            {
                var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var parameter in handler.GetParameters())
                {
                    if (parameter.GetCustomAttribute<FromFormAttribute>() is { } fromForm)
                    {
                        form.Add(fromForm.Name ?? parameter.Name!);
                    }
                    else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
                    {
                        query.Add(fromQuery.Name ?? parameter.Name!);
                    }
                    else if (!routeNames.Contains(parameter.Name!) && IsBoundFromQuery(parameter, isService))
                    {
                        query.Add(parameter.Name!);
                    }
                }
            }

            list.Add(new(pattern, methods, endpoint.RoutePattern, query, form));
        }

        list = [.. list.DistinctBy(e => e.Pattern + string.Join(",", e.Methods))];
        foreach (var e in list)
        {
            output.WriteLine($"{string.Join(",", e.Methods)} {e.Pattern} query: {string.Join(",", e.Query)} form: {string.Join(",", e.Form)}");
        }

        return list;
    }

    /// <summary>A minimal-API parameter without attributes that is not a service nor a special type is bound from the query string.</summary>
    private static bool IsBoundFromQuery(ParameterInfo parameter, IServiceProviderIsService isService)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.GetCustomAttribute<FromServicesAttribute>() is not null || isService.IsService(parameter.ParameterType)
            || type == typeof(HttpContext) || type == typeof(CancellationToken) || type == typeof(ClaimsPrincipal)
            || type == typeof(HttpRequest) || type == typeof(HttpResponse))
        {
            return false;
        }

        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(decimal) || type == typeof(TimeOnly);
    }

    /// <summary>
    /// For each route parameter: each malformed value with the other parameters valid. For each query and form parameter:
    /// each malformed value with the route valid. Plus malformed headers on the plain address and, for form posts, a body
    /// in an encoding nobody supports.
    /// </summary>
    private IEnumerable<Probe> Probes(FuzzedEndpoint endpoint)
    {
        var valid = Fill(endpoint.Route, null, null);
        var gets = endpoint.Methods.Contains(HttpMethods.Get);
        var posts = endpoint.Methods.Contains(HttpMethods.Post);
        foreach (var parameter in endpoint.Route.Parameters)
        {
            // No NUL: servers refuse it in a path before the app sees the request.
            foreach (var value in MalformedInPath)
            {
                var url = Fill(endpoint.Route, parameter.Name, value);
                if (gets)
                {
                    yield return new(HttpMethods.Get, url, $"route {parameter.Name}");
                }
                else if (posts)
                {
                    yield return new(HttpMethods.Post, url, $"route {parameter.Name}", Form: []);
                }
            }
        }

        // Each query parameter malformed in turn, the page's other parameters present with a plain word, so a check that
        // needs two of them (a confirmation link's user and code) is reached.
        foreach (var name in endpoint.Query)
        {
            foreach (var value in Malformed)
            {
                var url = valid + "?" + string.Join("&", endpoint.Query.Select(q => $"{Uri.EscapeDataString(q)}={Uri.EscapeDataString(q == name ? value : "x")}"));
                yield return gets ? new(HttpMethods.Get, url, $"query {name}") : new(HttpMethods.Post, url, $"query {name}", Form: []);
            }
        }

        foreach (var name in endpoint.Form)
        {
            foreach (var value in Malformed)
            {
                var fields = endpoint.Form.ToDictionary(f => f, f => f == name ? value : "de");
                yield return new(HttpMethods.Post, valid, $"form {name}", Form: fields);
            }
        }

        if (gets)
        {
            yield return new(HttpMethods.Get, valid, "Host header", r => r.Headers.TryAddWithoutValidation("Host", "[::1"));
            yield return new(HttpMethods.Get, valid, "Host header", r => r.Headers.TryAddWithoutValidation("Host", "localhost:99999"));
            yield return new(HttpMethods.Get, valid, "Accept-Language", r => r.Headers.TryAddWithoutValidation("Accept-Language", "xx-\u00ff-zz;q=oops, *;q=2, " + new string('a', 300)));
        }

        if (posts)
        {
            var fields = endpoint.Form.ToDictionary(f => f, _ => "de");
            yield return new(HttpMethods.Post, valid, "charset=utf-7", Form: fields, Charset: "utf-7");
            yield return new(HttpMethods.Post, valid, "charset=nonsense", Form: fields, Charset: "x-nonsense");
        }
    }

    /// <summary>The route filled with values that exist where it matters (the hub's slug), <paramref name="value"/> for <paramref name="fuzzed"/>.</summary>
    private string Fill(RoutePattern route, string? fuzzed, string? value)
    {
        var url = new StringBuilder();
        foreach (var segment in route.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when parameter.Name == fuzzed => Uri.EscapeDataString(value!),
                    RoutePatternParameterPart parameter when parameter.Name.Equals("slug", StringComparison.OrdinalIgnoreCase) => _slug,
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
                    RoutePatternParameterPart => "x",
                    _ => "",
                });
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static async Task<(int Status, string? Thrown)> SendAsync(FormClient client, Probe probe, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
        probe.Shape?.Invoke(request);
        if (probe.Form is not null)
        {
            var body = string.Join("&", probe.Form.Append(new("__RequestVerificationToken", token))
                .Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", $"application/x-www-form-urlencoded; charset={probe.Charset}");
        }

        try
        {
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode, null);
        }
        catch (Exception ex) when (ex is not ShouldAssertException)
        {
            // The in-memory server rethrows what the app let escape (Development has no exception handler page for it).
            return (500, $"{ex.GetType().Name}: {Shorten(ex.Message)}");
        }
    }

    /// <summary>A valid antiforgery token for this client, from the first page's form that carries one.</summary>
    private static async Task<string> AntiforgeryTokenAsync(FormClient client)
    {
        foreach (var url in new[] { "/privacy", "/Account/ForgotPassword", "/me/profile" })
        {
            var page = await client.GetPageAsync(url);
            if (Html.Forms(page.Html).Select(f => f.Fields.GetValueOrDefault("__RequestVerificationToken")).FirstOrDefault(t => t is not null) is { } token)
            {
                return token;
            }
        }

        throw new InvalidOperationException("No page gave an antiforgery token.");
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
