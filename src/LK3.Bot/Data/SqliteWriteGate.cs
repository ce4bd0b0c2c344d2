using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Data;

/// <summary>
/// SQLite has one writer at a time; writers that find the file locked poll (busy_timeout) and sleep in between, so
/// the lock sits idle while they sleep and some wait for seconds. In one process they queue here instead, in order.
/// A no-op on the other providers.
/// </summary>
public sealed class SqliteWriteGate(IntakeDatabase database)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly bool _on = database.Provider == DatabaseProvider.Sqlite;

    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!_on) return null;
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    /// <summary>Saves outside a turn, queued behind the other SQLite writers of this process.</summary>
    public async Task SaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        using (await EnterAsync(cancellationToken)) await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
