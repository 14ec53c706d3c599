using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Bookings;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Events;

/// <summary>The booking world (two hubs, Rana and Olek members of Ost, Carla coordinating Ost, Wanda West) with events on top.</summary>
internal sealed class EventWorld(HubsAppFactory app)
{
    public BookingWorld Bookings { get; } = new(app);

    public Task InitializeAsync() => Bookings.InitializeAsync();

    public static EventForm AtAddress(int capacity = 10, int daysAhead = 3, int fromHour = 18, int toHour = 20, bool membersOnly = false, string title = "Nachbarschaftsfest") => new()
    {
        Title = title, Description = "Alle willkommen", Language = "de", Category = EventCategory.Food, Languages = ["de", "ar"],
        Capacity = capacity, Date = BookingWorld.Day(daysAhead), Start = TimeSpan.FromHours(fromHour), End = TimeSpan.FromHours(toHour),
        AtAddress = true, Address = "Marktplatz 1", MembersOnly = membersOnly,
    };

    public static EventForm InSpace(Space space, int capacity = 10, int daysAhead = 3, int fromHour = 18, int toHour = 20)
    {
        var form = AtAddress(capacity, daysAhead, fromHour, toHour);
        form.AtAddress = false;
        form.Address = null;
        form.SpaceId = space.Id;
        return form;
    }

    public Task<EventResult> CreateAsync(EventForm form, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<EventResult, CreateEvent>(Bookings.Carla, h => h.HandleAsync(form), hub);

    public async Task<Guid> PublishedAsync(int capacity = 10, bool membersOnly = false)
    {
        var result = await CreateAsync(AtAddress(capacity, membersOnly: membersOnly));
        result.RefusalKey.ShouldBeNull();
        return result.Id!.Value;
    }

    public Task<RsvpResult> RsvpAsync(ApplicationUser user, Guid eventId, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<RsvpResult, RsvpToEvent>(user, h => h.HandleAsync(eventId), hub);

    public Task<RsvpResult> WithdrawAsync(ApplicationUser user, Guid eventId, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<RsvpResult, CancelRsvp>(user, h => h.HandleAsync(eventId), hub);

    public Task<List<Rsvp>> RsvpsAsync(Guid eventId) =>
        Bookings.Scenario.ReadAsync(db => db.Rsvps.IgnoreQueryFilters().AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Sequence).ToListAsync());

    public Task<Event> LoadAsync(Guid id) =>
        Bookings.Scenario.ReadAsync(db => db.Events.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id));

    public async Task<List<ApplicationUser>> MembersAsync(int count)
    {
        var people = new List<ApplicationUser>();
        for (var i = 0; i < count; i++)
        {
            var person = await Bookings.Scenario.PersonAsync($"Person {i}", $"p{i}@example.org");
            await Bookings.Scenario.MembershipAsync(Bookings.Ost, person, Domain.Members.HubRoles.Member);
            people.Add(person);
        }

        return people;
    }

    /// <summary>Moves an event to start in half an hour: its door is open.</summary>
    public Task MoveToDoorAsync(Guid id) =>
        ExecuteAsync("UPDATE events SET start = now() + interval '30 minutes', \"end\" = now() + interval '150 minutes' WHERE id = @id", id);

    public async Task ExecuteAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How a person describes themselves in their profile.</summary>
    public Task BackgroundAsync(ApplicationUser user, Domain.Members.Background? background) =>
        Bookings.Scenario.ReadAsync(async db =>
        {
            db.MemberProfiles.Add(new Domain.Members.MemberProfile { UserId = user.Id, Background = background, UpdatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

    public Task<CheckInSheet> SheetAsync(ApplicationUser user, Guid eventId, string? search = null, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<CheckInSheet, GetCheckIn>(user, h => h.HandleAsync(eventId, search, "de"), hub);

    public Task<CheckInChange> TickAsync(ApplicationUser user, Guid eventId, Guid rsvpId, bool present = true, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<CheckInChange, CheckInRsvp>(user, h => h.HandleAsync(eventId, rsvpId, present), hub);

    public Task<CheckInChange> WalkInAsync(ApplicationUser user, Guid eventId, WalkInGroup group, int delta, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<CheckInChange, ChangeWalkIns>(user, h => h.HandleAsync(eventId, group, delta), hub);

    public Task<EventChange> CloseAsync(ApplicationUser user, Guid eventId, Domain.Hubs.Hub? hub = null) =>
        Bookings.As<EventChange, CloseEvent>(user, h => h.HandleAsync(eventId), hub);

    /// <summary>An event at the door (starting in half an hour) with <paramref name="people"/> RSVPed in order.</summary>
    public async Task<Guid> AtTheDoorAsync(int capacity, params ApplicationUser[] people)
    {
        var eventId = await PublishedAsync(capacity);
        foreach (var person in people)
        {
            (await RsvpAsync(person, eventId)).Succeeded.ShouldBeTrue();
        }

        await MoveToDoorAsync(eventId);
        return eventId;
    }

    /// <summary>Moves an event into the past, as time would.</summary>
    public async Task MoveToPastAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE events SET start = now() - interval '3 hours', \"end\" = now() - interval '1 hour' WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", id);
        await update.ExecuteNonQueryAsync();
    }
}
