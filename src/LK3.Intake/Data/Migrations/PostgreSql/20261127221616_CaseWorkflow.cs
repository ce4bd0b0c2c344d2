using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LK3.Intake.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReferralPartnerId",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseTransitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTransitions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReferralPartnerId",
                table: "Cases",
                column: "ReferralPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_CaseId_At",
                table: "CaseTransitions",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_ReferralPartners_ReferralPartnerId",
                table: "Cases",
                column: "ReferralPartnerId",
                principalTable: "ReferralPartners",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_ReferralPartners_ReferralPartnerId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "CaseTransitions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ReferralPartnerId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReferralPartnerId",
                table: "Cases");
        }
    }
}
