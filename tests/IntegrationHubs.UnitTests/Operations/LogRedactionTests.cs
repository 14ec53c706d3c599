using IntegrationHubs.Web.Operations;

namespace IntegrationHubs.UnitTests.Operations;

public sealed class LogRedactionTests
{
    [Theory]
    [InlineData("/invite/abcDEF123-_x", "/invite/***")]
    [InlineData("http://localhost/invite/abc?x=1", "http://localhost/invite/***?x=1")]
    [InlineData("/api/v1/me/events.ics?token=s3cr3t", "/api/v1/me/events.ics?token=***")]
    [InlineData("?token=s3cr3t", "?token=***")]
    [InlineData("/Account/ResetPassword?code=Q2ZESjh", "/Account/ResetPassword?code=***")]
    [InlineData("/Account/ConfirmEmail?userId=42&code=Q2ZE&returnUrl=%2F", "/Account/ConfirmEmail?userId=42&code=***&returnUrl=%2F")]
    [InlineData("/x?KEY=abc&Token=def", "/x?KEY=***&Token=***")]
    public void Redact_MasksTheSecret_AndKeepsTheRest(string text, string expected) =>
        LogRedaction.Redact(text).ShouldBe(expected);

    [Theory]
    [InlineData("/hubs/ost/events")]
    [InlineData("/api/v1/hubs?from=2026-01-01&tokenish=1&barcode=2")]
    [InlineData("Mail written to /tmp/x.eml")]
    public void Redact_LeavesOtherTextAlone(string text) =>
        LogRedaction.Redact(text).ShouldBeSameAs(text);
}
