using System.Diagnostics;
using System.Globalization;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHubs.DataGen;

/// <summary>What was loaded, table by table, and how long it took.</summary>
public sealed record GenerationReport(IReadOnlyList<(string Table, long Rows, TimeSpan Took)> Tables)
{
    public long Rows(string table) => Tables.Where(t => t.Table == table).Sum(t => t.Rows);
}

/// <summary>
/// A synthetic network written straight into an empty, migrated database with binary COPY: municipalities,
/// hubs, members with backgrounds and languages, initiatives with their review history, spaces with
/// opening hours, non-overlapping bookings, events and RSVPs with check-ins and walk-ins. Deterministic for
/// a seed and a "now", and within the rules the app enforces (one booking per slot, RSVPs by members of the
/// event's hub, check-ins only at events that took place), so the dashboards read it as they read real data.
/// </summary>
public sealed class SyntheticData(Tier tier, int seed, DateTimeOffset now)
{
    private static readonly string[] LanguagePool = ["de", "ar", "uk", "en", "fa", "tr", "ru", "ti", "ku", "fr", "es", "pl"];
    private static readonly string[] HubLanguages = ["de", "en", "ar", "uk"];
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private readonly Random _random = new(seed);
    private readonly List<(string Table, long Rows, TimeSpan Took)> _report = [];

    private sealed record HubRow(Guid Id, HubStatus Status, double NewcomerShare)
    {
        public List<Guid> Newcomers { get; } = [];
        public List<Guid> Residents { get; } = [];
        public List<Guid> Others { get; } = [];
        public List<Guid> Spaces { get; } = [];
        public Guid Coordinator { get; set; }

        public int MemberCount => Newcomers.Count + Residents.Count + Others.Count;
    }

    public async Task<GenerationReport> LoadAsync(NpgsqlDataSource dataSource, TextWriter log, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var check = new NpgsqlCommand("SELECT count(*) FROM hubs", connection))
        {
            if ((long)(await check.ExecuteScalarAsync(ct))! > 0)
            {
                throw new InvalidOperationException("The database already has hubs; load synthetic data into an empty database (or pass --reset).");
            }
        }

        var hubs = await MunicipalitiesAndHubsAsync(connection, ct);
        await MembersAsync(connection, hubs, ct);
        await InitiativesAsync(connection, hubs, ct);
        await SpacesAsync(connection, hubs, ct);
        await BookingsAsync(connection, hubs, ct);
        await EventsAndRsvpsAsync(connection, hubs, ct);

