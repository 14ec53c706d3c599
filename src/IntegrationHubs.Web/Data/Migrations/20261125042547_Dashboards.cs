using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_rsvps_metrics",
                table: "rsvps",
                columns: new[] { "hub_id", "event_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "checked_in_at", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_member_profiles_background",
                table: "member_profiles",
                column: "user_id")
                .Annotation("Npgsql:IndexInclude", new[] { "background" });

            migrationBuilder.CreateIndex(
                name: "ix_hub_memberships_metrics",
                table: "hub_memberships",
                columns: new[] { "hub_id", "state", "joined_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_metrics",
                table: "bookings",
                columns: new[] { "hub_id", "start" },
                filter: "status = 'Confirmed'")
                .Annotation("Npgsql:IndexInclude", new[] { "end", "space_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_rsvps_metrics",
                table: "rsvps");

            migrationBuilder.DropIndex(
                name: "ix_member_profiles_background",
                table: "member_profiles");

            migrationBuilder.DropIndex(
                name: "ix_hub_memberships_metrics",
                table: "hub_memberships");

            migrationBuilder.DropIndex(
                name: "ix_bookings_metrics",
                table: "bookings");
        }
    }
}
