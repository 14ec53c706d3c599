using System.Net;

namespace IntegrationHubs.IntegrationTests.Operations;

[Collection(SecondAppCollection.Name)]
public sealed class HealthTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Endpoints_AnswerHealthy(string path)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
