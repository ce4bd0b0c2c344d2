using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LK3.Intake.Data;

/// <summary>The model on SQLite, with its own migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteIntakeDbContext(DbContextOptions<SqliteIntakeDbContext> options) : IntakeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date type: as numbers, times can be compared and ordered in queries. The numbers order
        // correctly only for one offset, so every time stored is UTC (TimeProvider.GetUtcNow).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class SqliteIntakeDbContextFactory : IDesignTimeDbContextFactory<SqliteIntakeDbContext>
{
    public SqliteIntakeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIntakeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
