using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Dashboards;

/// <summary>
/// Writes the rows the dashboards count straight into the database — people, memberships, events with RSVPs and
/// walk-ins, initiatives with their transitions, spaces and bookings — at any time in the past, which the domain's
/// own methods (rightly) refuse. An event with RSVPs is created published, answered, then closed (<see cref="CloseAsync"/>),
/// as at the door: a closed event's figures are what was counted at its close.
/// </summary>
internal sealed class MetricsWorld(HubsAppFactory app)
{
    private async Task ExecAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>An account with a profile (no password: it never signs in).</summary>
    public async Task<Guid> PersonAsync(Background? background, params string[] languages)
    {
        var id = Guid.NewGuid();
        await ExecAsync("""
            INSERT INTO "AspNetUsers" (id, display_name, created_at, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES (@id, 'Someone', now(), true, false, false, true, 0);
            INSERT INTO member_profiles (user_id, background, show_in_directory, skills, interests, updated_at)
            VALUES (@id, @background, false, '{}', '{}', now());
            """, ("id", id), ("background", background?.ToString()));
        foreach (var language in languages)
        {
            await ExecAsync("INSERT INTO member_languages (user_id, language_code, level) VALUES (@id, @code, 'Fluent')", ("id", id), ("code", language));
        }

        return id;
    }

    public Task JoinAsync(ResolvedHub hub, Guid userId, DateTimeOffset joinedAt, MembershipState state = MembershipState.Active) =>
        ExecAsync("INSERT INTO hub_memberships (hub_id, user_id, roles, state, joined_at) VALUES (@hub, @user, 1, @state, @at)",
            ("hub", hub.Id), ("user", userId), ("state", state.ToString()), ("at", joinedAt.ToUniversalTime()));

    public async Task<Guid> MemberAsync(ResolvedHub hub, Background? background, DateTimeOffset joinedAt, params string[] languages)
    {
        var id = await PersonAsync(background, languages);
        await JoinAsync(hub, id, joinedAt);
        return id;
    }

    public async Task<Guid> EventAsync(ResolvedHub hub, DateTimeOffset start, EventStatus status = EventStatus.Closed,
        int walkInsNewcomer = 0, int walkInsResident = 0, int walkInsUnknown = 0, params string[] languages)
    {
        var id = Guid.NewGuid();
        await ExecAsync("""
            INSERT INTO events (id, hub_id, title, description, language, translations, category, languages, visibility, capacity, start, "end",
                                address, status, created_at, walk_ins_newcomer, walk_ins_resident, walk_ins_unknown, closed_at)
            VALUES (@id, @hub, 'Event', '', 'de', '[]', 'Meetup', @languages, 'Public', 100, @start, @end,
                    'Somewhere 1', @status, now(), @wn, @wr, @wu, CASE WHEN @status = 'Closed' THEN @end END)
            """, ("id", id), ("hub", hub.Id), ("languages", languages), ("start", start.ToUniversalTime()), ("end", start.ToUniversalTime().AddHours(2)),
            ("status", status.ToString()), ("wn", walkInsNewcomer), ("wr", walkInsResident), ("wu", walkInsUnknown));
        return id;
    }

    /// <summary>
    /// Closes a published event as the door does (<c>CloseEvent</c>): its checked-in RSVPs counted by their people's
    /// background, its confirmed RSVPs and how many of them came, all kept with the event. An event created closed has none.
    /// </summary>
    public Task CloseAsync(ResolvedHub hub, Guid eventId) =>
        ExecAsync("""
            UPDATE events e SET status = 'Closed', closed_at = e."end",
                checked_in_newcomer = c.newcomers, checked_in_resident = c.residents, checked_in_unknown = c.unknown,
                confirmed_rsvps = c.confirmed, showed_up = c.showed
            FROM (
                SELECT count(*) FILTER (WHERE r.checked_in_at IS NOT NULL AND p.background = 'Newcomer') AS newcomers,
                       count(*) FILTER (WHERE r.checked_in_at IS NOT NULL AND p.background = 'LongTermResident') AS residents,
                       count(*) FILTER (WHERE r.checked_in_at IS NOT NULL AND (p.background IS NULL OR p.background NOT IN ('Newcomer', 'LongTermResident'))) AS unknown,
                       count(*) FILTER (WHERE r.status = 'Confirmed') AS confirmed,
                       count(*) FILTER (WHERE r.status = 'Confirmed' AND r.checked_in_at IS NOT NULL) AS showed
                FROM rsvps r
                LEFT JOIN member_profiles p ON p.user_id = r.user_id
                WHERE r.hub_id = @hub AND r.event_id = @event AND r.status <> 'Cancelled') c
            WHERE e.hub_id = @hub AND e.id = @event AND e.status = 'Published'
            """, ("hub", hub.Id), ("event", eventId));

