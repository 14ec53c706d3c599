using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Hubs.Manage;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Tenancy;

/// <summary>Handlers check hub permissions themselves, as they would inside a circuit with no HTTP request.</summary>
[Collection(AppCollection.Name)]
public sealed class HandlerAuthorizationTests(AppFixture fixture)
{
    private readonly Arrange _arrange = new(fixture.App);

    private async Task<(ResolvedHub A, ResolvedHub B, ApplicationUser Coordinator)> TwoHubsAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        var a = await _arrange.HubAsync("Alpha Hub");
        var b = await _arrange.HubAsync("Beta Hub");
        var coordinator = await _arrange.MemberAsync(a, "coordinator", HubRoles.Member | HubRoles.Coordinator);
        var mentor = await _arrange.MemberAsync(a, "mentor", HubRoles.Member | HubRoles.Mentor);
        await _arrange.MembershipAsync(a, await _arrange.UserAsync("invited"), HubRoles.Member, MembershipState.Invited);
        await _arrange.AuditAsync(a, AuditActions.RolesGranted, coordinator);
        await _arrange.AuditAsync(a, AuditActions.MembershipJoined, mentor);

        foreach (var who in new[] { "b1", "b2", "b3" })
        {
            var member = await _arrange.MemberAsync(b, who, HubRoles.Member | HubRoles.Mentor | HubRoles.Coordinator);
            await _arrange.AuditAsync(b, AuditActions.HubStatusChanged, member);
        }

        return (a, b, coordinator);
    }

    /// <summary>Runs <see cref="GetHubOverview"/> in a fresh scope as <paramref name="user"/>, working in the hub <paramref name="slug"/>.</summary>
    private async Task<GetHubOverview.Result> OverviewAsAsync(ApplicationUser user, string slug)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
            .CreateAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        (await services.GetRequiredService<HubResolver>().EnterAsync(slug)).ShouldBeTrue();

        return await services.GetRequiredService<GetHubOverview>().HandleAsync();
    }

    [Fact]
    public async Task GetHubOverview_CoordinatorOfAWorkingInB_ThrowsNotFound()
    {
        // Arrange
        var (_, b, coordinator) = await TwoHubsAsync();

        // Act / Assert
        await Should.ThrowAsync<NotFoundException>(() => OverviewAsAsync(coordinator, b.Slug));
    }

    [Fact]
    public async Task GetHubOverview_CoordinatorOfAWorkingInA_CountsOnlyA()
    {
        // Arrange
        var (a, _, coordinator) = await TwoHubsAsync();

        // Act
        var overview = await OverviewAsAsync(coordinator, a.Slug);

        // Assert
        overview.Slug.ShouldBe(a.Slug);
        overview.ActiveMembers.ShouldBe(2);
        overview.Coordinators.ShouldBe(1);
        overview.Mentors.ShouldBe(1);
        overview.Invited.ShouldBe(1);
        overview.RecentActivity.Count.ShouldBe(2);
        overview.RecentActivity.ShouldNotContain(line => line.Action == AuditActions.HubStatusChanged);
        overview.RecentActivity.Select(line => line.Actor).ShouldBe(["mentor", "coordinator"], ignoreOrder: true);
    }
}
