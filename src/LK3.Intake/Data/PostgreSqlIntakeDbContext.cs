using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LK3.Intake.Data;

/// <summary>The model on PostgreSQL, with its own migrations under Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlIntakeDbContext(DbContextOptions<PostgreSqlIntakeDbContext> options) : IntakeDbContext(options);

internal sealed class PostgreSqlIntakeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlIntakeDbContext>
{
    public PostgreSqlIntakeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlIntakeDbContext>().UseNpgsql("Host=localhost;Database=lk3_design_time").Options);
}
