using LK3.Intake.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>A migrated and seeded SQLite database in memory, alive as long as this object.</summary>
public sealed class IntakeDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private IntakeDatabase() { }

    public static async Task<IntakeDatabase> CreateAsync()
    {
        var database = new IntakeDatabase();
        await database._connection.OpenAsync();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public SqliteIntakeDbContext NewContext() => new(new DbContextOptionsBuilder<SqliteIntakeDbContext>()
        .UseSqlite(_connection)
        .UseAsyncSeeding((context, _, cancellationToken) => IntakeSeeding.SeedAsync(context, TimeProvider.System, cancellationToken))
        .Options);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
