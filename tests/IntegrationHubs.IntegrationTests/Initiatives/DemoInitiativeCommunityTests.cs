using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Initiatives;

[Collection(SecondAppCollection.Name)]
public sealed class DemoInitiativeCommunityTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DemoData_TwiceOver_GivesTeamsCommentsSupportersAndNotifications_Once()
    {
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        var ost = await _given.ReadAsync(db => db.Hubs.SingleAsync(h => h.Slug == "leipzig-ost"));
        var peter = await fixture.App.WithScopeAsync(s => s.GetRequiredService<UserManager<Web.Data.ApplicationUser>>().FindByEmailAsync(DemoData.Peter.Email));
        var supper = await _given.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().SingleAsync(i => i.Title == "Nachbarschaftsfrühstück am Sonntag"));
        var community = await _given.AsAsync(peter!, ost, s => s.GetRequiredService<GetInitiativeCommunity>().HandleAsync(supper.Id));
        community.IsTeam.ShouldBeTrue();
        community.Team.Count(m => m.IsInvited).ShouldBe(1);
        community.Comments.Count(c => c.ByTeam).ShouldBe(2);
        community.SupporterNames.Count.ShouldBe(4);
        var notifications = await _given.AsAsync(peter!, null, s => s.GetRequiredService<ListMyNotifications>().HandleAsync());
        notifications.Count.ShouldBeGreaterThan(2);
        notifications.ShouldAllBe(n => !n.Text.Contains('{'));
        (await _given.ReadAsync(db => db.InitiativeComments.IgnoreQueryFilters().CountAsync())).ShouldBe(5);
    }
}
