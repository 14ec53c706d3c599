using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Metrics;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Features.Dashboards;
using IntegrationHubs.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Dashboards;

/// <summary>
/// The counts the dashboards read instead of the raw rows (decision 0020) — closed events' tallies, members' copied
/// backgrounds and languages — give the figures that counting the raw rows gives, whatever happens to the rows later,
/// except where decision 0019 says a closed event's figures stay as they were.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MetricsTalliesTests(AppFixture fixture) : IAsyncLifetime
{
    private static readonly Background?[] Backgrounds = [Background.Newcomer, Background.LongTermResident, Background.PreferNotToSay, null];
    private static readonly string[] Languages = ["de", "ar", "uk", "fa", "en"];

    // What the figures were before decision 0020, counted from the raw rows: per hub over [@start, @end).
    private const string LiveMembers = """
        SELECT m.hub_id, count(*)::int AS total,
               count(*) FILTER (WHERE p.background = 'Newcomer')::int AS newcomers,
               count(*) FILTER (WHERE p.background = 'LongTermResident')::int AS residents,
               count(*) FILTER (WHERE m.joined_at >= @start)::int AS new
        FROM hub_memberships m
        LEFT JOIN member_profiles p ON p.user_id = m.user_id
        WHERE m.hub_id = ANY(@hubs) AND m.state = 'Active' AND m.joined_at < @end
        GROUP BY 1
        """;

    private const string LiveMemberLanguages = """
        SELECT m.hub_id, l.language_code, count(*)::int
        FROM hub_memberships m
        JOIN member_languages l ON l.user_id = m.user_id
        WHERE m.hub_id = ANY(@hubs) AND m.state = 'Active' AND m.joined_at < @end
        GROUP BY 1, 2
        """;

    private const string LiveEvents = """
        WITH x AS (
            SELECT e.hub_id,
                   (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status = 'Confirmed') AS confirmed,
                   (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status <> 'Cancelled' AND r.checked_in_at IS NOT NULL) AS named,
                   (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status = 'Confirmed' AND r.checked_in_at IS NOT NULL) AS showed,
                   (SELECT count(*) FROM rsvps r JOIN member_profiles p ON p.user_id = r.user_id
                    WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status <> 'Cancelled' AND r.checked_in_at IS NOT NULL AND p.background = 'Newcomer') + e.walk_ins_newcomer AS newcomers,
                   (SELECT count(*) FROM rsvps r JOIN member_profiles p ON p.user_id = r.user_id
                    WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status <> 'Cancelled' AND r.checked_in_at IS NOT NULL AND p.background = 'LongTermResident') + e.walk_ins_resident AS residents,
                   e.walk_ins_newcomer + e.walk_ins_resident + e.walk_ins_unknown AS walk_ins
            FROM events e
            WHERE e.hub_id = ANY(@hubs) AND e.start >= @start AND e.start < @end
              AND (e.status = 'Closed' OR (e.status = 'Published' AND e."end" <= now())))
        SELECT hub_id, count(*)::int, sum(confirmed)::int, sum(named)::int, sum(showed)::int, sum(walk_ins)::int,
               count(*) FILTER (WHERE named + walk_ins >= 5)::int,
               count(*) FILTER (WHERE named + walk_ins >= 5 AND newcomers + residents > 0
                                  AND 100 * newcomers >= 25 * (newcomers + residents) AND 100 * residents >= 25 * (newcomers + residents))::int
        FROM x GROUP BY 1
        """;

    private readonly Arrange _arrange = new(fixture.App);
    private readonly MetricsWorld _world = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<IReadOnlyList<HubFigures>> ReadAsync(DateOnly from, params Guid[] hubs) =>
        fixture.App.WithScopeAsync(services => services.GetRequiredService<MetricsReader>().ReadAsync(hubs, from, Today));

    private async Task<List<object[]>> LiveAsync(string sql, DateOnly from, Guid[] hubs)
    {
        // Hubs of the Arrange helper live in Europe/Berlin; the period's bounds are its local midnights, as the reader's.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), berlin.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("hubs", hubs);
        command.Parameters.AddWithValue("start", Midnight(from).ToUniversalTime());
        command.Parameters.AddWithValue("end", Midnight(Today.AddDays(1)).ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private async Task ShouldEqualTheLiveCountAsync(DateOnly from, IReadOnlyList<ResolvedHub> hubs)
    {
        var ids = hubs.Select(h => h.Id).ToArray();
        var figures = (await ReadAsync(from, ids)).ToDictionary(f => f.HubId);
        var members = (await LiveAsync(LiveMembers, from, ids)).ToDictionary(r => (Guid)r[0]);
        var languages = await LiveAsync(LiveMemberLanguages, from, ids);
        var events = (await LiveAsync(LiveEvents, from, ids)).ToDictionary(r => (Guid)r[0]);
        foreach (var id in ids)
        {
            var f = figures[id];
            var m = members.GetValueOrDefault(id) ?? [id, 0, 0, 0, 0];
            f.Members.ShouldBe(new MemberCounts((int)m[1], (int)m[4], (int)m[2], (int)m[3], (int)m[1] - (int)m[2] - (int)m[3]), customMessage: $"members of {id}");
            f.MemberLanguages.ShouldBe(languages.Where(l => (Guid)l[0] == id).ToDictionary(l => (string)l[1], l => (int)l[2]), ignoreOrder: true);
            var e = events.GetValueOrDefault(id) ?? [id, 0, 0, 0, 0, 0, 0, 0];
            f.Events.ShouldBe(new EventCounts((int)e[1], (int)e[2], (int)e[3], (int)e[4], (int)e[5], (int)e[6], (int)e[7]), customMessage: $"events of {id}");
            f.Months.Select(x => x.Events).Aggregate(EventCounts.Zero, EventCounts.Add).ShouldBe(f.Events);
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public async Task RandomHubs_FiguresFromTheTallies_EqualTheLiveCount_AlsoAfterProfilesChange(int seed)
    {
        // Arrange: three hubs; people in one or two of them; events closed, held but never closed, cancelled, to come.
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var hubs = new[] { await _arrange.HubAsync("Nordlicht"), await _arrange.HubAsync("Suedhang"), await _arrange.HubAsync("Ostkreuz") };
        var people = new List<(Guid Id, List<ResolvedHub> Hubs)>();
        for (var p = 0; p < 30; p++)
        {
            var home = hubs[random.Next(hubs.Length)];
            var id = await _world.MemberAsync(home, Backgrounds[random.Next(Backgrounds.Length)], now.AddDays(-random.Next(1, 500)),
                [.. Languages.Where(_ => random.Next(3) == 0)]);
            var theirs = new List<ResolvedHub> { home };
            if (random.Next(4) == 0)
            {
                var second = hubs.First(h => h != home);
                await _world.JoinAsync(second, id, now.AddDays(-random.Next(1, 300)), random.Next(5) == 0 ? MembershipState.Left : MembershipState.Active);
                theirs.Add(second);
            }

            people.Add((id, theirs));
        }

        foreach (var hub in hubs)
        {
            var theirs = people.Where(p => p.Hubs.Contains(hub)).Select(p => p.Id).ToList();
            for (var e = 0; e < 8; e++)
            {
                var past = random.Next(5) > 0;
                var start = past ? now.AddDays(-random.Next(2, 400)) : now.AddDays(random.Next(1, 20));
                var id = await _world.EventAsync(hub, start, EventStatus.Published, random.Next(0, 4), random.Next(0, 4), random.Next(0, 3), Languages[random.Next(3)]);
                foreach (var person in theirs.Where(_ => random.Next(2) == 0))
                {
                    var status = random.Next(6) switch { 0 => RsvpStatus.Cancelled, 1 => RsvpStatus.Waitlisted, _ => RsvpStatus.Confirmed };
                    await _world.RsvpAsync(hub, id, person, status, checkedIn: past && status != RsvpStatus.Cancelled && random.Next(3) > 0);
                }

                switch (random.Next(4))
                {
                    case 0 or 1 when past:
                        await _world.CloseAsync(hub, id);
                        break;
                    case 2:
                        await _world.SqlAsync("UPDATE events SET status = 'Cancelled' WHERE id = @id", ("id", id));
                        break;
                }
            }
        }

        var from = Today.AddDays(-random.Next(30, 450));

        // Act and assert: as loaded, and after people join and change their background and languages. (None changes
        // after an event closed, so the frozen counts and the live count agree; that case is the next test's.)
        await ShouldEqualTheLiveCountAsync(from, hubs);

        var closedAttendees = await LiveAsync("SELECT DISTINCT r.user_id FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.status = 'Closed'", from, []);
        var changeable = people.Where(p => closedAttendees.All(r => (Guid)r[0] != p.Id)).ToList();
        foreach (var (id, _) in changeable.Where(_ => random.Next(2) == 0))
        {
            await _world.SqlAsync("UPDATE member_profiles SET background = @b WHERE user_id = @id", ("b", Backgrounds[random.Next(Backgrounds.Length)]?.ToString()), ("id", id));
            await _world.SqlAsync("DELETE FROM member_languages WHERE user_id = @id AND language_code = 'de'", ("id", id));
            await _world.SqlAsync("INSERT INTO member_languages (user_id, language_code, level) VALUES (@id, @code, 'Basic') ON CONFLICT DO NOTHING",
                ("id", id), ("code", Languages[random.Next(Languages.Length)]));
        }

        foreach (var (id, _) in changeable.Where(_ => random.Next(6) == 0))
        {
            await _world.SqlAsync("DELETE FROM member_profiles WHERE user_id = @id", ("id", id));
        }

        await ShouldEqualTheLiveCountAsync(from, hubs);
    }

    [Fact]
    public async Task AfterTheClose_AChangedProfileOrDeletedAccount_LeavesTheEvent_AndTheMembersFollow()
    {
        // Arrange: a closed event with a newcomer and a resident checked in and a confirmed no-show; the newcomer is a
        // member of a second hub too.
        var hub = await _arrange.HubAsync("Nordlicht");
        var other = await _arrange.HubAsync("Suedhang");
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        var newcomer = await _world.MemberAsync(hub, Background.Newcomer, start.AddDays(-30), "ar");
        await _world.JoinAsync(other, newcomer, start.AddDays(-20));
        var resident = await _world.MemberAsync(hub, Background.LongTermResident, start.AddDays(-30), "de");
        var noShow = await _world.MemberAsync(hub, null, start.AddDays(-30));
        var ev = await _world.EventAsync(hub, start, EventStatus.Published, walkInsUnknown: 3);
        await _world.RsvpAsync(hub, ev, newcomer, checkedIn: true);
        await _world.RsvpAsync(hub, ev, resident, checkedIn: true);
        await _world.RsvpAsync(hub, ev, noShow);
        await _world.CloseAsync(hub, ev);
        var from = Today.AddDays(-60);
        var closed = (await ReadAsync(from, hub.Id)).Single();
        closed.Events.ShouldBe(new EventCounts(Held: 1, Rsvps: 3, NamedCheckIns: 2, ShowedUp: 2, WalkIns: 3, MixingEligible: 1, Mixed: 1));

        // Act: the newcomer now says resident and speaks Ukrainian too; the no-show's account is deleted.
        await _world.SqlAsync("UPDATE member_profiles SET background = 'LongTermResident' WHERE user_id = @id", ("id", newcomer));
        await _world.SqlAsync("INSERT INTO member_languages (user_id, language_code, level) VALUES (@id, 'uk', 'Fluent')", ("id", newcomer));
        await _world.SqlAsync("DELETE FROM \"AspNetUsers\" WHERE id = @id", ("id", noShow));

        // Assert: the event's figures are as they were at the close; the members' are today's, in both hubs.
        var figures = await ReadAsync(from, hub.Id, other.Id);
        figures[0].Events.ShouldBe(closed.Events);
        figures[0].Members.ShouldBe(new MemberCounts(Total: 2, New: 2, Newcomers: 0, Residents: 2, NotSaid: 0));
        figures[0].MemberLanguages.ShouldBe(new Dictionary<string, int> { ["ar"] = 1, ["de"] = 1, ["uk"] = 1 }, ignoreOrder: true);
        figures[1].Members.ShouldBe(new MemberCounts(Total: 1, New: 1, Newcomers: 0, Residents: 1, NotSaid: 0));
        figures[1].Events.ShouldBe(EventCounts.Zero);
    }

    [Fact]
    public async Task AClosedEventsTallies_AreFrozenLikeItsAttendance()
    {
        var hub = await _arrange.HubAsync("Nordlicht");
        var ev = await _world.EventAsync(hub, DateTimeOffset.UtcNow.AddDays(-1), EventStatus.Published);
        await _world.RsvpAsync(hub, ev, await _world.MemberAsync(hub, Background.Newcomer, DateTimeOffset.UtcNow.AddDays(-9)), checkedIn: true);
        await _world.CloseAsync(hub, ev);

        var refused = await Should.ThrowAsync<PostgresException>(() => _world.SqlAsync("UPDATE events SET confirmed_rsvps = 7 WHERE id = @id", ("id", ev)));

        refused.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
        (await ReadAsync(Today.AddDays(-5), hub.Id)).Single().Events.Rsvps.ShouldBe(1);
    }

    [Fact]
    public async Task AMembershipAdded_WhileTheProfileChanges_EndsWithThePersonsBackground()
    {
        // Two connections race: one adds the person to hubs, the other flips their background and languages. Whichever
        // order the database picks, every membership ends with what the profile says.
        var hubs = new List<ResolvedHub>();
        for (var h = 0; h < 6; h++)
        {
            hubs.Add(await _arrange.HubAsync($"Hub{h}"));
        }

        for (var round = 0; round < 5; round++)
        {
            var person = await _world.PersonAsync(Background.Newcomer, "ar");
            var joins = Task.WhenAll(hubs.Select(h => _world.JoinAsync(h, person, DateTimeOffset.UtcNow.AddDays(-1))));
            var changes = Task.Run(async () =>
            {
                for (var i = 0; i < 6; i++)
                {
                    await _world.SqlAsync("UPDATE member_profiles SET background = CASE WHEN background = 'Newcomer' THEN 'LongTermResident' ELSE 'Newcomer' END WHERE user_id = @id", ("id", person));
                    await _world.SqlAsync("INSERT INTO member_languages (user_id, language_code, level) VALUES (@id, @code, 'Basic')", ("id", person), ("code", $"x{round}{i}"));
                }
            });
            await Task.WhenAll(joins, changes);

            var stale = await LiveAsync("""
                SELECT count(*)::int FROM hub_memberships m
                WHERE m.user_id = ANY(@hubs) AND (m.background, m.languages) IS DISTINCT FROM (
                    (SELECT p.background FROM member_profiles p WHERE p.user_id = m.user_id),
                    (SELECT array_agg(l.language_code ORDER BY l.language_code)::text[] FROM member_languages l WHERE l.user_id = m.user_id))
                """, Today, [person]);
            ((int)stale[0][0]).ShouldBe(0);
        }
    }
}
