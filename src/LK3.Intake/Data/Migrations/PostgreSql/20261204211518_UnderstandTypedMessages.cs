using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.PostgreSql
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ChangingAnswer",
                table: "Conversations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ContactNote",
                table: "Conversations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldText",
                table: "Conversations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Misses",
                table: "Conversations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "SelfHarm",
                table: "Conversations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WantsPersonSince",
                table: "Conversations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactNote",
                table: "Cases",
                type: "text",
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
