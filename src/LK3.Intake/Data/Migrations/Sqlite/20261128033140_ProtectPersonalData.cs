using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProtectPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Notes added through a case were linked by a column of their own (IntakeCaseId), not CaseId: keep their link.
            migrationBuilder.Sql("UPDATE \"CaseNotes\" SET \"CaseId\" = \"IntakeCaseId\" WHERE \"IntakeCaseId\" IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseNotes_Cases_IntakeCaseId",
                table: "CaseNotes");

            migrationBuilder.DropIndex(
                name: "IX_CaseNotes_IntakeCaseId",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "IntakeCaseId",
                table: "CaseNotes");

            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId",
                table: "CaseNotes",
                column: "CaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseNotes_Cases_CaseId",
                table: "CaseNotes",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseNotes_Cases_CaseId",
                table: "CaseNotes");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_CaseNotes_CaseId",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Cases");

            migrationBuilder.AddColumn<int>(
                name: "IntakeCaseId",
                table: "CaseNotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_IntakeCaseId",
                table: "CaseNotes",
                column: "IntakeCaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseNotes_Cases_IntakeCaseId",
                table: "CaseNotes",
                column: "IntakeCaseId",
                principalTable: "Cases",
                principalColumn: "Id");
        }
    }
}
