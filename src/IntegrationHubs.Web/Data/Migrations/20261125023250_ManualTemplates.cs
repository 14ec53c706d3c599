using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ManualTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "setup_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase_number = table.Column<int>(type: "integer", nullable: false),
                    suggested_weeks = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    is_done = table.Column<bool>(type: "boolean", nullable: false),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    phase_de = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    phase_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    text_de = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    text_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_setup_items", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_setup_items_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "template_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    change_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_template_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hub_manual_origins",
                columns: table => new
                {
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    spatial_programme_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    curriculum_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    strategy_version_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hub_manual_origins", x => x.hub_id);
                    table.ForeignKey(
                        name: "fk_hub_manual_origins_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_hub_manual_origins_template_versions_curriculum_version_id",
                        column: x => x.curriculum_version_id,
                        principalTable: "template_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_hub_manual_origins_template_versions_spatial_programme_vers",
                        column: x => x.spatial_programme_version_id,
                        principalTable: "template_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_hub_manual_origins_template_versions_strategy_version_id",
                        column: x => x.strategy_version_id,
                        principalTable: "template_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_hub_manual_origins_curriculum_version_id",
                table: "hub_manual_origins",
                column: "curriculum_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_hub_manual_origins_spatial_programme_version_id",
                table: "hub_manual_origins",
                column: "spatial_programme_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_hub_manual_origins_strategy_version_id",
                table: "hub_manual_origins",
                column: "strategy_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_setup_items_hub_id_phase_number_position",
                table: "setup_items",
                columns: new[] { "hub_id", "phase_number", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_template_versions_kind_number",
                table: "template_versions",
                columns: new[] { "kind", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hub_manual_origins");

            migrationBuilder.DropTable(
                name: "setup_items");

            migrationBuilder.DropTable(
                name: "template_versions");
        }
    }
}
