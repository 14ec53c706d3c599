namespace IntegrationHubs.Web.Features.Dashboards;

/// <summary>
/// The set-based aggregates behind the dashboards, one statement per group of figures, each grouped by hub (and month
/// where the trend needs it). Quoted verbatim in docs/metrics.md. Parameters: <c>@hub_ids</c> (uuid[]), <c>@from</c> and
/// <c>@to_excl</c> (local dates: the first day of the period and the day after its last), <c>@now</c> (timestamptz).
/// Raw SQL, not LINQ: FILTER clauses, per-hub time-zone bounds and arrays say in one statement what LINQ would need
/// several queries for; the statements bypass the tenant filter by design and read exactly the hubs they are given.
/// </summary>
public static class MetricsSql
{
    /// <summary>Each hub's period, in its own time zone: [start_at, end_at).</summary>
    public const string Bounds = """
        WITH b AS (
            SELECT h.id AS hub_id, h.time_zone AS tz,
                   (@from::timestamp AT TIME ZONE h.time_zone) AS start_at,
                   (@to_excl::timestamp AT TIME ZONE h.time_zone) AS end_at
            FROM hubs h
            WHERE h.id = ANY(@hub_ids))
        """;

    /// <summary>
    /// Active memberships joined before the period's end; month is null for those who joined before the period. Background
    /// and languages are the person's, copied onto each membership by triggers (decision 0020).
    /// </summary>
    public const string Members = Bounds + """

        SELECT m.hub_id AS hub_id,
               CASE WHEN m.joined_at >= b.start_at THEN date_trunc('month', m.joined_at AT TIME ZONE b.tz)::date END AS month,
               count(*)::int AS total,
               count(*) FILTER (WHERE m.background = 'Newcomer')::int AS newcomers,
               count(*) FILTER (WHERE m.background = 'LongTermResident')::int AS residents
        FROM hub_memberships m
        JOIN b ON b.hub_id = m.hub_id
        WHERE m.hub_id = ANY(@hub_ids) AND m.state = 'Active' AND m.joined_at < b.end_at
        GROUP BY 1, 2
        """;

    /// <summary>Languages spoken by those members: one count per hub and language.</summary>
    public const string MemberLanguages = Bounds + """

        SELECT m.hub_id AS hub_id, l.language AS key, count(*)::int AS count
        FROM hub_memberships m
        JOIN b ON b.hub_id = m.hub_id
        CROSS JOIN unnest(m.languages) AS l(language)
        WHERE m.hub_id = ANY(@hub_ids) AND m.state = 'Active' AND m.joined_at < b.end_at
        GROUP BY 1, 2
        """;

    /// <summary>
    /// Per hub and current status: initiatives first submitted in the period (the funnel), accepted in the period, of
    /// those launched by its end, and the days from first submission to launch of each launched in the period.
    /// </summary>
    public const string Initiatives = Bounds + """
        ,
        i AS (
            SELECT i.hub_id, i.id, i.status,
                   min(t.at) FILTER (WHERE t."to" = 'Submitted') AS submitted_at,
                   min(t.at) FILTER (WHERE t."to" = 'Accepted') AS accepted_at,
                   min(t.at) FILTER (WHERE t."to" = 'Launched') AS launched_at
            FROM initiatives i
            JOIN initiative_transitions t ON t.hub_id = i.hub_id AND t.initiative_id = i.id
            WHERE i.hub_id = ANY(@hub_ids) AND t.hub_id = ANY(@hub_ids)
            GROUP BY i.hub_id, i.id, i.status)
        SELECT i.hub_id AS hub_id, i.status AS status,
               count(*) FILTER (WHERE i.submitted_at >= b.start_at AND i.submitted_at < b.end_at)::int AS submitted,
               count(*) FILTER (WHERE i.accepted_at >= b.start_at AND i.accepted_at < b.end_at)::int AS accepted,
               count(*) FILTER (WHERE i.accepted_at >= b.start_at AND i.accepted_at < b.end_at AND i.launched_at < b.end_at)::int AS launched_of_accepted,
               array_agg((extract(epoch FROM i.launched_at - i.submitted_at) / 86400)::float8)
                   FILTER (WHERE i.launched_at >= b.start_at AND i.launched_at < b.end_at AND i.submitted_at IS NOT NULL) AS days_to_launch
        FROM i
        JOIN b ON b.hub_id = i.hub_id
        GROUP BY 1, 2
        """;

    /// <summary>Held events: started in the period, and closed at the door or published and over by <c>@now</c>.</summary>
    private const string HeldEvents = """
        e AS (
            SELECT e.hub_id, e.id, e.status, e.languages, date_trunc('month', e.start AT TIME ZONE b.tz)::date AS month,
                   e.walk_ins_newcomer, e.walk_ins_resident, e.walk_ins_unknown,
                   e.checked_in_newcomer, e.checked_in_resident, e.checked_in_unknown, e.confirmed_rsvps, e.showed_up
            FROM events e
            JOIN b ON b.hub_id = e.hub_id
            WHERE e.hub_id = ANY(@hub_ids) AND e.start >= b.start_at AND e.start < b.end_at
              AND (e.status = 'Closed' OR (e.status = 'Published' AND e."end" <= @now)))
        """;

