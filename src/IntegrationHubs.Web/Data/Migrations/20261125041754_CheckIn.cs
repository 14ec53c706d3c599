using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CheckIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_events_walk_ins",
                table: "events");

            migrationBuilder.AddColumn<int>(
                name: "checked_in_newcomer",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "checked_in_resident",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "checked_in_unknown",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            // Events closed before this migration: closed when they ended, their checked-in people counted now.
            migrationBuilder.Sql(CheckInBackfill.Sql);

            migrationBuilder.AddCheckConstraint(
                name: "ck_rsvps_checked_in_not_cancelled",
                table: "rsvps",
                sql: "checked_in_at IS NULL OR status <> 'Cancelled'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_checked_in",
                table: "events",
                sql: "checked_in_newcomer >= 0 AND checked_in_resident >= 0 AND checked_in_unknown >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_closed_at",
                table: "events",
                sql: "(status = 'Closed') = (closed_at IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_walk_ins",
                table: "events",
                sql: "walk_ins_newcomer BETWEEN 0 AND 10000 AND walk_ins_resident BETWEEN 0 AND 10000 AND walk_ins_unknown BETWEEN 0 AND 10000");

            // A closed event's attendance is what the hub's figures read: once closed, its status, walk-ins and
            // checked-in counts no longer change, and neither do the ticks or answers of its RSVPs (decision 0019).
            migrationBuilder.Sql("""
                CREATE FUNCTION events_closed_attendance_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (NEW.status, NEW.walk_ins_newcomer, NEW.walk_ins_resident, NEW.walk_ins_unknown,
                        NEW.checked_in_newcomer, NEW.checked_in_resident, NEW.checked_in_unknown, NEW.closed_at)
                       IS DISTINCT FROM (OLD.status, OLD.walk_ins_newcomer, OLD.walk_ins_resident, OLD.walk_ins_unknown,
                        OLD.checked_in_newcomer, OLD.checked_in_resident, OLD.checked_in_unknown, OLD.closed_at) THEN
                        RAISE EXCEPTION 'the attendance of a closed event is final'
                            USING ERRCODE = 'check_violation', TABLE = 'events', CONSTRAINT = 'events_closed_attendance_frozen';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER events_closed_attendance_frozen BEFORE UPDATE ON events
                    FOR EACH ROW WHEN (OLD.status = 'Closed') EXECUTE FUNCTION events_closed_attendance_frozen();

                CREATE FUNCTION rsvps_of_closed_event_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM events e WHERE e.hub_id = OLD.hub_id AND e.id = OLD.event_id AND e.status = 'Closed') THEN
                        RAISE EXCEPTION 'the attendance of a closed event is final'
                            USING ERRCODE = 'check_violation', TABLE = 'rsvps', CONSTRAINT = 'rsvps_of_closed_event_frozen';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER rsvps_of_closed_event_frozen BEFORE UPDATE OF status, checked_in_at ON rsvps
                    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.checked_in_at IS DISTINCT FROM NEW.checked_in_at)
                    EXECUTE FUNCTION rsvps_of_closed_event_frozen();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER rsvps_of_closed_event_frozen ON rsvps;
                DROP FUNCTION rsvps_of_closed_event_frozen();
                DROP TRIGGER events_closed_attendance_frozen ON events;
                DROP FUNCTION events_closed_attendance_frozen();
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_rsvps_checked_in_not_cancelled",
                table: "rsvps");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_checked_in",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_closed_at",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_walk_ins",
                table: "events");

            migrationBuilder.DropColumn(
                name: "checked_in_newcomer",
                table: "events");

            migrationBuilder.DropColumn(
                name: "checked_in_resident",
                table: "events");

            migrationBuilder.DropColumn(
                name: "checked_in_unknown",
                table: "events");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "events");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_walk_ins",
                table: "events",
                sql: "walk_ins_newcomer >= 0 AND walk_ins_resident >= 0 AND walk_ins_unknown >= 0");
        }
    }

    /// <summary>Counts closed events' checked-in people by background; shared with the synthetic data loader.</summary>
    public static class CheckInBackfill
    {
        public const string Sql = """
            UPDATE events e SET
                closed_at = coalesce(e.closed_at, e."end"),
                checked_in_newcomer = c.newcomers, checked_in_resident = c.residents, checked_in_unknown = c.unknown
            FROM (
                SELECT ev.hub_id, ev.id,
                       count(r.id) FILTER (WHERE p.background = 'Newcomer') AS newcomers,
                       count(r.id) FILTER (WHERE p.background = 'LongTermResident') AS residents,
                       count(r.id) FILTER (WHERE p.background IS NULL OR p.background NOT IN ('Newcomer', 'LongTermResident')) AS unknown
                FROM events ev
                LEFT JOIN rsvps r ON r.hub_id = ev.hub_id AND r.event_id = ev.id AND r.checked_in_at IS NOT NULL AND r.status <> 'Cancelled'
                LEFT JOIN member_profiles p ON p.user_id = r.user_id
                WHERE ev.status = 'Closed'
                GROUP BY ev.hub_id, ev.id) c
            WHERE e.hub_id = c.hub_id AND e.id = c.id;
            """;
    }
}
