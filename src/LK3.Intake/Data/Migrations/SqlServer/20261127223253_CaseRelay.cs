using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseRelay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaseId",
                table: "OutgoingMessages",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalMessageId",
                table: "OutgoingMessages",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CounsellorId",
                table: "CaseMessages",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Direction",
                table: "CaseMessages",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "ExternalMessageId",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "CounsellorId",
                table: "CaseMessages");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "CaseMessages");
        }
    }
}
