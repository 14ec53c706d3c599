using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(SecondAppCollection.Name)]
public sealed class RateLimitTests(AppFixture fixture)
{
    [Fact]
    public async Task SignIn_FourthPostWithinAMinute_IsRefusedWith429()
    {
        // Arrange: an app of its own, so the low limit touches no other test
        await using var app = new HubsAppFactory(await fixture.Server.CreateDatabaseAsync("ih_ratelimit"))
        {
            Settings = { ["RateLimits:AccountPostsPerMinute"] = "3" },
        };
        app.Start();
        using var client = new FormClient(app);
        var email = Arrange.Email("hammering");
        var statuses = new List<HttpStatusCode>();

        // Act
        for (var post = 1; post <= 4; post++)
        {
            using var response = await client.SignInAsync(email, $"Guess-Number-{post}");
            statuses.Add(response.StatusCode);
        }

        // Assert
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        using var page = await client.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "pages themselves are not limited");
    }

    [Fact]
    public async Task SignIn_BehindATrustedProxy_IsLimitedPerForwardedClientAddress()
    {
        // Arrange: every request reaches the app from the proxy 10.0.0.5, which names the client in X-Forwarded-For.
        await using var app = new BehindProxy(await fixture.Server.CreateDatabaseAsync("ih_ratelimit_proxy"))
        {
            Settings = { ["RateLimits:AccountPostsPerMinute"] = "3", ["App:TrustedProxies"] = "10.0.0.5" },
        };
        app.Start();
        using var hammering = new FormClient(app);
        hammering.AddHeader("X-Forwarded-For", "203.0.113.7");
        using var someoneElse = new FormClient(app);
        someoneElse.AddHeader("X-Forwarded-For", "198.51.100.23");
        var statuses = new List<HttpStatusCode>();

        // Act
        for (var post = 1; post <= 4; post++)
        {
            using var response = await hammering.SignInAsync(Arrange.Email("hammering"), $"Guess-Number-{post}");
            statuses.Add(response.StatusCode);
        }

        using var other = await someoneElse.SignInAsync(Arrange.Email("other"), "Guess-Number-1");

        // Assert
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
        other.StatusCode.ShouldBe(HttpStatusCode.OK, "another client behind the same proxy has a limit of its own");
    }

    /// <summary>The app as it runs behind a reverse proxy: every connection comes from the proxy's address.</summary>
    private sealed class BehindProxy(string connectionString) : HubsAppFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromProxy>());
        }

        private sealed class FromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, rest) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
                    return rest(context);
                });
                next(app);
            };
        }
    }
}
