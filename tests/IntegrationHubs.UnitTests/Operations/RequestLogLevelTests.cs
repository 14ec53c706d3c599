using IntegrationHubs.Web.Operations;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace IntegrationHubs.UnitTests.Operations;

public sealed class RequestLogLevelTests
{
    private static DefaultHttpContext Context(int status, bool aborted)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;
        if (aborted)
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            context.RequestAborted = cts.Token;
        }

        return context;
    }

    [Fact]
    public void ClientGoneAway_IsNotLoggedAsAnError() =>
        OperationsExtensions.RequestLevel(Context(500, aborted: true), 3, new OperationCanceledException()).ShouldBe(LogEventLevel.Information);

    [Fact]
    public void CancellationWhileTheClientIsStillThere_IsAnError() =>
        OperationsExtensions.RequestLevel(Context(500, aborted: false), 3, new OperationCanceledException()).ShouldBe(LogEventLevel.Error);

    [Theory]
    [InlineData(200, LogEventLevel.Debug)]
    [InlineData(302, LogEventLevel.Debug)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    public void Level_FollowsTheStatus(int status, LogEventLevel expected) =>
        OperationsExtensions.RequestLevel(Context(status, aborted: false), 3, null).ShouldBe(expected);

    [Fact]
    public void SlowSuccess_IsInformation() =>
        OperationsExtensions.RequestLevel(Context(200, aborted: false), OperationsExtensions.SlowRequestMs, null).ShouldBe(LogEventLevel.Information);
}
