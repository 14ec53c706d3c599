using IntegrationHubs.Web.Security;

namespace IntegrationHubs.UnitTests.Security;

/// <summary>The allow-list itself, on HTML that did not come from Markdown (what any future rich text would hand it).</summary>
public sealed class SafeHtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\"  JAVASCRIPT:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\"vbscript:x\">x</a>", "vbscript:")]
    [InlineData("<a href=\"data:text/html,&lt;script&gt;\">x</a>", "data:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>", "style")]
    [InlineData("<form action=\"https://evil.example\"><button>x</button></form>", "<form")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>", "onclick")]
    public void Sanitize_RemovesWhatIsNotAllowed(string html, string forbidden) =>
        SafeHtml.Sanitize(html).ToLowerInvariant().ShouldNotContain(forbidden);

    [Fact]
    public void Sanitize_KeepsAllowedElementsAndText() =>
        SafeHtml.Sanitize("<h2>Phase</h2><p><strong>zuhören</strong> <a href=\"/hubs/x\">hier</a></p>")
            .ShouldBe("<h2>Phase</h2><p><strong>zuhören</strong> <a href=\"/hubs/x\">hier</a></p>");

    [Fact]
    public void Sanitize_EmptyInput_GivesEmptyOutput()
    {
        SafeHtml.Sanitize(null).ShouldBe("");
        SafeHtml.Sanitize("").ShouldBe("");
    }
}
