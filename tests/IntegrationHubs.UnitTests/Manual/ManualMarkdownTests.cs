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

    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![bild](vbscript:msgbox)")]
    public void ToHtml_DropsUnsafeLinkAddresses(string markdown)
    {
        var html = ManualMarkdown.ToHtml(markdown);

        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("data:");
        html.ShouldNotContain("vbscript:");
    }

    [Theory]
    [InlineData("[Netz](https://example.org/handbuch)", "https://example.org/handbuch")]
    [InlineData("[Mail](mailto:hallo@example.org)", "mailto:hallo@example.org")]
    [InlineData("[Seite](/hubs/leipzig-ost)", "/hubs/leipzig-ost")]
    public void ToHtml_KeepsSafeLinks(string markdown, string href) =>
        ManualMarkdown.ToHtml(markdown).ShouldContain($"href=\"{href}\"");
}
