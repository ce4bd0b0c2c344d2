using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WhatsAppDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ChoicesAsNumbers",
                table: "OutgoingMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OutsideWindow",
                table: "OutgoingMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "OutgoingMessages",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMessages_Channel_ExternalMessageId",
                table: "OutgoingMessages",
                columns: new[] { "Channel", "ExternalMessageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingMessages_Channel_ExternalMessageId",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "ChoicesAsNumbers",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "OutsideWindow",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "OutgoingMessages");
        }
    }
}
