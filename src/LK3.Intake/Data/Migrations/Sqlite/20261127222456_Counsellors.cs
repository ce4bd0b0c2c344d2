using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Counsellors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CounsellorId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Counsellors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Specialities = table.Column<string>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnDuty = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxOpenCases = table.Column<int>(type: "INTEGER", nullable: false),
                    TelegramChatId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LastAssignedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counsellors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkAttempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CounsellorId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseOffers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseOffers_Counsellors_CounsellorId",
                        column: x => x.CounsellorId,
                        principalTable: "Counsellors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CounsellorLinkCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CounsellorId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellorLinkCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounsellorLinkCodes_Counsellors_CounsellorId",
                        column: x => x.CounsellorId,
                        principalTable: "Counsellors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CounsellorId",
                table: "Cases",
                column: "CounsellorId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseOffers_CaseId",
                table: "CaseOffers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseOffers_CounsellorId_Status",
                table: "CaseOffers",
                columns: new[] { "CounsellorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CounsellorLinkCodes_CodeHash",
                table: "CounsellorLinkCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounsellorLinkCodes_CounsellorId",
                table: "CounsellorLinkCodes",
                column: "CounsellorId");

            migrationBuilder.CreateIndex(
                name: "IX_Counsellors_TelegramChatId",
                table: "Counsellors",
                column: "TelegramChatId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkAttempts_Channel_ChatId_At",
                table: "LinkAttempts",
                columns: new[] { "Channel", "ChatId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Counsellors_CounsellorId",
                table: "Cases",
                column: "CounsellorId",
                principalTable: "Counsellors",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Counsellors_CounsellorId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "CaseOffers");

            migrationBuilder.DropTable(
                name: "CounsellorLinkCodes");

            migrationBuilder.DropTable(
                name: "LinkAttempts");

            migrationBuilder.DropTable(
                name: "Counsellors");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CounsellorId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CounsellorId",
                table: "Cases");
        }
    }
}
