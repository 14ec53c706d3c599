using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    translations = table.Column<string>(type: "jsonb", nullable: false),
                    category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    space_id = table.Column<Guid>(type: "uuid", nullable: true),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    walk_ins_newcomer = table.Column<int>(type: "integer", nullable: false),
                    walk_ins_resident = table.Column<int>(type: "integer", nullable: false),
                    walk_ins_unknown = table.Column<int>(type: "integer", nullable: false),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => new { x.hub_id, x.id });
                    table.CheckConstraint("ck_events_capacity", "capacity > 0");
                    table.CheckConstraint("ck_events_end_after_start", "\"end\" > start");
                    table.CheckConstraint("ck_events_one_place", "(space_id IS NULL) <> (address IS NULL)");
                    table.CheckConstraint("ck_events_walk_ins", "walk_ins_newcomer >= 0 AND walk_ins_resident >= 0 AND walk_ins_unknown >= 0");
                    table.ForeignKey(
                        name: "fk_events_asp_net_users_approved_by_user_id",
                        column: x => x.approved_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_events_asp_net_users_created_by_user_id",
                        column: x => x.created_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_events_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_events_spaces_hub_id_space_id",
                        columns: x => new { x.hub_id, x.space_id },
                        principalTable: "spaces",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rsvps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promoted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rsvps", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_rsvps_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_rsvps_events_hub_id_event_id",
                        columns: x => new { x.hub_id, x.event_id },
                        principalTable: "events",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_approved_by_user_id",
                table: "events",
                column: "approved_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_created_by_user_id",
                table: "events",
                column: "created_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_hub_id_initiative_id",
                table: "events",
                columns: new[] { "hub_id", "initiative_id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_hub_id_space_id",
                table: "events",
                columns: new[] { "hub_id", "space_id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_hub_id_start",
                table: "events",
                columns: new[] { "hub_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_events_hub_id_status",
                table: "events",
                columns: new[] { "hub_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_events_status_reminder_sent_at_start",
                table: "events",
                columns: new[] { "status", "reminder_sent_at", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_rsvps_hub_id_event_id_status_sequence",
                table: "rsvps",
                columns: new[] { "hub_id", "event_id", "status", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_rsvps_hub_id_event_id_user_id",
                table: "rsvps",
                columns: new[] { "hub_id", "event_id", "user_id" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_rsvps_user_id",
                table: "rsvps",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsvps");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
