using System.Collections.Concurrent;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Inbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Stores each update as it arrives, once, and wakes the worker of its chat. Updates that arrive while another write is
/// under way are written together in the next transaction (group commit): every request still waits until its own
/// update is stored, never for a timer, and one transaction instead of many leaves SQLite's single writer free for turns.
/// </summary>
public sealed class InboxWriter(IServiceScopeFactory scopes, ChatWorkQueue queue, TimeProvider time, SqliteWriteGate gate)
{
    private const int MaxGroup = 64;

    private readonly ConcurrentQueue<Arrival> _arrived = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <returns>False when the update had already been stored (a redelivery).</returns>
    public async Task<bool> StoreAsync(ChatKey chat, string externalId, long sequence, string payload, CancellationToken cancellationToken)
    {
        var arrival = new Arrival(chat, externalId, sequence, payload, time.GetUtcNow());
        _arrived.Enqueue(arrival);
        // Whoever holds the writer's place writes what has arrived; a request whose update the last holder wrote just leaves.
        // The write itself is not cancelled with one request: it stores other families' updates too.
        while (!arrival.Stored.Task.IsCompleted)
        {
            await _writing.WaitAsync(cancellationToken);
            try
            {
                if (!arrival.Stored.Task.IsCompleted) await WriteArrivedAsync();
            }
            finally
            {
                _writing.Release();
            }
        }
        return await arrival.Stored.Task;
    }

    private async Task WriteArrivedAsync()
    {
        List<Arrival> group = [];
        while (group.Count < MaxGroup && _arrived.TryDequeue(out var arrival)) group.Add(arrival);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        try
        {
            // No look first: the unique index refuses a redelivery, which is rare.
            db.ReceivedUpdates.AddRange(group.Select(a => a.ToRow()));
            await SaveAsync(db);
            foreach (var arrival in group) Stored(arrival);
        }
        catch (DbUpdateException)
        {
            // A redelivery (the unique index) refused the whole group: store them one by one, so that only it is told so.
            foreach (var arrival in group) await WriteAloneAsync(db, arrival);
        }
        catch (Exception exception)
        {
            // The database is down or its retries ran out: every request of the group answers 503 and is sent again.
            foreach (var arrival in group) arrival.Stored.TrySetException(exception);
        }
    }

    private async Task WriteAloneAsync(IntakeDbContext db, Arrival arrival)
    {
        // Forget refused rows, so that they are not refused again with this one.
        db.ChangeTracker.Clear();
        try
        {
            if (await IsStoredAsync(db, arrival))
            {
                arrival.Stored.TrySetResult(false);
                return;
            }
            db.ReceivedUpdates.Add(arrival.ToRow());
            await SaveAsync(db);
            Stored(arrival);
        }
        catch (Exception exception)
        {
            arrival.Stored.TrySetException(exception);
        }
    }

    private async Task SaveAsync(IntakeDbContext db)
    {
        using (await gate.EnterAsync(CancellationToken.None)) await db.SaveChangesAsync(CancellationToken.None);
    }

    private void Stored(Arrival arrival)
    {
        queue.Signal(arrival.Chat);
        arrival.Stored.TrySetResult(true);
    }

    private static Task<bool> IsStoredAsync(IntakeDbContext db, Arrival arrival) =>
        db.ReceivedUpdates.AnyAsync(u => u.Channel == arrival.Chat.Channel && u.ExternalId == arrival.ExternalId);

    private sealed record Arrival(ChatKey Chat, string ExternalId, long Sequence, string Payload, DateTimeOffset ReceivedAt)
    {
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A new row each time: one a refused group saw may carry a key from the transaction that was rolled back.</summary>
        public ReceivedUpdate ToRow() => new()
        {
            Channel = Chat.Channel,
            ChatId = Chat.ChatId,
            ExternalId = ExternalId,
            Sequence = Sequence,
            Payload = Payload,
            ReceivedAt = ReceivedAt,
        };
    }
}
