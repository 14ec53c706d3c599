using IntegrationHubs.DataGen;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Tools;

/// <summary>The tier S network loads into a fresh database and keeps the rules the app enforces.</summary>
[Collection(AppCollection.Name)]
public sealed class SyntheticDataTests(AppFixture fixture)
{
    // One instant for every load in this class: equal seeds and instants must give equal rows; SQL's now() is later still.
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private async Task<(NpgsqlDataSource DataSource, GenerationReport Report)> LoadTierSAsync(int seed = 7)
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync("tier_s");
        await GeneratedDatabase.MigrateAsync(connectionString);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var report = await new SyntheticData(Tier.S, seed, Now).LoadAsync(dataSource, TextWriter.Null);
        return (dataSource, report);
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task TierS_LoadsEveryTable_WithTheTiersShape()
    {
        var (dataSource, report) = await LoadTierSAsync();
        await using var _ = dataSource;

        report.Rows("municipalities").ShouldBe(Tier.S.Municipalities);
        report.Rows("hubs").ShouldBe(Tier.S.Hubs);
        report.Rows("AspNetUsers").ShouldBe(Tier.S.Members);
        report.Rows("spaces").ShouldBe(Tier.S.Spaces);
        report.Rows("initiatives").ShouldBe(Tier.S.Initiatives);
        report.Rows("bookings").ShouldBe(Tier.S.Bookings);
        report.Rows("events").ShouldBe(Tier.S.Events);
        report.Rows("rsvps").ShouldBeInRange(Tier.S.Rsvps * 8 / 10, Tier.S.Rsvps * 12 / 10);
        (await CountAsync(dataSource, "SELECT count(*) FROM rsvps")).ShouldBe(report.Rows("rsvps"));
        (await CountAsync(dataSource, "SELECT count(*) FROM bookings WHERE status = 'Confirmed'")).ShouldBeGreaterThan(0);
        (await CountAsync(dataSource, "SELECT count(*) FROM rsvps WHERE checked_in_at IS NOT NULL")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task TierS_KeepsTheAppsRules()
    {
        var (dataSource, _) = await LoadTierSAsync();
        await using var __ = dataSource;

        // RSVPs only by people who belong to the event's hub.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM rsvps r
            WHERE NOT EXISTS (SELECT 1 FROM hub_memberships m WHERE m.hub_id = r.hub_id AND m.user_id = r.user_id)
            """)).ShouldBe(0);

        // Check-ins only at events that took place and were not cancelled, and only for confirmed seats.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM rsvps r JOIN events e ON e.hub_id = r.hub_id AND e.id = r.event_id
            WHERE r.checked_in_at IS NOT NULL AND (e.status = 'Cancelled' OR e."end" > now() OR r.status <> 'Confirmed')
            """)).ShouldBe(0);

        // A closed event counts its checked-in people, as closing at the door does.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM events e WHERE e.status = 'Closed'
              AND e.checked_in_newcomer + e.checked_in_resident + e.checked_in_unknown
                  <> (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.checked_in_at IS NOT NULL)
            """)).ShouldBe(0);

        // ... and its confirmed RSVPs and show-ups.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM events e WHERE e.status = 'Closed'
              AND (e.confirmed_rsvps, e.showed_up) IS DISTINCT FROM (
                  (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status = 'Confirmed'),
                  (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status = 'Confirmed' AND r.checked_in_at IS NOT NULL))
            """)).ShouldBe(0);

        // Every membership carries its person's background and languages (loaded with the copying triggers off).
        (await CountAsync(dataSource, """
            SELECT count(*) FROM hub_memberships m
            WHERE (m.background, m.languages) IS DISTINCT FROM (
                (SELECT p.background FROM member_profiles p WHERE p.user_id = m.user_id),
                coalesce((SELECT array_agg(l.language_code ORDER BY l.language_code)::text[] FROM member_languages l WHERE l.user_id = m.user_id), '{}'))
            """)).ShouldBe(0);
        (await CountAsync(dataSource, "SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%copy%' AND tgenabled = 'D'")).ShouldBe(0);

        // No event has more confirmed seats than places.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM events e
            WHERE e.capacity < (SELECT count(*) FROM rsvps r WHERE r.hub_id = e.hub_id AND r.event_id = e.id AND r.status = 'Confirmed')
            """)).ShouldBe(0);

        // Hubs still in planning have fewer than five people: the cells dashboards must suppress.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM hubs h WHERE h.status = 'Planning'
              AND (SELECT count(*) FROM hub_memberships m WHERE m.hub_id = h.id) BETWEEN 1 AND 4
            """)).ShouldBe(Tier.S.Municipalities);

        // Every launched initiative went through acceptance first.
        (await CountAsync(dataSource, """
            SELECT count(*) FROM initiatives i WHERE i.status = 'Launched'
              AND NOT EXISTS (SELECT 1 FROM initiative_transitions t WHERE t.initiative_id = i.id AND t."to" = 'Accepted')
            """)).ShouldBe(0);
    }

    [Fact]
    public async Task TierS_SameSeedAndDay_GiveTheSameRows()
    {
        var (first, _) = await LoadTierSAsync(seed: 11);
        var (second, _) = await LoadTierSAsync(seed: 11);
        await using var a = first;
        await using var b = second;

        const string Digest = """
            SELECT sum(hashtext(id::text || user_id::text || status || coalesce(checked_in_at::text, '')))::bigint FROM rsvps
            """;
        (await CountAsync(first, Digest)).ShouldBe(await CountAsync(second, Digest));
    }
}
