using System.Net;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Operations;

/// <summary>The app as deployed (Production) while its database refuses every connection.</summary>
[Collection(AppCollection.Name)]
public sealed class DatabaseDownTests(AppFixture fixture)
{
    [Fact]
    public async Task SignedInPageAndApi_WhileTheDatabaseIsDown_AnswerALocalizedErrorPage_AndProblemJson()
    {
        await using var app = new HubsAppFactory(await fixture.Server.CreateDatabaseAsync("ih_down"), environment: "Production")
        {
            // One retry, not the default's few seconds of them: the database stays down for this test.
            Settings = { ["App:PublicBaseUrl"] = "http://localhost/", ["Database:MaxRetries"] = "1" },
        };
        app.Start();
        var person = await new Arrange(app).UserAsync("down");
        using var client = new FormClient(app, acceptLanguage: "de");
        await client.SignInOrFailAsync(person.Email!);

        await DatabaseOutage.BeginAsync(app.ConnectionString);
        using var page = await client.GetAsync("/me");
        using var api = await client.GetAsync("/api/v1/hubs");

        page.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Etwas ist schiefgegangen");
        html.ShouldContain("Das war unser Fehler, nicht Ihrer.");
        api.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", await api.Content.ReadAsStringAsync());
        (await api.Content.ReadAsStringAsync()).ShouldContain("\"status\":500");
    }
}
