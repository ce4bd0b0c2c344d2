using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnderstandTypedMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StaffNote",
                table: "InformationTopics",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ChangingAnswer",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ContactNote",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldText",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Misses",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "SelfHarm",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "WantsPersonSince",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactNote",
                table: "Cases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StaffNote",
                table: "InformationTopics");

            migrationBuilder.DropColumn(
                name: "ChangingAnswer",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ContactNote",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "HeldText",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Misses",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "SelfHarm",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "WantsPersonSince",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ContactNote",
                table: "Cases");
        }
    }
}
