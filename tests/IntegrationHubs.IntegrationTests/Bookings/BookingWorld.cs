using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Me;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHubs.IntegrationTests.Bookings;

/// <summary>Two hubs in Berlin time, people with roles in them, and spaces arranged straight in the database.</summary>
internal sealed class BookingWorld(HubsAppFactory app)
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public MemberScenario Scenario { get; } = new(app);

    public Hub Ost { get; private set; } = default!;
    public Hub West { get; private set; } = default!;
    public ApplicationUser Rana { get; private set; } = default!;
    public ApplicationUser Olek { get; private set; } = default!;
    public ApplicationUser Carla { get; private set; } = default!;

    /// <summary>Coordinator of West only.</summary>
    public ApplicationUser Wanda { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await app.ResetDatabaseAsync();
        Ost = await Scenario.HubAsync("ost");
        West = await Scenario.HubAsync("west");
        Rana = await Scenario.PersonAsync("Rana Farahani", "rana@example.org");
        Olek = await Scenario.PersonAsync("Olek Member", "olek@example.org");
        Carla = await Scenario.PersonAsync("Carla Coordinator", "carla@example.org");
        Wanda = await Scenario.PersonAsync("Wanda West", "wanda@example.org");
        await Scenario.MembershipAsync(Ost, Rana, HubRoles.Member);
        await Scenario.MembershipAsync(Ost, Olek, HubRoles.Member);
        await Scenario.MembershipAsync(Ost, Carla, HubRoles.Member | HubRoles.Coordinator);
        await Scenario.MembershipAsync(West, Wanda, HubRoles.Member | HubRoles.Coordinator);

        // The slugs are the same in every test, the hubs new: a slug the app resolved for an earlier test must not stand.
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HubResolver>().Forget(Ost.Slug);
        scope.ServiceProvider.GetRequiredService<HubResolver>().Forget(West.Slug);
    }

    /// <summary>A space open every day 08:00–22:00 (or all day), written from inside <paramref name="hub"/>.</summary>
    public async Task<Space> SpaceAsync(Hub hub, string name = "Werkstatt", BookingPolicy? policy = null, bool allDay = false, params Closure[] closures)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HubContext>().Enter(MemberScenario.Resolved(hub));
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var space = Space.Create(name, SpaceType.Workshop, 12);
        space.SetPolicy(policy ?? new BookingPolicy { RequiresApproval = true, MinLeadTime = TimeSpan.Zero, MaxDuration = TimeSpan.FromHours(4), HorizonDays = 60 });
        space.SetOpeningHours(Enum.GetValues<DayOfWeek>().Select(d =>
            allDay ? new OpeningPeriod(d, TimeOnly.MinValue, TimeOnly.MinValue) : new OpeningPeriod(d, new TimeOnly(8, 0), new TimeOnly(22, 0))));
        space.SetClosures(closures);
        db.Spaces.Add(space);
        await db.SaveChangesAsync();
        return space;
    }

    /// <summary>A local date in Berlin some days from today.</summary>
    public static DateTime Day(int daysAhead) => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).Date.AddDays(daysAhead);

    public static BookingForm Form(Space space, int daysAhead = 3, int fromHour = 10, int toHour = 12, string purpose = "Nähcafé") => new()
    {
        SpaceId = space.Id, Date = Day(daysAhead), Start = TimeSpan.FromHours(fromHour), End = TimeSpan.FromHours(toHour), Purpose = purpose,
    };

    public Task<T> As<T, THandler>(ApplicationUser user, Func<THandler, Task<T>> action, Hub? hub = null)
        where THandler : notnull =>
        Scenario.AsAsync(user, hub ?? Ost, s => action(s.GetRequiredService<THandler>()));

    public Task<BookingResult> BookAsync(ApplicationUser user, BookingForm form, Hub? hub = null) =>
        As<BookingResult, BookSpace>(user, h => h.HandleAsync(form), hub);

    public Task<List<Booking>> AllBookingsAsync() =>
        Scenario.ReadAsync(db => db.Bookings.IgnoreQueryFilters().AsNoTracking().OrderBy(b => b.Start).ToListAsync());

    public Task<Booking> LoadAsync(Guid id) =>
        Scenario.ReadAsync(db => db.Bookings.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Id == id));
}
