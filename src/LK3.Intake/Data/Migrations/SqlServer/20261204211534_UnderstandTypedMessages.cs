using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.SqlServer
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
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ChangingAnswer",
                table: "Conversations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ContactNote",
                table: "Conversations",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldText",
                table: "Conversations",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Misses",
                table: "Conversations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "SelfHarm",
                table: "Conversations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WantsPersonSince",
                table: "Conversations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactNote",
                table: "Cases",
                type: "nvarchar(max)",
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
