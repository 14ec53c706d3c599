using System.Net;
using IntegrationHubs.Testing;
using Serilog.Events;

namespace IntegrationHubs.IntegrationTests.Operations;

/// <summary>What a client gets wrong is answered 4xx and is not an error in the log: anyone could flood it otherwise.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class ErrorNoiseTests(AppFixture fixture)
{
    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_Is400_AndNoErrorInTheLog()
    {
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        fixture.App.Logs.Clear();

        using var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = "/",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task ApiPost_WithMalformedBody_Is400_AndNoErrorInTheLog()
    {
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        fixture.App.Logs.Clear();

        using var response = await client.PostAsync("/Account/Logout", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        AssertNoErrorLogged();
    }

    private void AssertNoErrorLogged()
    {
        var loud = fixture.App.Logs.Events.Where(e => e.Level >= LogEventLevel.Error || e.Exception is not null).Select(LogCapture.Render).ToList();
        loud.ShouldBeEmpty(string.Join("\n", loud));
    }
}
