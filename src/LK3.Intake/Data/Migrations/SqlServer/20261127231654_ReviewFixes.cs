using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LK3.Intake.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
