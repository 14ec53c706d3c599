using System.Reflection;
using IntegrationHubs.Web.Features.Dashboards;

namespace IntegrationHubs.UnitTests.Metrics;

public sealed class MetricsDocumentationTests
{
    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IntegrationHubs.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public void MetricsDoc_QuotesEveryStatementTheReaderRuns_Verbatim()
    {
        var doc = File.ReadAllText(Path.Combine(Root(), "docs", "metrics.md")).ReplaceLineEndings("\n");
        var statements = typeof(MetricsSql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(MetricsSql.Bounds)).ToList();

        statements.Count.ShouldBe(6);
        foreach (var statement in statements)
        {
            doc.ShouldContain(((string)statement.GetRawConstantValue()!).ReplaceLineEndings("\n"), customMessage: statement.Name);
        }
    }
}
