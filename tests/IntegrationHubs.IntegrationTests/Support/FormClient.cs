using System.Net;
using System.Net.Http.Headers;
using IntegrationHubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>A page as the browser ends up seeing it.</summary>
public sealed record Page(HttpStatusCode Status, string Html, string PathAndQuery)
{
    public string Text => Support.Html.Text(Html);

    public HtmlForm Form(string handler) =>
        Support.Html.Forms(Html).SingleOrDefault(f => f.Handler == handler)
            ?? throw new InvalidOperationException($"No form '{handler}' on {PathAndQuery} ({(int)Status}).");
}

/// <summary>
/// Talks to the app as a browser does with JavaScript off: keeps cookies, reads a form's
/// antiforgery token and <c>_handler</c> from the page before posting it, and follows redirects
/// only when asked, so tests can look at each one.
/// </summary>
public sealed class FormClient : IDisposable
{
    public const string SessionCookie = ".IntegrationHubs.Session";

    private readonly HttpClient _http;

    public FormClient(HubsAppFactory app, string? acceptLanguage = null)
    {
        _http = app.CreateDefaultClient(new CookieContainerHandler(Cookies));
        if (acceptLanguage is not null)
        {
            _http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        }
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>A header sent with every request from now on, e.g. the X-Forwarded-For a reverse proxy adds.</summary>
    public void AddHeader(string name, string value) => _http.DefaultRequestHeaders.Add(name, value);

    public Uri BaseAddress => _http.BaseAddress!;

    public bool HasCookie(string name) => Cookies.GetCookies(BaseAddress)[name] is { Expired: false, Value.Length: > 0 };

    public bool SignedIn => HasCookie(SessionCookie);

    /// <summary>One GET, no redirect followed.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(ToRelative(url));

    /// <summary>One raw POST, no token added, no redirect followed.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => _http.PostAsync(ToRelative(url), content);

    /// <summary>One request as built by the caller (its own headers and body), with this client's cookies; no redirect followed.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>A GET with its redirects followed, as a browser would.</summary>
    public async Task<Page> GetPageAsync(string url) => await FollowAsync(await GetAsync(url));

    /// <summary>Opens <paramref name="pageUrl"/>, fills the form named <paramref name="handler"/> and posts it (no redirect followed).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string handler, IReadOnlyDictionary<string, string?> fields)
    {
        var page = await GetPageAsync(pageUrl);
        return await PostFormAsync(page.PathAndQuery, page.Form(handler), fields);
    }

    /// <summary>Opens <paramref name="pageUrl"/> and posts the form that posts to <paramref name="action"/> (no redirect followed).</summary>
    public async Task<HttpResponseMessage> SubmitToAsync(string pageUrl, string action, IReadOnlyDictionary<string, string?> fields)
    {
        var page = await GetPageAsync(pageUrl);
        var form = Html.Forms(page.Html).FirstOrDefault(f => f.Action == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        return await PostFormAsync(page.PathAndQuery, form, fields);
    }

    /// <summary>Posts <paramref name="form"/> with its rendered values (token, handler, hidden inputs) overlaid by <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, HtmlForm form, IReadOnlyDictionary<string, string?> fields)
    {
        var values = new Dictionary<string, string>(form.Fields, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                values.Remove(name);
            }
            else
            {
                values[name] = value;
            }
        }

        // A form without an action posts back to the page it came from, query string included.
        var target = string.IsNullOrEmpty(form.Action) ? pageUrl : form.Action;
        using var content = new FormUrlEncodedContent(values);
        return await _http.PostAsync(ToRelative(target), content);
    }

    /// <summary>Follows redirects (at most ten) and reads the final page.</summary>
    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        var current = response;
        for (var hops = 0; IsRedirect(current.StatusCode); hops++)
        {
            if (hops == 10)
            {
                throw new InvalidOperationException("More than ten redirects.");
            }

            var location = current.Headers.Location ?? throw new InvalidOperationException("A redirect without a Location.");
            current.Dispose();
            current = await GetAsync(location.ToString());
        }

        using (current)
        {
            return new Page(current.StatusCode, await current.Content.ReadAsStringAsync(), current.RequestMessage!.RequestUri!.PathAndQuery);
        }
    }

    /// <summary>The local target of a redirect, e.g. "/Account/Lockout".</summary>
    public static string RedirectTarget(HttpResponseMessage response)
    {
        IsRedirect(response.StatusCode).ShouldBeTrue($"expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    private string ToRelative(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? (absolute.Authority == BaseAddress.Authority ? absolute.PathAndQuery : throw new InvalidOperationException($"Refusing to leave the app for {url}."))
            : url;

    public void Dispose() => _http.Dispose();
}
