using System.Net;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Operations;

[Collection(SecondAppCollection.Name)]
public sealed class SecurityHeadersTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/api/v1/hubs", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/api/index.html", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/hubs/no-such-hub/events", HttpStatusCode.NotFound)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(status);
        var csp = Header(response, "Content-Security-Policy");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("style-src 'self' 'unsafe-inline'");
        csp.ShouldContain("connect-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("base-uri 'self'");
        csp.ShouldContain("form-action 'self'");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("same-origin");
        Header(response, "Permissions-Policy").ShouldContain("camera=()");
    }

    [Fact]
    public async Task Page_HasNoInlineScript_TheContentSecurityPolicyWouldRefuse()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync("/");

        // Every <script> names its source; an inline one (such as an import map) would be blocked by script-src 'self'.
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").ShouldBeEmpty();
    }

    [Fact]
    public async Task JsonApi_EscapesMarkupInPeoplesWords()
    {
        await fixture.App.ResetDatabaseAsync();
        await new Support.Arrange(fixture.App).HubAsync("<script>alert(1)</script>");
        using var client = fixture.App.CreateClient();

        var body = await client.GetStringAsync("/api/v1/hubs");

        body.ShouldNotContain("<script>");
        body.ShouldContain("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new ShouldAssertException($"{name} is missing on {response.RequestMessage!.RequestUri} ({(int)response.StatusCode})");
}
