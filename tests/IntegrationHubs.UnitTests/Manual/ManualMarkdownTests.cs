using System.Text.RegularExpressions;
using IntegrationHubs.Web.Features.Manual;

namespace IntegrationHubs.UnitTests.Manual;

public sealed class ManualMarkdownTests
{
    [Fact]
    public void ToHtml_RendersHeadingsEmphasisAndLists()
    {
        var html = ManualMarkdown.ToHtml("## Phase\n\n**zuhören** vor *anbieten*\n\n- eins\n- zwei");

        html.ShouldContain("<h2>Phase</h2>");
        html.ShouldContain("<strong>zuhören</strong>");
        html.ShouldContain("<li>eins</li>");
    }

    [Fact]
    public void ToHtml_EscapesRawHtml()
    {
        var html = ManualMarkdown.ToHtml("Hallo <script>alert(1)</script> <img src=x onerror=alert(1)>");

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img");
        html.ShouldContain("&lt;script&gt;");
    }

    // Every syntax Markdown has for an address: inline links and images, reference links, autolinks (the form that
    // slipped through the earlier link-only filter), with the scheme in other cases and with entities or spaces.
    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![bild](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JaVaScRiPt:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=>")]
    [InlineData("[klick][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[klick](&#106;avascript:alert(1))")]
    [InlineData("[klick](java%0ascript:alert(1))")]
    [InlineData("[klick]( javascript:alert(1))")]
    [InlineData("![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    public void ToHtml_DropsUnsafeAddressesInEverySyntax(string markdown)
    {
        var html = ManualMarkdown.ToHtml(markdown);

        // The words may stay as text; no address (href, src) may carry anything but http(s), mailto or a path.
        var addresses = Regex.Matches(html, "(?:href|src)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase).Select(m => m.Groups[1].Value).ToList();
        addresses.ShouldAllBe(a => a.StartsWith("http:") || a.StartsWith("https:") || a.StartsWith("mailto:") || a.StartsWith('/') || a.StartsWith('#'));
        html.ShouldNotContain("<a href=\"j", Case.Insensitive);
    }

    [Theory]
    [InlineData("[Netz](https://example.org/handbuch)", "https://example.org/handbuch")]
    [InlineData("<https://example.org/handbuch>", "https://example.org/handbuch")]
    [InlineData("[Mail](mailto:hallo@example.org)", "mailto:hallo@example.org")]
    [InlineData("[Seite](/hubs/leipzig-ost)", "/hubs/leipzig-ost")]
    [InlineData("[Abschnitt](#phase-2)", "#phase-2")]
    public void ToHtml_KeepsSafeLinks(string markdown, string href) =>
        ManualMarkdown.ToHtml(markdown).ShouldContain($"href=\"{href}\"");

    [Fact]
    public void ToHtml_DropsSchemeRelativeAddressesThatLeaveTheSite() =>
        ManualMarkdown.ToHtml("[Seite](//evil.example/x)").ShouldNotContain("evil.example/x\"");

    [Fact]
    public void ToHtml_ExternalLinksTellTheTargetNothing() =>
        ManualMarkdown.ToHtml("[Netz](https://example.org)").ShouldContain("rel=\"noopener noreferrer nofollow\"");
}
