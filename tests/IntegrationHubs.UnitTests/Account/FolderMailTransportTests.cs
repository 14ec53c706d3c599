using IntegrationHubs.Web.Features.Account.Email;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace IntegrationHubs.UnitTests.Account;

public sealed class FolderMailTransportTests : IDisposable
{
    private const string ResetLink = "https://hubs.example.org/Account/ResetPassword?code=Secret4711";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ih-unit-mail-{Guid.NewGuid():N}");

    private async Task<List<string>> SendAsync(string environment)
    {
        var logger = new ListLogger();
        var transport = new FolderMailTransport(_folder, logger, TimeProvider.System, new HostingEnvironment { EnvironmentName = environment });
        await transport.SendAsync(new MailMessage("someone@example.org", "Reset", $"<a href=\"{ResetLink}\">Reset</a>", $"Reset: {ResetLink}"));
        return logger.Lines;
    }

    [Fact]
    public async Task OutsideDevelopment_TheLogHoldsNoMailText()
    {
        var lines = await SendAsync(Environments.Production);

        lines.ShouldHaveSingleItem().ShouldNotContain("Secret4711");
        lines[0].ShouldNotContain("someone@example.org");
        Directory.GetFiles(_folder, "*.eml").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task InDevelopment_TheLogHoldsTheLinkToFollow()
    {
        var lines = await SendAsync(Environments.Development);

        lines.ShouldHaveSingleItem().ShouldContain(ResetLink);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class ListLogger : ILogger<FolderMailTransport>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
