using System.Net;
using System.Text.RegularExpressions;

namespace IntegrationHubs.Testing;

/// <summary>Reads what the app's development mail transport wrote, to follow links as a person would.</summary>
public static partial class MailFolder
{
    public static async Task<string> WaitForLinkAsync(string folder, string to, string pathContains, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (!text.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var link = Href().Matches(text).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                        .FirstOrDefault(l => l.Contains(pathContains, StringComparison.OrdinalIgnoreCase));
                    if (link is not null)
                    {
                        return link;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} with a link to {pathContains} in {folder}.");
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