        var analyse = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 })
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        _report.Add(("(analyze)", 0, analyse.Elapsed));
        foreach (var (table, rows, took) in _report)
        {
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table,-24} {rows,12:N0} rows  {took.TotalSeconds,7:F1} s"));
        }

        return new GenerationReport(_report);
    }

    private async Task<List<HubRow>> MunicipalitiesAndHubsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var municipalities = Enumerable.Range(1, tier.Municipalities).Select(_ => NewId()).ToList();
        await CopyAsync(connection, "municipalities", "id, name, country_code, region", municipalities.Select((id, i) => new object?[]
        {
            id, $"Gemeinde {i + 1:D2}", "DE", i % 2 == 0 ? "Sachsen" : "Hessen",
        }), [NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Char, NpgsqlDbType.Varchar], ct);

        var hubs = new List<HubRow>();
        var rows = new List<object?[]>();
        for (var m = 0; m < municipalities.Count; m++)
        {
            for (var h = 0; h < tier.HubsPerMunicipality; h++)
            {
                // Most hubs are active; the last of each municipality is still being set up, with a handful of people.
                var status = h == tier.HubsPerMunicipality - 1 ? HubStatus.Planning : h == tier.HubsPerMunicipality - 2 ? HubStatus.Prototype : HubStatus.Active;
                var hub = new HubRow(NewId(), status, 0.2 + (_random.NextDouble() * 0.5));
                hubs.Add(hub);
                rows.Add([
                    hub.Id, m, $"Hub {m + 1:D2}-{h + 1:D2}", $"g{m + 1:D2}-hub-{h + 1:D2}", $"Marktplatz {h + 1}", $"Quartier {h + 1}",
                    "Europe/Berlin", HubLanguages, null, status.ToString(), now.AddDays(-900).UtcDateTime, JoinPolicy.Open.ToString(),
                ]);
            }
        }

        await CopyAsync(connection, "hubs",
            "id, municipality_id, name, slug, address, neighbourhood, time_zone, languages, description, status, created_at, join_policy",
            rows.Select(r => { r[1] = municipalities[(int)r[1]!]; return r; }),
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
             NpgsqlDbType.Varchar, NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.Varchar], ct);
        return hubs;
    }

    private async Task MembersAsync(NpgsqlConnection connection, List<HubRow> hubs, CancellationToken ct)
    {
        // Hubs in planning get a few people (the cells the dashboards must suppress); the rest share everyone else.
        var weights = hubs.Select(h => h.Status == HubStatus.Planning ? 0.0 : 0.5 + _random.NextDouble()).ToArray();
        var total = weights.Sum();
        var users = new List<(Guid Id, Background? Background, HubRow Hub, HubRow? Second, DateTime JoinedAt)>(tier.Members);
        foreach (var planning in hubs.Where(h => h.Status == HubStatus.Planning))
        {
            for (var i = 0; i < 3; i++)
            {
                users.Add(NewMember(planning, null));
            }
        }

        while (users.Count < tier.Members)
        {
            var hub = Pick(hubs, weights, total);
            var second = _random.NextDouble() < 0.1 ? Pick(hubs, weights, total) : null;
            users.Add(NewMember(hub, second == hub ? null : second));
        }

        await CopyAsync(connection, "\"AspNetUsers\"",
            "id, display_name, preferred_culture, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count",
            users.Select((u, i) =>
            {
                var email = $"member{i + 1}@synthetic.invalid";
                return new object?[]
                {
                    u.Id, $"Mitglied {i + 1}", HubLanguages[i % HubLanguages.Length], u.JoinedAt, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(),
                    true, NewId().ToString("N"), NewId().ToString(), false, false, true, 0,
                };
            }),
            [NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
             NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Boolean, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Boolean,
             NpgsqlDbType.Boolean, NpgsqlDbType.Boolean, NpgsqlDbType.Integer], ct);

        // The triggers that copy each person's background and languages onto their memberships would run once per row;
        // off during the bulk load, the copies are set in one statement after it (decision 0020).
        await using (var off = new NpgsqlCommand("""
            ALTER TABLE member_profiles DISABLE TRIGGER member_profiles_copy_to_memberships;
            ALTER TABLE member_languages DISABLE TRIGGER member_languages_copy_to_memberships;
            ALTER TABLE hub_memberships DISABLE TRIGGER hub_memberships_copy_person;
            """, connection))
        {
            await off.ExecuteNonQueryAsync(ct);
        }

        await CopyAsync(connection, "member_profiles", "user_id, background, show_in_directory, skills, interests, updated_at",
            users.Select(u => new object?[] { u.Id, u.Background?.ToString(), false, Array.Empty<string>(), Array.Empty<string>(), u.JoinedAt }),
            [NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Boolean, NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.TimestampTz], ct);

        await CopyAsync(connection, "member_languages", "user_id, language_code, level", users.SelectMany(u => SpokenLanguages(u.Background).Select(l => new object?[] { u.Id, l.Code, l.Level.ToString() })),
            [NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar], ct);

        var memberships = new List<object?[]>(users.Count * 11 / 10);
        foreach (var u in users)
        {
            memberships.Add(Membership(u.Hub, u.Id, u.Background, u.JoinedAt));
            if (u.Second is not null)
            {
                memberships.Add(Membership(u.Second, u.Id, u.Background, u.JoinedAt.AddDays(_random.Next(1, 200))));
            }
        }

        await CopyAsync(connection, "hub_memberships", "hub_id, user_id, roles, state, joined_at", memberships,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz], ct);

        var watch = Stopwatch.StartNew();
        await using (var on = new NpgsqlCommand(Web.Data.Migrations.MemberCopies.BackfillSql + """

            ALTER TABLE member_profiles ENABLE TRIGGER member_profiles_copy_to_memberships;
            ALTER TABLE member_languages ENABLE TRIGGER member_languages_copy_to_memberships;
            """, connection) { CommandTimeout = 600 })
        {
            await on.ExecuteNonQueryAsync(ct);
        }

        _report.Add(("(members' copies set)", memberships.Count, watch.Elapsed));

        (Guid, Background?, HubRow, HubRow?, DateTime) NewMember(HubRow hub, HubRow? second)
        {
            var roll = _random.NextDouble();
            Background? background = roll < 0.15 ? null : roll < 0.2 ? Background.PreferNotToSay
                : _random.NextDouble() < hub.NewcomerShare ? Background.Newcomer : Background.LongTermResident;
            return (NewId(), background, hub, second, now.AddDays(-_random.Next(0, 800)).AddMinutes(-_random.Next(0, 1440)).UtcDateTime);
        }
    }

    private object?[] Membership(HubRow hub, Guid userId, Background? background, DateTime joinedAt)
    {
        var roles = HubRoles.Member;
        if (hub.Coordinator == Guid.Empty)
        {
            hub.Coordinator = userId;
            roles |= HubRoles.Coordinator;
        }

        // About one in fifty is waiting for approval or paused; they count nowhere but in the member list.
        var state = _random.Next(50) switch { 0 => MembershipState.Requested, 1 => MembershipState.Deactivated, _ => MembershipState.Active };
        if (state == MembershipState.Active || roles.HasFlag(HubRoles.Coordinator))
        {
            (background switch { Background.Newcomer => hub.Newcomers, Background.LongTermResident => hub.Residents, _ => hub.Others }).Add(userId);
        }

        return [hub.Id, userId, (int)roles, (roles.HasFlag(HubRoles.Coordinator) ? MembershipState.Active : state).ToString(), joinedAt];
    }

    private IEnumerable<(string Code, LanguageLevel Level)> SpokenLanguages(Background? background)
    {
        // Newcomers mostly speak a first language other than German and are learning it; residents the reverse.
        var first = background == Background.Newcomer ? LanguagePool[1 + _random.Next(LanguagePool.Length - 1)] : "de";
        yield return (first, LanguageLevel.Native);
        if (first != "de")
        {
            yield return ("de", (LanguageLevel)_random.Next(0, 3));
        }

        if (_random.NextDouble() < 0.5)
        {
            var other = LanguagePool[_random.Next(LanguagePool.Length)];
            if (other != first && other != "de")
            {
                yield return (other, (LanguageLevel)_random.Next(0, 4));
            }
        }
    }

    private async Task InitiativesAsync(NpgsqlConnection connection, List<HubRow> hubs, CancellationToken ct)
    {
        var initiatives = new List<object?[]>();
        var transitions = new List<object?[]>();
        var categories = Enum.GetNames<InitiativeCategory>();
        var perHub = Share(tier.Initiatives, hubs, planningEach: 1);
        foreach (var hub in hubs.Where(h => h.MemberCount > 0))
        {
            var count = perHub[hub];
            for (var i = 0; i < count; i++)
            {
                var id = NewId();
                var creator = AnyMember(hub);
                var created = now.AddDays(-_random.Next(30, 720)).UtcDateTime;
                var path = FunnelPath();
                DateTime? submitted = path.Count > 1 ? created.AddDays(_random.Next(1, 20)) : null;
                var at = submitted ?? created;
                for (var step = 1; step < path.Count; step++)
                {
                    at = step == 1 ? at : at.AddDays(path[step] == InitiativeStatus.Launched ? _random.Next(30, 200) : _random.Next(2, 30));
                    if (at > now.UtcDateTime)
                    {
                        at = now.UtcDateTime.AddHours(-_random.Next(1, 48));
                    }

                    transitions.Add([NewId(), hub.Id, id, path[step - 1].ToString(), path[step].ToString(), step == 1 ? creator : hub.Coordinator, at, null]);
                }

                initiatives.Add([id, hub.Id, $"Initiative {i + 1}", "Eine Idee aus der Nachbarschaft.", categories[_random.Next(categories.Length)],
                    new[] { "de", LanguagePool[_random.Next(LanguagePool.Length)] }.Distinct().ToArray(), 0, creator, path[^1].ToString(), created, submitted]);
            }
        }

        await CopyAsync(connection, "initiatives", "id, hub_id, title, summary, category, languages, needs, created_by_user_id, status, created_at, submitted_at", initiatives,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Array | NpgsqlDbType.Text,
             NpgsqlDbType.Integer, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz], ct);
        await CopyAsync(connection, "initiative_transitions", "id, hub_id, initiative_id, \"from\", \"to\", by_user_id, at, comment", transitions,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz, NpgsqlDbType.Varchar], ct);
    }

    /// <summary>A path through the review funnel that the initiative rules allow, ending in the current status.</summary>
    private List<InitiativeStatus> FunnelPath()
    {
        List<InitiativeStatus> path = [InitiativeStatus.Draft];
        var roll = _random.Next(100);
        if (roll < 10)
        {
            return path;
        }

        path.Add(InitiativeStatus.Submitted);
        if (roll < 20)
        {
            return path;
        }

        path.Add(InitiativeStatus.InReview);
        if (roll < 25)
        {
            return path;
        }

        if (roll < 30)
        {
            path.Add(InitiativeStatus.NeedsChanges);
            return path;
        }

        if (roll < 40)
        {
            path.Add(InitiativeStatus.Declined);
            return path;
        }

        path.Add(InitiativeStatus.Accepted);
        if (roll < 55)
        {
            return path;
        }

        path.Add(InitiativeStatus.Incubating);
        if (roll < 70)
        {
            return path;
        }

        path.Add(InitiativeStatus.Launched);
        if (roll >= 95)
        {
            path.Add(roll >= 98 ? InitiativeStatus.Ended : InitiativeStatus.Paused);
        }

        return path;
    }

    private async Task SpacesAsync(NpgsqlConnection connection, List<HubRow> hubs, CancellationToken ct)
    {
        const string weekdays = """[{"day": 1, "opens": "10:00:00", "closes": "20:00:00", "isValid": true, "untilMidnight": false}, {"day": 2, "opens": "10:00:00", "closes": "20:00:00", "isValid": true, "untilMidnight": false}, {"day": 3, "opens": "10:00:00", "closes": "20:00:00", "isValid": true, "untilMidnight": false}, {"day": 4, "opens": "10:00:00", "closes": "20:00:00", "isValid": true, "untilMidnight": false}, {"day": 5, "opens": "10:00:00", "closes": "20:00:00", "isValid": true, "untilMidnight": false}, {"day": 6, "opens": "12:00:00", "closes": "18:00:00", "isValid": true, "untilMidnight": false}]""";
        var types = Enum.GetValues<SpaceType>();
        var rows = new List<object?[]>();
        foreach (var hub in hubs)
        {
            for (var s = 0; s < tier.SpacesPerHub; s++)
            {
                var id = NewId();
                hub.Spaces.Add(id);
                var type = types[s % types.Length];

                // A hub in planning has not set opening hours yet: utilisation must cope with no open hours.
                rows.Add([id, hub.Id, $"{type} {s + 1}", type.ToString(), 8 + _random.Next(0, 60), 0, null, true,
                    hub.Status == HubStatus.Planning ? "[]" : weekdays, "[]", 90, TimeSpan.FromHours(4), TimeSpan.FromHours(2), false, true, WhoMayBook.Members.ToString()]);
            }
        }

        await CopyAsync(connection, "spaces",
            "id, hub_id, name, type, capacity, features, description, is_active, opening_hours, closures, policy_horizon_days, policy_max_duration, policy_min_lead_time, policy_requires_approval, policy_show_purpose_in_feed, policy_who_may_book",
            rows,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Varchar,
             NpgsqlDbType.Boolean, NpgsqlDbType.Jsonb, NpgsqlDbType.Jsonb, NpgsqlDbType.Integer, NpgsqlDbType.Interval, NpgsqlDbType.Interval,
             NpgsqlDbType.Boolean, NpgsqlDbType.Boolean, NpgsqlDbType.Varchar], ct);
    }

    private async Task BookingsAsync(NpgsqlConnection connection, List<HubRow> hubs, CancellationToken ct)
    {
        var rows = Bookings(hubs);
        await CopyAsync(connection, "bookings", "id, hub_id, space_id, start, \"end\", booked_by_user_id, for_hub, purpose, status, created_at", rows,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Uuid,
             NpgsqlDbType.Boolean, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz], ct);
    }

    private IEnumerable<object?[]> Bookings(List<HubRow> hubs)
    {
        // Slots follow each other within a space, so the no-overlap constraint holds by construction.
        var perHub = Share(tier.Bookings, hubs, planningEach: 0);
        foreach (var hub in hubs.Where(h => h.MemberCount > 0 && h.Status != HubStatus.Planning))
        {
            for (var s = 0; s < hub.Spaces.Count; s++)
            {
                var space = hub.Spaces[s];
                var count = (perHub[hub] / hub.Spaces.Count) + (s < perHub[hub] % hub.Spaces.Count ? 1 : 0);
                var span = 760.0 / Math.Max(1, count);
                var day = Local(now.AddDays(-700)).Date;
                for (var b = 0; b < count; b++)
                {
                    var startLocal = day.AddHours(10 + _random.Next(0, 7));
                    var start = ToUtc(startLocal);
                    var end = start.AddHours(1 + _random.Next(0, 3));
                    var past = end < now.UtcDateTime;
                    var status = _random.Next(100) switch
                    {
                        < 6 => BookingStatus.Cancelled,
                        < 9 => BookingStatus.Rejected,
                        < 12 when !past => BookingStatus.Pending,
                        _ => BookingStatus.Confirmed,
                    };
                    yield return [NewId(), hub.Id, space, start, end, AnyMember(hub), false, "Treffen", status.ToString(), start.AddDays(-_random.Next(1, 30))];
                    day = day.AddDays(Math.Max(1, (int)Math.Round(span * (0.5 + _random.NextDouble()))));
                }
            }
        }
    }

    private async Task EventsAndRsvpsAsync(NpgsqlConnection connection, List<HubRow> hubs, CancellationToken ct)
    {
        var events = new List<object?[]>();
        var audiences = new List<(HubRow Hub, Guid Id, int Capacity, DateTime Start, EventStatus Status, bool Held)>();
        var categories = Enum.GetNames<EventCategory>();
        var perHub = Share(tier.Events, hubs, planningEach: 2);
        foreach (var hub in hubs.Where(h => h.MemberCount > 0))
        {
            var count = perHub[hub];
            for (var e = 0; e < count; e++)
            {
                var id = NewId();
                var start = ToUtc(Local(now.AddDays(-700 + _random.NextDouble() * 760)).Date.AddHours(10 + _random.Next(0, 9)));
                var end = start.AddHours(2);
                var past = end < now.UtcDateTime;
                var status = _random.Next(100) switch
                {
                    < 5 => EventStatus.Cancelled,
                    < 15 => EventStatus.Published,
                    _ => past ? EventStatus.Closed : EventStatus.Published,
                };
                var held = past && status != EventStatus.Cancelled;
                var capacity = 10 + _random.Next(0, 31);
                var walkIns = held ? new[] { _random.Next(0, 4), _random.Next(0, 4), _random.Next(0, 3) } : [0, 0, 0];
                events.Add([id, hub.Id, $"Veranstaltung {e + 1}", "Offen für alle.", "de", "[]", categories[_random.Next(categories.Length)],
                    new[] { "de", LanguagePool[_random.Next(LanguagePool.Length)] }.Distinct().ToArray(),
                    (_random.Next(10) == 0 ? EventVisibility.MembersOnly : EventVisibility.Public).ToString(), capacity, start, end,
                    $"Marktplatz {e % 10 + 1}", status.ToString(), hub.Coordinator, start.AddDays(-_random.Next(7, 40)), walkIns[0], walkIns[1], walkIns[2],
                    status == EventStatus.Closed ? end.AddHours(1) : null]);
                audiences.Add((hub, id, capacity, start, status, held));
            }
        }

        await CopyAsync(connection, "events",
            "id, hub_id, title, description, language, translations, category, languages, visibility, capacity, start, \"end\", address, status, created_by_user_id, created_at, walk_ins_newcomer, walk_ins_resident, walk_ins_unknown, closed_at",
            events,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Jsonb, NpgsqlDbType.Varchar,
             NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz,
             NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
             NpgsqlDbType.TimestampTz], ct);
        // Streamed: at tier M these are two million rows, too many to hold at once.
        var rsvps = audiences.SelectMany(a => Rsvps(a.Hub, a.Id, a.Capacity, a.Start, a.Status, a.Held));
        await CopyAsync(connection, "rsvps", "id, hub_id, event_id, user_id, status, created_at, cancelled_at, checked_in_at", rsvps,
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz], ct);

        // A closed event keeps its checked-in people counted by background and its confirmed RSVPs and show-ups, as
        // closing at the door does. The events exist before their RSVPs, so the counts come after; the guard against
        // changing closed events is off meanwhile, as for any bulk load by the tables' owner.
        var watch = Stopwatch.StartNew();
        await using var countClosed = new NpgsqlCommand(
            "ALTER TABLE events DISABLE TRIGGER events_closed_attendance_frozen;\n" + Web.Data.Migrations.CheckInBackfill.Sql
            + "\nALTER TABLE events ENABLE TRIGGER events_closed_attendance_frozen;\n" + Web.Data.Migrations.ClosedEventTallies.Sql, connection) { CommandTimeout = 600 };
        var counted = await countClosed.ExecuteNonQueryAsync(ct);
        _report.Add(("(closed events counted)", counted, watch.Elapsed));
    }

    private IEnumerable<object?[]> Rsvps(HubRow hub, Guid eventId, int capacity, DateTime start, EventStatus status, bool held)
    {
        // A third of events draw their audience mostly from one group, so the mixing index has both kinds to count.
        var tilt = _random.Next(3) == 0 ? (_random.Next(2) == 0 ? hub.Newcomers : hub.Residents) : null;
        var wanted = Math.Min(_random.Next(0, (2 * tier.Rsvps / tier.Events) + 1), hub.MemberCount);
        var chosen = new HashSet<Guid>();
        for (var attempt = 0; chosen.Count < wanted && attempt < wanted * 4; attempt++)
        {
            var pool = tilt is { Count: > 0 } && _random.NextDouble() < 0.9 ? tilt : null;
            chosen.Add(pool is null ? AnyMember(hub) : pool[_random.Next(pool.Count)]);
        }

        var confirmed = 0;
        foreach (var user in chosen)
        {
            var created = start.AddDays(-_random.Next(1, 20));
            if (_random.Next(20) == 0)
            {
                yield return [NewId(), hub.Id, eventId, user, RsvpStatus.Cancelled.ToString(), created, created.AddDays(1), null];
                continue;
            }

            var seat = confirmed < capacity;
            confirmed += seat ? 1 : 0;
            DateTime? checkedIn = seat && held && status == EventStatus.Closed && _random.NextDouble() < 0.75 ? start.AddMinutes(_random.Next(-10, 30)) : null;
            yield return [NewId(), hub.Id, eventId, user, (seat ? RsvpStatus.Confirmed : RsvpStatus.Waitlisted).ToString(), created, null, checkedIn];
        }
    }

    /// <summary>Splits a network total over the hubs: a fixed few for each hub in planning, the rest evenly.</summary>
    private static Dictionary<HubRow, int> Share(int total, List<HubRow> hubs, int planningEach)
    {
        var planning = hubs.Count(h => h.Status == HubStatus.Planning);
        var others = hubs.Where(h => h.Status != HubStatus.Planning).ToList();
        var rest = total - (planning * planningEach);
        var shares = hubs.Where(h => h.Status == HubStatus.Planning).ToDictionary(h => h, _ => planningEach);
        for (var i = 0; i < others.Count; i++)
        {
            shares[others[i]] = (rest / others.Count) + (i < rest % others.Count ? 1 : 0);
        }

        return shares;
    }

    /// <summary>Ids from the seeded generator (random version 4), so a seed and a "now" give the same rows every time.</summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private Guid AnyMember(HubRow hub)
    {
        var i = _random.Next(hub.MemberCount);
        return i < hub.Newcomers.Count ? hub.Newcomers[i]
            : i < hub.Newcomers.Count + hub.Residents.Count ? hub.Residents[i - hub.Newcomers.Count]
            : hub.Others[i - hub.Newcomers.Count - hub.Residents.Count];
    }

    private HubRow Pick(List<HubRow> hubs, double[] weights, double total)
    {
        var x = _random.NextDouble() * total;
        for (var i = 0; i < hubs.Count; i++)
        {
            x -= weights[i];
            if (x < 0 && weights[i] > 0)
            {
                return hubs[i];
            }
        }

        return hubs.Last(h => h.Status != HubStatus.Planning);
    }

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Berlin).DateTime;

    private static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(Berlin.IsInvalidTime(local) ? local.AddHours(1) : local, DateTimeKind.Unspecified), Berlin);

    private async Task CopyAsync(NpgsqlConnection connection, string table, string columns, IEnumerable<object?[]> rows, NpgsqlDbType[] types, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        long count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            importer.Timeout = TimeSpan.FromMinutes(30);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < types.Length; i++)
                {
                    if (row[i] is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(row[i], types[i], ct);
                    }
                }

                count++;
            }

            await importer.CompleteAsync(ct);
        }

        _report.Add((table.Trim('"'), count, watch.Elapsed));
    }
}
