using System.Security.Claims;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Members;

/// <summary>
/// Arranges hubs, people, memberships and profiles straight in the database, and runs handlers as a
/// given person inside a given hub — the way a circuit would after the page entered the hub.
/// </summary>
internal sealed class MembersWorld(HubsAppFactory app)
{
    public const string Password = "Test-Passw0rd-2026";

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public async Task<ResolvedHub> HubAsync(string name)
    {
        // Slugs are unique per test: the resolver caches slug → hub for a few seconds across resets.
        var slug = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var municipality = new Municipality { Name = $"Town {slug}", CountryCode = "DE" };
        var hub = new Hub
        {
            Municipality = municipality, Name = name, Slug = slug, Address = "Hauptstraße 1", TimeZone = "Europe/Berlin",
            JoinPolicy = JoinPolicy.ApprovalRequired, CreatedAt = Start,
        };
        hub.MoveTo(HubStatus.Prototype);
        db.Hubs.Add(hub);
        await db.SaveChangesAsync();
        return new ResolvedHub(hub.Id, hub.Slug, hub.Name, hub.MunicipalityId, hub.Status, hub.TimeZone);
    }

    /// <summary>A confirmed account; with a password (slower: hashing) when the test signs in over HTTP.</summary>
    public async Task<Guid> PersonAsync(string displayName, string? email = null, bool withPassword = false)
    {
        email ??= $"person.{Guid.NewGuid():N}@example.org";
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = Start };
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = withPassword ? await users.CreateAsync(user, Password) : await users.CreateAsync(user);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public async Task JoinAsync(ResolvedHub hub, Guid userId, HubRoles roles = HubRoles.Member, MembershipState state = MembershipState.Active, DateTimeOffset? joinedAt = null)
    {
        await InHubAsync(hub, async db =>
        {
            db.HubMemberships.Add(new HubMembership { UserId = userId, Roles = roles | HubRoles.Member, State = state, JoinedAt = joinedAt ?? Start });
            await db.SaveChangesAsync();
        });
    }

    public async Task ProfileAsync(Guid userId, Background? background, params (string Code, LanguageLevel Level)[] languages)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        db.MemberProfiles.Add(new MemberProfile
        {
            UserId = userId, Background = background, UpdatedAt = Start,
            Languages = [.. languages.Select(l => new SpokenLanguage { UserId = userId, LanguageCode = l.Code, Level = l.Level })],
        });
        await db.SaveChangesAsync();
    }

    public async Task SkillsAsync(Guid userId, params string[] skills)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var profile = await db.MemberProfiles.SingleAsync(p => p.UserId == userId);
        profile.Skills = [.. skills];
        await db.SaveChangesAsync();
    }

    public async Task<T> InHubAsync<T>(ResolvedHub hub, Func<HubsDbContext, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HubContext>().Enter(hub);
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await action(db);
    }

    public Task InHubAsync(ResolvedHub hub, Func<HubsDbContext, Task> action) =>
        InHubAsync(hub, async db =>
        {
            await action(db);
            return true;
        });

    public Task<HubMembership> MembershipAsync(ResolvedHub hub, Guid userId) =>
        InHubAsync(hub, db => db.HubMemberships.AsNoTracking().SingleAsync(m => m.UserId == userId));

    /// <summary>Runs <paramref name="action"/> with <typeparamref name="THandler"/> from a scope signed in as <paramref name="userId"/> and entered into <paramref name="hub"/>.</summary>
    public async Task<T> AsAsync<THandler, T>(Guid userId, ResolvedHub hub, Func<THandler, Task<T>> action)
        where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "Test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        scope.ServiceProvider.GetRequiredService<HubContext>().Enter(hub);
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}
