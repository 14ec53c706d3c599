using System.Text;
using IntegrationHubs.Web.Features.Events;

namespace IntegrationHubs.UnitTests.Events;

public sealed class VisitorCacheTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Shareable_StaticPage_LosesOnlyItsPersistedComponentState()
    {
        var page = Bytes("<html><body><h1>Was läuft</h1><script src=\"x.js\"></script></body></html><!--Blazor-Server-Component-State:CfDJ8token-->");

        var shared = VisitorCacheMiddleware.Shareable("text/html; charset=utf-8", page);

        Encoding.UTF8.GetString(shared!).ShouldBe("<html><body><h1>Was läuft</h1><script src=\"x.js\"></script></body></html>");
    }

    [Fact]
    public void Shareable_PageWithAnInteractiveComponent_IsNotShared()
    {
        var page = Bytes("<html><body><!--Blazor:{\"type\":\"server\"}--><!--Blazor:{\"prerenderId\":\"1\"}--></body></html><!--Blazor-Server-Component-State:x-->");

        VisitorCacheMiddleware.Shareable("text/html", page).ShouldBeNull();
    }

    [Fact]
    public void Shareable_JsonAndCalendars_AreSharedAsTheyAre()
    {
        var json = Bytes("[{\"title\":\"<!--Blazor-Server-Component-State:looks like one-->\"}]");

        VisitorCacheMiddleware.Shareable("application/json", json).ShouldBeSameAs(json);
        VisitorCacheMiddleware.Shareable("text/calendar", json).ShouldBeSameAs(json);
    }

    [Fact]
    public void StoredAnswer_ReadsBackItsHeadersTimeAndBody()
    {
        var storedAt = new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
        var body = Bytes("café\n\nwith blank lines\n");
        var answer = new VisitorCacheMiddleware.StoredAnswer(
            [("Content-Type", "text/calendar; charset=utf-8"), ("X-Frame-Options", "SAMEORIGIN")], storedAt, body);

        VisitorCacheMiddleware.StoredAnswer.TryRead(answer.ToBytes(), out var read).ShouldBeTrue();

        read.StoredAt.ShouldBe(storedAt);
        read.Headers.ShouldBe(answer.Headers);
        read.Body.ToArray().ShouldBe(body);
    }

    [Fact]
    public void StoredAnswer_FromBytesOfSomethingElse_IsNotRead()
    {
        VisitorCacheMiddleware.StoredAnswer.TryRead(Bytes("abc"), out _).ShouldBeFalse();
        VisitorCacheMiddleware.StoredAnswer.TryRead(Bytes("12345678Content-Type: text/html"), out _).ShouldBeFalse();
    }
}