    /// <summary>
    /// Per hub and month: held events, their RSVPs and attendance, and the mixing rule applied to each event. A closed event's
    /// RSVPs and check-ins are the counts kept with it at the close (decisions 0019, 0020); only events held but never closed
    /// are counted from their RSVP rows, looking up a person's background only for those checked in (the lateral join; its
    /// LIMIT keeps the planner from flattening it, so the lookup is skipped, not filtered afterwards).
    /// </summary>
    public const string Events = Bounds + ",\n" + HeldEvents + """
        ,
        r AS (
            SELECT e.hub_id, e.id AS event_id, e.confirmed_rsvps AS confirmed,
                   e.checked_in_newcomer + e.checked_in_resident + e.checked_in_unknown AS named, e.showed_up AS showed,
                   e.checked_in_newcomer AS named_newcomers, e.checked_in_resident AS named_residents
            FROM e
            WHERE e.status = 'Closed'
            UNION ALL
            SELECT r.hub_id, r.event_id,
                   count(*) FILTER (WHERE r.status = 'Confirmed') AS confirmed,
                   count(*) FILTER (WHERE r.checked_in_at IS NOT NULL) AS named,
                   count(*) FILTER (WHERE r.checked_in_at IS NOT NULL AND r.status = 'Confirmed') AS showed,
                   count(*) FILTER (WHERE r.checked_in_at IS NOT NULL AND p.background = 'Newcomer') AS named_newcomers,
                   count(*) FILTER (WHERE r.checked_in_at IS NOT NULL AND p.background = 'LongTermResident') AS named_residents
            FROM e
            JOIN rsvps r ON r.hub_id = e.hub_id AND r.event_id = e.id
            LEFT JOIN LATERAL (
                SELECT p.background FROM member_profiles p WHERE p.user_id = r.user_id AND r.checked_in_at IS NOT NULL LIMIT 1) p ON true
            WHERE e.status = 'Published' AND r.status <> 'Cancelled'
            GROUP BY r.hub_id, r.event_id),
        x AS (
            SELECT e.hub_id, e.month,
                   coalesce(r.confirmed, 0) AS confirmed, coalesce(r.named, 0) AS named, coalesce(r.showed, 0) AS showed,
                   e.walk_ins_newcomer + e.walk_ins_resident + e.walk_ins_unknown AS walk_ins,
                   coalesce(r.named, 0) + e.walk_ins_newcomer + e.walk_ins_resident + e.walk_ins_unknown AS attendees,
                   coalesce(r.named_newcomers, 0) + e.walk_ins_newcomer AS newcomers,
                   coalesce(r.named_residents, 0) + e.walk_ins_resident AS residents
            FROM e
            LEFT JOIN r ON r.hub_id = e.hub_id AND r.event_id = e.id)
        SELECT x.hub_id AS hub_id, x.month AS month,
               count(*)::int AS held,
               sum(x.confirmed)::int AS rsvps,
               sum(x.named)::int AS named_check_ins,
               sum(x.showed)::int AS showed_up,
               sum(x.walk_ins)::int AS walk_ins,
               count(*) FILTER (WHERE x.attendees >= 5)::int AS mixing_eligible,
               count(*) FILTER (WHERE x.attendees >= 5 AND x.newcomers + x.residents > 0
                                  AND 100 * x.newcomers >= 25 * (x.newcomers + x.residents)
                                  AND 100 * x.residents >= 25 * (x.newcomers + x.residents))::int AS mixed
        FROM x
        GROUP BY 1, 2
        """;

    /// <summary>Languages spoken at held events: one count of events per hub and language.</summary>
    public const string EventLanguages = Bounds + ",\n" + HeldEvents + """

        SELECT e.hub_id AS hub_id, l.language AS key, count(*)::int AS count
        FROM e, unnest(e.languages) AS l(language)
        GROUP BY 1, 2
        """;

    /// <summary>Confirmed booked hours per space, each booking clipped to the period.</summary>
    public const string BookedHours = Bounds + """

        SELECT k.hub_id AS hub_id, k.space_id AS space_id,
               (sum(extract(epoch FROM least(k."end", b.end_at) - greatest(k.start, b.start_at))) / 3600)::float8 AS booked_hours
        FROM bookings k
        JOIN b ON b.hub_id = k.hub_id
        WHERE k.hub_id = ANY(@hub_ids) AND k.status = 'Confirmed' AND k.start < b.end_at AND k."end" > b.start_at
        GROUP BY 1, 2
        """;
}
