using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Account;

[Collection(AppCollection.Name)]
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
}
