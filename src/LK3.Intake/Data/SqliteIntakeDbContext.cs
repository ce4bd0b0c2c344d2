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
        // SQLite has no date type: as sortable numbers, times can be compared and ordered in queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class SqliteIntakeDbContextFactory : IDesignTimeDbContextFactory<SqliteIntakeDbContext>
{
    public SqliteIntakeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIntakeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
