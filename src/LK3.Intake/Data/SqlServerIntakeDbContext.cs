using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LK3.Intake.Data;

/// <summary>The model on SQL Server, with its own migrations under Data/Migrations/SqlServer.</summary>
public sealed class SqlServerIntakeDbContext(DbContextOptions<SqlServerIntakeDbContext> options) : IntakeDbContext(options);

internal sealed class SqlServerIntakeDbContextFactory : IDesignTimeDbContextFactory<SqlServerIntakeDbContext>
{
    public SqlServerIntakeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerIntakeDbContext>()
            .UseSqlServer("Server=localhost;Database=LK3DesignTime;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
