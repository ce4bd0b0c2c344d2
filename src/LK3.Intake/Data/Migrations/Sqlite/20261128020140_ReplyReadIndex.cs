using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReplyReadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMessages_Channel_ChatId_SentAt",
                table: "OutgoingMessages",
                columns: new[] { "Channel", "ChatId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingMessages_Channel_ChatId_SentAt",
                table: "OutgoingMessages");
        }
    }
}
