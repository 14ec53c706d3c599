using System.Net;
using IntegrationHubs.Testing;
using Serilog.Events;

namespace IntegrationHubs.IntegrationTests.Operations;

/// <summary>The app as deployed (environment Production), logging at Information as in production.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class ProductionEdgeTests(AppFixture fixture)
{
    private async Task<HubsAppFactory> StartAsync(bool kestrel = false, string? allowedHosts = null, bool everyRequest = false, bool levelsAsShipped = false)
    {
        var app = new HubsAppFactory(await fixture.Server.CreateDatabaseAsync("ih_prod"), kestrel: kestrel, environment: "Production")
        {
            Settings =
            {
                ["App:PublicBaseUrl"] = "http://localhost/",
                ["Serilog:MinimumLevel:Default"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
            },
        };
        if (levelsAsShipped)
        {
            // appsettings.json's levels (framework categories at Warning), as production runs.
            app.Settings.Remove("Serilog:MinimumLevel:Override:Microsoft.AspNetCore");
        }

        if (everyRequest)
        {
            // Quick successes are Debug (the request log's level in production); this test reads what a request line holds.
            app.Settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Debug";
        }

        if (allowedHosts is not null)
        {
            app.Settings["AllowedHosts"] = allowedHosts;
        }

        app.Start();
        return app;
    }

    [Fact]
    public async Task WithoutPublicBaseUrl_TheAppDoesNotStart()
    {
        await using var app = new HubsAppFactory(await fixture.Server.CreateDatabaseAsync("ih_prod"), environment: "Production")
        {
            Settings = { ["App:PublicBaseUrl"] = "" },
        };

        var failed = Should.Throw<InvalidOperationException>(app.Start);

        failed.Message.ShouldContain("App:PublicBaseUrl");
    }

    [Fact]
    public async Task ForeignHostHeader_IsRefused()
    {
        await using var app = await StartAsync();
        using var client = app.CreateClient();
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/Account/ForgotPassword");
        foreign.Headers.Host = "evil.example";

        using var refused = await client.SendAsync(foreign);
        using var own = await client.GetAsync("/Account/ForgotPassword");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/Account/Logout")]
    [InlineData("/culture")]
    public async Task FormPost_WithoutAntiforgeryToken_Is400_AndNoErrorInTheLog(string path)
    {
        await using var app = await StartAsync();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        app.Logs.Clear();

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = "/", ["culture"] = "en",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Refused", StringComparison.Ordinal))).ShouldBeTrue("the refusal is logged");
        var loud = app.Logs.Events.Where(e => e.Level >= LogEventLevel.Error || e.Exception is not null).Select(LogCapture.Render).ToList();
        loud.ShouldBeEmpty(string.Join("\n", loud));
    }

    [Fact]
    public async Task NormalGet_LogsNothingAtInformationOrAbove_ButAClientErrorIsOneLine()
    {
        await using var app = await StartAsync(levelsAsShipped: true);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using (await client.GetAsync("/privacy"))
        {
        }

        app.Logs.Clear();

        using var page = await client.GetAsync("/privacy");
        using var api = await client.GetAsync("/api/v1/hubs");
        var quiet = app.Logs.Lines;
        using var refused = await client.GetAsync("/api/v1/hubs/no-such-hub/events?from=9999-12-31");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        quiet.ShouldBeEmpty(string.Join("\n", quiet));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        app.Logs.Lines.ShouldContain(l => l.Contains("no-such-hub", StringComparison.Ordinal) && l.Contains("400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestLog_MasksBearerSecrets_AndNoServerHeaderIsSent()
    {
        await using var app = await StartAsync(kestrel: true, allowedHosts: "localhost;127.0.0.1", everyRequest: true);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.ServerAddress });
        app.Logs.Clear();
        string[] secrets = ["SecretInvite4711", "SecretFeed4711", "SecretReset4711", "SecretConfirm4711", "SecretKey4711"];

        using var invite = await client.GetAsync($"/invite/{secrets[0]}");
        using var feed = await client.GetAsync($"/api/v1/me/events.ics?token={secrets[1]}");
        using var reset = await client.GetAsync($"/Account/ResetPassword?code={secrets[2]}");
        using var confirm = await client.GetAsync($"/Account/ConfirmEmail?userId={Guid.NewGuid()}&code={secrets[3]}");
        using var key = await client.GetAsync($"/api/v1/hubs?Key={secrets[4]}");

        var lines = app.Logs.Lines;
        lines.ShouldContain(l => l.Contains("/invite/***", StringComparison.Ordinal), "the request is still logged");
        foreach (var secret in secrets)
        {
            lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        }

        invite.Headers.Contains("Server").ShouldBeFalse();
        key.Headers.Contains("Server").ShouldBeFalse();
    }
}
