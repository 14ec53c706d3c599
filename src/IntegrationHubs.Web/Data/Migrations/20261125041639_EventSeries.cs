using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "changed_in_series",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feeds", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_calendar_feeds_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    weekday = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    local_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    local_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    first_date = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    count = table.Column<int>(type: "integer", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("ak_event_series_hub_id_id", x => new { x.hub_id, x.id });
                    table.CheckConstraint("ck_event_series_end_after_start", "local_end > local_start");
                    table.CheckConstraint("ck_event_series_one_end", "(until IS NULL) <> (count IS NULL)");
                    table.ForeignKey(
                        name: "fk_event_series_asp_net_users_created_by_user_id",
                        column: x => x.created_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_event_series_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_hub_id_series_id_start",
                table: "events",
                columns: new[] { "hub_id", "series_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_token_hash",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_series_created_by_user_id",
                table: "event_series",
                column: "created_by_user_id");

            migrationBuilder.AddForeignKey(
                name: "fk_events_event_series_hub_id_series_id",
                table: "events",
                columns: new[] { "hub_id", "series_id" },
                principalTable: "event_series",
                principalColumns: new[] { "hub_id", "id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_events_event_series_hub_id_series_id",
                table: "events");

            migrationBuilder.DropTable(
                name: "calendar_feeds");

            migrationBuilder.DropTable(
                name: "event_series");

            migrationBuilder.DropIndex(
                name: "ix_events_hub_id_series_id_start",
                table: "events");

            migrationBuilder.DropColumn(
                name: "changed_in_series",
                table: "events");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "changed_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "events");
        }
    }
}
