using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace IntegrationHubs.BrowserTests.Support;

/// <summary>
/// What every journey does on every page it visits: an axe-core scan that fails on serious or critical
/// violations, and a full-page screenshot under the test output (copied to /tmp/screens for a human).
/// </summary>
public sealed class PageCheck(IPage page, ITestOutputHelper output)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Where a copy of every screenshot goes, to look at outside the test output.</summary>
    public const string SharedScreenshotFolder = "/tmp/screens";

    /// <summary>Scans the page with axe, then saves a screenshot named <paramref name="name"/> (e.g. "de-home").</summary>
    public async Task AccessibleAndCapturedAsync(string name)
    {
        await CaptureAsync(name);
        await AccessibleAsync(name);
    }

    public async Task AccessibleAsync(string name)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        foreach (var minor in result.Violations.Except(blocking))
        {
            output.WriteLine($"axe ({name}, {minor.Impact}): {minor.Id} — {minor.Help}");
        }

        blocking.Select(v => v.Id).ShouldBeEmpty(Describe(name, page.Url, blocking));
    }

    public async Task CaptureAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        try
        {
            Directory.CreateDirectory(SharedScreenshotFolder);
            File.Copy(file, Path.Combine(SharedScreenshotFolder, $"{name}.png"), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The copy is a convenience; the screenshot in the test output is what counts.
            output.WriteLine($"Could not copy {name}.png to {SharedScreenshotFolder}: {ex.Message}");
        }
    }

    private static string Describe(string name, string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} serious/critical violation(s) on {name} ({url}):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture, $"    at {node.Target}: {Messages(node)}");
            }
        }

        return text.ToString();
    }

    private static string Messages(AxeResultNode node) =>
        string.Join(" | ", new[] { node.Any, node.All, node.None }.Where(checks => checks is not null)
            .SelectMany(checks => checks).Select(check => check.Message).Where(m => !string.IsNullOrEmpty(m)));
}
