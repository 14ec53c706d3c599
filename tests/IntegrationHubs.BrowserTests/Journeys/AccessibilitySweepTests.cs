using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>
/// The pages no journey walks through yet, each checked with axe (no serious or critical violation)
/// in German and Arabic, as the person who would use them.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AccessibilitySweepTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/members", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/invitations", "ar" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/audit", "de" },
        { "amal@example.org", "/hubs/leipzig-ost/tandems", "ar" },
        { "amal@example.org", "/hubs/leipzig-ost/directory", "de" },
        { "amal@example.org", "/me/data", "ar" },
        { "amal@example.org", "/me/profile", "de" },
        { "amal@example.org", "/hubs/leipzig-ost/initiatives/new", "ar" },
        { "amal@example.org", "/hubs/leipzig-ost/initiatives/mine", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/initiatives", "de" },
        { "peter@example.org", "/me/notifications", "ar" },
        { "olena@example.org", "/me/notifications", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/spaces", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/spaces", "ar" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/bookings", "ar" },
        { "amal@example.org", "/hubs/leipzig-ost/spaces", "ar" },
        { "peter@example.org", "/hubs/leipzig-ost/spaces", "de" },
        { "amal@example.org", "/me/bookings", "de" },
        { "amal@example.org", "/me/bookings", "ar" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/curriculum", "ar" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/curriculum", "uk" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/cohorts", "ar" },
        { "mentor@example.org", "/hubs/leipzig-ost/mentoring", "de" },
        { "mentor@example.org", "/hubs/leipzig-ost/mentoring", "ar" },
        { "-", "/hubs/leipzig-ost/initiatives", "ar" },
        { "-", "/hubs/kassel-nord/initiatives", "en" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/events", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/events", "ar" },
        { "-", "/hubs/leipzig-ost/events", "ar" },
        { "-", "/hubs/leipzig-ost/events", "de" },
        { "amal@example.org", "/me/events", "uk" },
        { "-", "/events/{soon}", "ar" },
        { "coordinator.ost@example.org", "/events/{soon}", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/events/{soon}/check-in", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/events/{soon}/check-in", "ar" },
        { "-", "/privacy", "ar" },
        { "-", "/terms", "de" },
        { "-", "/invite/not-a-real-token", "de" },
        { "admin@example.org", "/admin/manual", "de" },
        { "admin@example.org", "/admin/manual", "ar" },
        { "admin@example.org", "/admin/hubs/new", "de" },
        { "admin@example.org", "/admin/hubs/new", "ar" },
        { "coordinator.ost@example.org", "/hubs/leipzig-gruenau/manage/setup", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-gruenau/manage/setup", "ar" },
        { "viewer.leipzig@example.org", "/dashboard", "ar" },
        { "admin@example.org", "/dashboard", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/dashboard", "de" },
        { "coordinator.ost@example.org", "/hubs/leipzig-ost/manage/dashboard", "ar" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolation(string account, string path, string culture)
    {
        if (account != "-")
        {
            var login = await new LoginPage(Page).GotoAsync(culture);
            await login.SignInAsync(account, DemoPassword);
        }

        var name = path;
        path = path.Replace("{soon}", (await SoonEventAsync()).ToString(), StringComparison.Ordinal);
        await Page.GotoAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={culture}");
        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", culture == "ar" ? "rtl" : "ltr");
        // Interactive pages: let the circuit load and render its data before axe reads the page.
        await AppPage.WaitForSettledAsync(Page);

        await Check.AccessibleAndCapturedAsync($"{culture}-sweep{name.Replace('/', '-').Replace("{soon}", "soon", StringComparison.Ordinal)}");
    }

    /// <summary>The demo event in Leipzig-Ost that starts within the hour (Data/Seed/DemoAttendance.cs): its door is open.</summary>
    private async Task<Guid> SoonEventAsync()
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        return await db.Events.IgnoreQueryFilters().Where(e => e.Title == "Sprachcafé – heute").OrderByDescending(e => e.Start).Select(e => e.Id).FirstAsync();
    }

    /// <summary>An initiative's events page (its id is only known once the demo is seeded), as a coordinator, with the edit form open.</summary>
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task InitiativeEventsPage_HasNoSeriousOrCriticalAxeViolation(string culture)
    {
        Guid initiative;
        await using (var scope = Fixture.App.Services.CreateAsyncScope())
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
            var hubId = await db.Hubs.Where(h => h.Slug == "leipzig-ost").Select(h => h.Id).SingleAsync();
            initiative = await db.Initiatives.IgnoreQueryFilters([HubsDbContext.TenantFilter])
                .Where(i => i.HubId == hubId && i.Status != Domain.Initiatives.InitiativeStatus.Draft).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        }

        var login = await new LoginPage(Page).GotoAsync(culture);
        await login.SignInAsync("coordinator.ost@example.org", DemoPassword);
        await Page.GotoAsync($"/hubs/leipzig-ost/initiatives/{initiative}/events?culture={culture}");
        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await AppPage.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("main input[data-testid=event-title]")).ToBeVisibleAsync();

        await Check.AccessibleAndCapturedAsync($"{culture}-sweep-initiative-events");
    }
}
