namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>What the development mail transport has written so far.</summary>
public static class Mails
{
    /// <summary>How many mails went to <paramref name="to"/>. The app writes a mail before it answers the request that sends it.</summary>
    public static int CountTo(string folder, string to) =>
        !Directory.Exists(folder)
            ? 0
            : Directory.GetFiles(folder, "*.eml").Count(file =>
                File.ReadLines(file).Any(line => line.Equals($"To: {to}", StringComparison.OrdinalIgnoreCase)));
}
