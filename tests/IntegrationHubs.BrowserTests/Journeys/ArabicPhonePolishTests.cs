using IntegrationHubs.BrowserTests.Pages;
using IntegrationHubs.BrowserTests.Support;
using IntegrationHubs.Domain.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.BrowserTests.Journeys;

/// <summary>Right to left on a phone (390 px, Arabic): select menus open at their field, text people wrote lines up with the page, numbers in attributes are numbers.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ArabicPhonePolishTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task SelectMenu_InArabic_OpensAtItsField_AndEveryTabindexIsANumber()
    {
        await Page.SetViewportSizeAsync(390, 844);
        var (spaceId, _) = await TestSpaces.CreateAsync(Fixture.App, "leipzig-ost", "Menüraum", SpaceType.CoWorking, 6,
            new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.FromHours(1), MaxDuration = TimeSpan.FromHours(3), HorizonDays = 30 },
            new TimeOnly(8, 0), new TimeOnly(22, 0));
        var login = await new LoginPage(Page).GotoAsync("ar");
        await login.SignInAsync("amal@example.org", DemoPassword);
        await AppPage.GotoInteractiveAsync(Page, $"/hubs/leipzig-ost/spaces?space={spaceId}&culture=ar");

        // Blazor wrote number attributes in the page's culture: Arabic's minus carries a letter mark (U+061C).
        var notNumbers = await Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[tabindex]')].map(e => e.getAttribute('tabindex')).filter(v => !/^-?[0-9]+$/.test(v))");
        notNumbers.ShouldBeEmpty();

        var field = Page.Locator("main .mud-input-control:has([data-testid=booking-space]), main .mud-input-control[data-testid=booking-space]").First;
        await field.ClickAsync();
        var menu = Page.Locator(".mud-popover-open").First;
        await Expect(menu).ToBeVisibleAsync();
        // The menu's opening transition has to finish before its box is read.
        await menu.EvaluateAsync("el => Promise.all(el.getAnimations({ subtree: true }).map(a => a.finished))");
        var fieldBox = (await field.BoundingBoxAsync())!;
        var menuBox = (await menu.BoundingBoxAsync())!;
        await Check.CaptureAsync("phone-ar-select-menu");
        Output.WriteLine($"field {fieldBox.X}..{fieldBox.X + fieldBox.Width}, menu {menuBox.X}..{menuBox.X + menuBox.Width}");

        // Right to left the menu hangs from the field's right edge, and stays on the screen.
        Math.Abs(menuBox.X + menuBox.Width - (fieldBox.X + fieldBox.Width)).ShouldBeLessThan(4);
        menuBox.X.ShouldBeGreaterThanOrEqualTo(0);
        (menuBox.X + menuBox.Width).ShouldBeLessThanOrEqualTo(390);
    }

    [Fact]
    public async Task EventPage_InArabic_ShowsTheAddressBesideItsLabel_NotAtTheFarEdge()
    {
        await Page.SetViewportSizeAsync(390, 844);
        Guid soon;
        await using (var scope = Fixture.App.Services.CreateAsyncScope())
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
            soon = await db.Events.IgnoreQueryFilters().Where(e => e.Title == "Sprachcafé – heute").OrderByDescending(e => e.Start).Select(e => e.Id).FirstAsync();
        }

        await Page.GotoAsync($"/events/{soon}?culture=ar");
        await Expect(Page.Locator("main [data-testid=event-place]")).ToBeVisibleAsync();
        await Check.AccessibleAndCapturedAsync("phone-ar-event-page");

        // The right edges of the label's text and of the place's text (right to left, both start at the right).
        var edges = await Page.EvaluateAsync<double[]>(
            """
            () => {
                const place = document.querySelector('main [data-testid=event-place]');
                const label = place.previousElementSibling;
                const textRight = el => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect().right; };
                return [textRight(label), textRight(place)];
            }
            """);
        Math.Abs(edges[0] - edges[1]).ShouldBeLessThan(2);
    }
}