    public Task RsvpAsync(ResolvedHub hub, Guid eventId, Guid userId, RsvpStatus status = RsvpStatus.Confirmed, bool checkedIn = false) =>
        ExecAsync("""
            INSERT INTO rsvps (id, hub_id, event_id, user_id, status, created_at, checked_in_at)
            VALUES (@id, @hub, @event, @user, @status, now(), CASE WHEN @checked THEN now() END)
            """, ("id", Guid.NewGuid()), ("hub", hub.Id), ("event", eventId), ("user", userId), ("status", status.ToString()), ("checked", checkedIn));

    /// <summary>An initiative now in <paramref name="status"/>, having passed <paramref name="steps"/> (to which status, when).</summary>
    public async Task InitiativeAsync(ResolvedHub hub, InitiativeStatus status, params (InitiativeStatus To, DateTimeOffset At)[] steps)
    {
        var id = Guid.NewGuid();
        await ExecAsync("""
            INSERT INTO initiatives (id, hub_id, title, summary, category, languages, needs, status, created_at)
            VALUES (@id, @hub, 'Initiative', '', 'Other', '{}', 0, @status, now())
            """, ("id", id), ("hub", hub.Id), ("status", status.ToString()));
        var from = InitiativeStatus.Draft;
        foreach (var (to, at) in steps)
        {
            await ExecAsync("""
                INSERT INTO initiative_transitions (id, hub_id, initiative_id, "from", "to", at) VALUES (@id, @hub, @initiative, @from, @to, @at)
                """, ("id", Guid.NewGuid()), ("hub", hub.Id), ("initiative", id), ("from", from.ToString()), ("to", to.ToString()), ("at", at.ToUniversalTime()));
            from = to;
        }
    }

    /// <summary>Runs a statement as a migration or another tool would, round the app (e.g. a profile changed later).</summary>
    public Task SqlAsync(string sql, params (string Name, object? Value)[] parameters) => ExecAsync(sql, parameters);

    public Task<Guid> SpaceAsync(ResolvedHub hub, string name, params OpeningPeriod[] hours) =>
        InHubAsync(hub, db =>
        {
            var space = Space.Create(name, SpaceType.Other, 20);
            space.SetOpeningHours(hours);
            db.Spaces.Add(space);
            return space.Id;
        });

    public Task<Guid> BookingAsync(ResolvedHub hub, Guid spaceId, DateTimeOffset start, DateTimeOffset end, bool confirmed = true) =>
        InHubAsync(hub, db =>
        {
            var booking = Booking.Request(spaceId, new BookingRequest(start, end), Guid.Empty, null, true, "Use",
                confirmed ? BookingStatus.Confirmed : BookingStatus.Pending, start.AddDays(-10));
            typeof(Booking).GetProperty(nameof(Booking.BookedByUserId))!.SetValue(booking, null);
            db.Bookings.Add(booking);
            return booking.Id;
        });

    private Task<T> InHubAsync<T>(ResolvedHub hub, Func<Web.Data.HubsDbContext, T> change) =>
        app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<HubContext>().Enter(hub);
            await using var db = await HubsAppFactory.CreateDbContextAsync(services);
            var result = change(db);
            await db.SaveChangesAsync();
            return result;
        });
}
