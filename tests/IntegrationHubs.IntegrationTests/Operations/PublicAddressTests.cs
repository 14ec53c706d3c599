using System.Net;
using System.Text.Json;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;

namespace IntegrationHubs.IntegrationTests.Operations;

/// <summary>Absolute links come from App:PublicBaseUrl, never from the Host header of whoever asks.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class PublicAddressTests(AppFixture fixture)
{
    private const string ForeignHost = "evil.example";

    [Fact]
    public async Task ForgotPassword_WithForeignHostHeader_MailsALinkToThePublicAddress()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var user = await new Arrange(fixture.App).UserAsync("victim");
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        using var page = await client.GetAsync("/Account/ForgotPassword");
        var form = Html.Forms(await page.Content.ReadAsStringAsync()).Single(f => f.Handler == "forgot-password");
        var fields = new Dictionary<string, string>(form.Fields) { ["Input.Email"] = user.Email! };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/ForgotPassword") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Host = ForeignHost;
        foreach (var cookie in page.Headers.GetValues("Set-Cookie"))
        {
            post.Headers.Add("Cookie", cookie.Split(';')[0]);
        }

        // Act
        using var response = await client.SendAsync(post);

        // Assert
        FormClient.IsRedirect(response.StatusCode).ShouldBeTrue($"got {(int)response.StatusCode}");
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, user.Email!, "ResetPassword");
        link.ShouldStartWith(fixture.App.PublicBaseUrl!.AbsoluteUri + "Account/ResetPassword?code=");
        link.ShouldNotContain(ForeignHost);
    }

    [Fact]
    public async Task HubsApi_WithForeignHostHeader_LinksToThePublicAddress()
    {
        // Arrange
        await fixture.App.ResetDatabaseAsync();
        var hub = await new Arrange(fixture.App).HubAsync("Leipzig Ost");
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/hubs");
        request.Headers.Host = ForeignHost;

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.EnumerateArray().Single().GetProperty("url").GetString()
            .ShouldBe($"{fixture.App.PublicBaseUrl!.AbsoluteUri}hubs/{hub.Slug}");
    }
}
