using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHubs.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initiatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    needs = table.Column<int>(type: "integer", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiatives", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_initiatives_asp_net_users_created_by_user_id",
                        column: x => x.created_by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_initiatives_hubs_hub_id",
                        column: x => x.hub_id,
                        principalTable: "hubs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiative_transitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_transitions", x => new { x.hub_id, x.id });
                    table.ForeignKey(
                        name: "fk_initiative_transitions_asp_net_users_by_user_id",
                        column: x => x.by_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_initiative_transitions_initiatives_hub_id_initiative_id",
                        columns: x => new { x.hub_id, x.initiative_id },
                        principalTable: "initiatives",
                        principalColumns: new[] { "hub_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_initiative_transitions_by_user_id",
                table: "initiative_transitions",
                column: "by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_transitions_hub_id_initiative_id_at",
                table: "initiative_transitions",
                columns: new[] { "hub_id", "initiative_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_created_by_user_id",
                table: "initiatives",
                column: "created_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_hub_id_created_by_user_id",
                table: "initiatives",
                columns: new[] { "hub_id", "created_by_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_hub_id_status",
                table: "initiatives",
                columns: new[] { "hub_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "initiative_transitions");

            migrationBuilder.DropTable(
                name: "initiatives");
        }
    }
}
