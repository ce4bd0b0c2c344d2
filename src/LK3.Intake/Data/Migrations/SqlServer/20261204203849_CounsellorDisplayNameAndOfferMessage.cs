using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CounsellorDisplayNameAndOfferMessage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EditOf",
                table: "OutgoingMessages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Counsellors",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            // Counsellors already there are named to families as staff wrote their name, until staff set another.
            migrationBuilder.Sql("UPDATE [Counsellors] SET [DisplayName] = [Name]");

            migrationBuilder.AddColumn<long>(
                name: "MessageId",
                table: "CaseOffers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseOffers_MessageId",
                table: "CaseOffers",
                column: "MessageId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseOffers_OutgoingMessages_MessageId",
                table: "CaseOffers",
                column: "MessageId",
                principalTable: "OutgoingMessages",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseOffers_OutgoingMessages_MessageId",
                table: "CaseOffers");

            migrationBuilder.DropIndex(
                name: "IX_CaseOffers_MessageId",
                table: "CaseOffers");

            migrationBuilder.DropColumn(
                name: "EditOf",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Counsellors");

            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "CaseOffers");
        }
    }
}
