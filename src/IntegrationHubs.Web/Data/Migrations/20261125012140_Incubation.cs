using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Incubation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    enrolled_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohorts", x => new { x.hub_id, x.id });
                    table.CheckConstraint("ck_cohorts_seats", "enrolled_count >= 0 AND enrolled_count <= capacity");
                    table.ForeignKey(
                        name: "fk_cohorts_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "curriculum_modules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    goals = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    goals_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    milestone = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    milestone_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_curriculum_modules", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_curriculum_modules_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohort_modules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    goals = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    goals_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    milestone = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    milestone_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohort_modules", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_cohort_modules_cohorts_hub_id_cohort_id",
                        columns: x => new { x.hub_id, x.cohort_id },
                        principalTable: "cohorts",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrolments", x => new { x.hub_id, x.initiative_id });
                    table.ForeignKey(
                        name: "fk_enrolments_asp_net_users_mentor_user_id",
                        column: x => x.mentor_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_enrolments_cohorts_hub_id_cohort_id",
                        columns: x => new { x.hub_id, x.cohort_id },
                        principalTable: "cohorts",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_enrolments_initiatives_hub_id_initiative_id",
                        columns: x => new { x.hub_id, x.initiative_id },
                        principalTable: "initiatives",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    team_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    feedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    signed_off_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_milestones", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_milestones_asp_net_users_signed_off_by_user_id",
                        column: x => x.signed_off_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_milestones_cohort_modules_hub_id_module_id",
                        columns: x => new { x.hub_id, x.module_id },
                        principalTable: "cohort_modules",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_milestones_enrolments_hub_id_initiative_id",
                        columns: x => new { x.hub_id, x.initiative_id },
                        principalTable: "enrolments",
                        principalColumns: new[] { "hub_id", "initiative_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cohort_modules_hub_id_cohort_id_position",
                table: "cohort_modules",
                columns: new[] { "hub_id", "cohort_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_curriculum_modules_hub_id_position",
                table: "curriculum_modules",
                columns: new[] { "hub_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_hub_id_cohort_id",
                table: "enrolments",
                columns: new[] { "hub_id", "cohort_id" });

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_hub_id_mentor_user_id",
                table: "enrolments",
                columns: new[] { "hub_id", "mentor_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_enrolments_mentor_user_id",
                table: "enrolments",
                column: "mentor_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_milestones_hub_id_cohort_id",
                table: "milestones",
                columns: new[] { "hub_id", "cohort_id" });

            migrationBuilder.CreateIndex(
                name: "ix_milestones_hub_id_initiative_id_module_id",
                table: "milestones",
                columns: new[] { "hub_id", "initiative_id", "module_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_milestones_hub_id_module_id",
                table: "milestones",
                columns: new[] { "hub_id", "module_id" });

            migrationBuilder.CreateIndex(
                name: "ix_milestones_signed_off_by_user_id",
                table: "milestones",
                column: "signed_off_by_user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "curriculum_modules");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "cohort_modules");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "cohorts");
        }
    }
}
