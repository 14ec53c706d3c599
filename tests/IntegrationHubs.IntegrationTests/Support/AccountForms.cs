namespace IntegrationHubs.IntegrationTests.Support;

/// <summary>The account forms, filled in as a person would.</summary>
public static class AccountForms
{
    public static Task<HttpResponseMessage> RegisterAsync(this FormClient client, string displayName, string email, string password,
        string? confirmPassword = null, string pageUrl = "/Account/Register") =>
        client.SubmitAsync(pageUrl, "register", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirmPassword ?? password,
        });

    public static Task<HttpResponseMessage> SignInAsync(this FormClient client, string email, string password, string pageUrl = "/Account/Login") =>
        client.SubmitAsync(pageUrl, "login", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Signs in and checks that it worked: a redirect away from the form and a session cookie.</summary>
    public static async Task SignInOrFailAsync(this FormClient client, string email, string password = Arrange.Password)
    {
        using var response = await client.SignInAsync(email, password);
        FormClient.IsRedirect(response.StatusCode).ShouldBeTrue($"sign-in of {email} answered {(int)response.StatusCode}");
        client.SignedIn.ShouldBeTrue();
    }
}
