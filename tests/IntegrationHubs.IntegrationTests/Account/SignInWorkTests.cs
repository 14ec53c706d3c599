using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Account;

/// <summary>
/// Signing in takes as much work for an address without an account as for one with: a password hash is
/// checked either way, so the time taken tells nobody who is registered. Counted, not timed: timing is noisy.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class SignInWorkTests(AppFixture fixture)
{
    [Fact]
    public async Task SignIn_UnknownAddress_ChecksAPasswordHashLikeAKnownOne()
    {
        // Arrange: an app of its own whose password hasher counts its checks
        await using var app = new CountingHasherApp(await fixture.Server.CreateDatabaseAsync("ih_signin_work"));
        app.Start();
        var user = await new Arrange(app).UserAsync("known");
        using var client = new FormClient(app);
        var counter = app.Services.GetRequiredService<HashChecks>();

        // Act
        var before = counter.Count;
        using var toKnown = await client.SignInAsync(user.Email!, "Wrong-Password-1");
        var forKnown = counter.Count - before;
        before = counter.Count;
        using var toUnknown = await client.SignInAsync(Arrange.Email("unknown"), "Wrong-Password-1");
        var forUnknown = counter.Count - before;

        // Assert
        forKnown.ShouldBe(1);
        forUnknown.ShouldBe(forKnown);
    }

    private sealed class HashChecks
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingHasher(HashChecks checks) : PasswordHasher<ApplicationUser>
    {
        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            checks.Add();
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class CountingHasherApp(string connectionString) : HubsAppFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<HashChecks>();
                services.AddScoped<IPasswordHasher<ApplicationUser>, CountingHasher>();
            });
        }
    }
}
