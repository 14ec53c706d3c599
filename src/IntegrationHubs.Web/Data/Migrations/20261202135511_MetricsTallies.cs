using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MetricsTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hub_memberships_metrics",
                table: "hub_memberships");

            migrationBuilder.AddColumn<string>(
                name: "background",
                table: "hub_memberships",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "languages",
                table: "hub_memberships",
                type: "text[]",
                nullable: true,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "confirmed_rsvps",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "showed_up",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Events closed before this migration: their RSVPs counted now, as the close would have (the frozen trigger is
            // lifted for this one statement). From now on the close counts them, and the trigger keeps them too.
            migrationBuilder.Sql(ClosedEventTallies.Sql);
            migrationBuilder.Sql(FrozenTriggerWithTallies);

            // Each membership carries its person's background and languages, kept by triggers (decision 0020).
            migrationBuilder.Sql(MemberCopies.Triggers);
            migrationBuilder.Sql(MemberCopies.BackfillSql);

            migrationBuilder.CreateIndex(
                name: "ix_hub_memberships_metrics",
                table: "hub_memberships",
                columns: new[] { "hub_id", "state", "joined_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "background", "languages" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_rsvps_counted",
                table: "events",
                sql: "showed_up BETWEEN 0 AND confirmed_rsvps");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MemberCopies.DropTriggers);
            migrationBuilder.Sql(FrozenTriggerWithoutTallies);

            migrationBuilder.DropIndex(
                name: "ix_hub_memberships_metrics",
                table: "hub_memberships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_rsvps_counted",
                table: "events");

            migrationBuilder.DropColumn(
                name: "background",
                table: "hub_memberships");

            migrationBuilder.DropColumn(
                name: "languages",
                table: "hub_memberships");

            migrationBuilder.DropColumn(
                name: "confirmed_rsvps",
                table: "events");

            migrationBuilder.DropColumn(
                name: "showed_up",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_hub_memberships_metrics",
                table: "hub_memberships",
                columns: new[] { "hub_id", "state", "joined_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "user_id" });
        }

        // The frozen attendance of a closed event (migration CheckIn) now takes in its RSVP counts as well.
        private const string FrozenTriggerWithTallies = """
            CREATE OR REPLACE FUNCTION events_closed_attendance_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (NEW.status, NEW.walk_ins_newcomer, NEW.walk_ins_resident, NEW.walk_ins_unknown,
                    NEW.checked_in_newcomer, NEW.checked_in_resident, NEW.checked_in_unknown, NEW.closed_at,
                    NEW.confirmed_rsvps, NEW.showed_up)
                   IS DISTINCT FROM (OLD.status, OLD.walk_ins_newcomer, OLD.walk_ins_resident, OLD.walk_ins_unknown,
                    OLD.checked_in_newcomer, OLD.checked_in_resident, OLD.checked_in_unknown, OLD.closed_at,
                    OLD.confirmed_rsvps, OLD.showed_up) THEN
                    RAISE EXCEPTION 'the attendance of a closed event is final'
                        USING ERRCODE = 'check_violation', TABLE = 'events', CONSTRAINT = 'events_closed_attendance_frozen';
                END IF;
                RETURN NEW;
            END $$;
            """;

        private const string FrozenTriggerWithoutTallies = """
            CREATE OR REPLACE FUNCTION events_closed_attendance_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
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
            """;
    }

    /// <summary>
    /// Counts closed events' confirmed RSVPs and how many of them were checked in, with the frozen trigger lifted; shared
    /// with the synthetic data loader.
    /// </summary>
    public static class ClosedEventTallies
    {
        public const string Sql = """
            ALTER TABLE events DISABLE TRIGGER events_closed_attendance_frozen;
            UPDATE events e SET confirmed_rsvps = c.confirmed, showed_up = c.showed
            FROM (
                SELECT ev.hub_id, ev.id,
                       count(r.id) FILTER (WHERE r.status = 'Confirmed') AS confirmed,
                       count(r.id) FILTER (WHERE r.status = 'Confirmed' AND r.checked_in_at IS NOT NULL) AS showed
                FROM events ev
                LEFT JOIN rsvps r ON r.hub_id = ev.hub_id AND r.event_id = ev.id
                WHERE ev.status = 'Closed'
                GROUP BY ev.hub_id, ev.id) c
            WHERE e.hub_id = c.hub_id AND e.id = c.id;
            ALTER TABLE events ENABLE TRIGGER events_closed_attendance_frozen;
            """;
    }

    /// <summary>
    /// Copies of each person's background and spoken languages on their hub memberships (decision 0020). The person's rows
    /// stay the source; triggers keep the copies equal in the same transaction. A membership being added locks its person's
    /// account row for share, a change to the person's profile or languages locks it for no-key update, so the two are ordered
    /// and whichever comes second sees the other (read committed: each statement in a trigger reads what is committed by then).
    /// </summary>
    public static class MemberCopies
    {
        public const string Triggers = """
            CREATE FUNCTION hub_memberships_copy_person() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM 1 FROM "AspNetUsers" u WHERE u.id = NEW.user_id FOR SHARE;
                NEW.background := (SELECT p.background FROM member_profiles p WHERE p.user_id = NEW.user_id);
                NEW.languages := coalesce((SELECT array_agg(l.language_code ORDER BY l.language_code)
                                           FROM member_languages l WHERE l.user_id = NEW.user_id), '{}');
                RETURN NEW;
            END $$;
            CREATE TRIGGER hub_memberships_copy_person BEFORE INSERT OR UPDATE OF user_id ON hub_memberships
                FOR EACH ROW EXECUTE FUNCTION hub_memberships_copy_person();

            CREATE FUNCTION member_copies_refresh(person uuid) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                said varchar(24);
                spoken text[];
            BEGIN
                -- Not FOR UPDATE: that would also wait for every row being added that refers to the account.
                PERFORM 1 FROM "AspNetUsers" u WHERE u.id = person FOR NO KEY UPDATE;
                said := (SELECT p.background FROM member_profiles p WHERE p.user_id = person);
                spoken := coalesce((SELECT array_agg(l.language_code ORDER BY l.language_code)
                                    FROM member_languages l WHERE l.user_id = person), '{}');
                UPDATE hub_memberships m SET background = said, languages = spoken
                WHERE m.user_id = person AND (m.background, m.languages) IS DISTINCT FROM (said, spoken);
            END $$;

            CREATE FUNCTION member_copies_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    PERFORM member_copies_refresh(OLD.user_id);
                END IF;
                IF TG_OP = 'INSERT' THEN
                    PERFORM member_copies_refresh(NEW.user_id);
                ELSIF TG_OP = 'UPDATE' THEN
                    IF NEW.user_id <> OLD.user_id THEN
                        PERFORM member_copies_refresh(NEW.user_id);
                    END IF;
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER member_profiles_copy_to_memberships AFTER INSERT OR DELETE OR UPDATE OF user_id, background ON member_profiles
                FOR EACH ROW EXECUTE FUNCTION member_copies_changed();
            CREATE TRIGGER member_languages_copy_to_memberships AFTER INSERT OR DELETE OR UPDATE OF user_id, language_code ON member_languages
                FOR EACH ROW EXECUTE FUNCTION member_copies_changed();
            """;

        public const string DropTriggers = """
            DROP TRIGGER member_languages_copy_to_memberships ON member_languages;
            DROP TRIGGER member_profiles_copy_to_memberships ON member_profiles;
            DROP FUNCTION member_copies_changed();
            DROP FUNCTION member_copies_refresh(uuid);
            DROP TRIGGER hub_memberships_copy_person ON hub_memberships;
            DROP FUNCTION hub_memberships_copy_person();
            """;

        /// <summary>Sets every membership's copies at once (after a bulk load with the triggers off, or when they arrive).</summary>
        public const string BackfillSql = """
            ALTER TABLE hub_memberships DISABLE TRIGGER hub_memberships_copy_person;
            UPDATE hub_memberships m SET
                background = (SELECT p.background FROM member_profiles p WHERE p.user_id = m.user_id),
                languages = coalesce((SELECT array_agg(l.language_code ORDER BY l.language_code)
                                      FROM member_languages l WHERE l.user_id = m.user_id), '{}');
            ALTER TABLE hub_memberships ENABLE TRIGGER hub_memberships_copy_person;
            """;
    }
}
