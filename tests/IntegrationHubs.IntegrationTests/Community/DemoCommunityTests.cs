using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.Web.Data.Seed;
using IntegrationHubs.Web.Features.Community;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class DemoCommunityTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DemoData_TwiceOver_GivesTheDemoMembersProfiles_AndOneActiveTandemAmalPeter()
    {
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());
        await fixture.App.WithScopeAsync(s => s.GetRequiredService<DemoData>().SeedAsync());

        var amal = await fixture.App.WithScopeAsync(s => s.GetRequiredService<UserManager<Web.Data.ApplicationUser>>().FindByEmailAsync(DemoData.Amal.Email));
        var profile = await _given.ReadAsync(db => db.MemberProfiles.Include(p => p.Languages).SingleAsync(p => p.UserId == amal!.Id));
        profile.ShowInDirectory.ShouldBeTrue();
        profile.Languages.Select(l => (l.LanguageCode, l.Level)).ShouldContain(("ar", LanguageLevel.Native));
        profile.Languages.Select(l => (l.LanguageCode, l.Level)).ShouldContain(("de", LanguageLevel.Learning));
        var consents = await _given.ReadAsync(db => db.Consents.Where(c => c.UserId == amal!.Id).ToListAsync());
        consents.Select(c => (c.Kind, c.Version)).ShouldBe(Consent.CurrentVersions.Select(v => (v.Key, v.Value)), ignoreOrder: true);
        var ost = await _given.ReadAsync(db => db.Hubs.SingleAsync(h => h.Slug == "leipzig-ost"));
        var peter = await fixture.App.WithScopeAsync(s => s.GetRequiredService<UserManager<Web.Data.ApplicationUser>>().FindByEmailAsync(DemoData.Peter.Email));
        var tandem = (await _given.ReadAsync(db => db.Tandems.IgnoreQueryFilters()
            .Where(t => (t.RequesterId == amal!.Id && t.PartnerId == peter!.Id) || (t.RequesterId == peter!.Id && t.PartnerId == amal!.Id))
            .ToListAsync())).ShouldHaveSingleItem();
        (tandem.HubId, tandem.State).ShouldBe((ost.Id, TandemState.Active));
        var mine = await _given.AsAsync(amal!, ost, s => s.GetRequiredService<ListMyTandems>().HandleAsync());
        mine.ShouldContain(i => i.Id == tandem.Id && i.ContactName == DemoData.Peter.DisplayName);
    }
}
