using LK3.Bot.Data;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.Data;

/// <summary>Tests of statements run straight on a database: a fresh one of the provider per test, migrated.</summary>
public abstract class MigratedDatabaseTests(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>The moment the rows these tests write are stamped with.</summary>
    protected static readonly DateTimeOffset Now = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

    protected TestDatabase Database { get; } = TestDatabase.Create(provider);

    public async Task InitializeAsync()
    {
        if (Database.UnavailableReason is not null) return;
        await using var db = Database.NewContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => Database.DisposeAsync().AsTask();
}
