using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SpacesAndBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "spaces",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    features = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    opening_hours = table.Column<string>(type: "jsonb", nullable: false),
                    closures = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    policy_horizon_days = table.Column<int>(type: "integer", nullable: false),
                    policy_max_duration = table.Column<TimeSpan>(type: "interval", nullable: false),
                    policy_min_lead_time = table.Column<TimeSpan>(type: "interval", nullable: false),
                    policy_requires_approval = table.Column<bool>(type: "boolean", nullable: false),
                    policy_show_purpose_in_feed = table.Column<bool>(type: "boolean", nullable: false),
                    policy_who_may_book = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("ak_spaces_hub_id_id", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_spaces_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    space_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    booked_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: true),
                    for_hub = table.Column<bool>(type: "boolean", nullable: false),
                    purpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => new { x.hub_id, x.id });
                    table.CheckConstraint("ck_bookings_end_after_start", "\"end\" > start");
                    table.ForeignKey(
                        name: "fk_bookings_asp_net_users_booked_by_user_id",
                        column: x => x.booked_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_bookings_asp_net_users_decided_by_user_id",
                        column: x => x.decided_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_bookings_spaces_hub_id_space_id",
                        columns: x => new { x.hub_id, x.space_id },
                        principalTable: "spaces",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_booked_by_user_id",
                table: "bookings",
                column: "booked_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_decided_by_user_id",
                table: "bookings",
                column: "decided_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_hub_id_initiative_id",
                table: "bookings",
                columns: new[] { "hub_id", "initiative_id" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_hub_id_series_id",
                table: "bookings",
                columns: new[] { "hub_id", "series_id" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_hub_id_space_id_start",
                table: "bookings",
                columns: new[] { "hub_id", "space_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_hub_id_status",
                table: "bookings",
                columns: new[] { "hub_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_spaces_hub_id_name",
                table: "spaces",
                columns: new[] { "hub_id", "name" },
                unique: true);

            // Custom SQL (EF has no model for it): the database itself guarantees that no two pending or
            // confirmed bookings of one space overlap. Half-open ranges, so 10–12 and 12–14 may both exist.
            // btree_gist lets the gist index compare the uuid columns with "=" next to the range "&&".
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql(
                """
                ALTER TABLE bookings ADD CONSTRAINT ex_bookings_no_overlap
                EXCLUDE USING gist (hub_id WITH =, space_id WITH =, tstzrange(start, "end", '[)') WITH &&)
                WHERE (status IN ('Pending', 'Confirmed'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE bookings DROP CONSTRAINT IF EXISTS ex_bookings_no_overlap;");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "spaces");
        }
    }
}
