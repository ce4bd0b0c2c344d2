using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Inbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Stores each update as it arrives, once, and wakes the worker of its chat. Updates arriving together share one
/// transaction (<see cref="GroupCommit{TItem,TResult}"/>); each request still waits until its own is stored.
/// </summary>
public sealed class InboxWriter
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ChatWorkQueue _queue;
    private readonly TimeProvider _time;
    private readonly SqliteWriteGate _gate;
    private readonly GroupCommit<Arrival, bool> _commit;

    public InboxWriter(IServiceScopeFactory scopes, ChatWorkQueue queue, TimeProvider time, SqliteWriteGate gate)
    {
        (_scopes, _queue, _time, _gate) = (scopes, queue, time, gate);
        _commit = new GroupCommit<Arrival, bool>(WriteAsync);
    }

    /// <returns>False when the update had already been stored (a redelivery).</returns>
    public Task<bool> StoreAsync(ChatKey chat, string externalId, long sequence, string payload, CancellationToken cancellationToken) =>
        _commit.WriteAsync(new Arrival(chat, externalId, sequence, payload, _time.GetUtcNow()), cancellationToken);

    private async Task WriteAsync(IReadOnlyList<GroupCommit<Arrival, bool>.Entry> group)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        try
        {
            // No look first: the unique index refuses a redelivery, which is rare.
            db.ReceivedUpdates.AddRange(group.Select(e => e.Item.ToRow()));
            await _gate.SaveAsync(db, CancellationToken.None);
            foreach (var entry in group) Stored(entry);
        }
        catch (DbUpdateException)
        {
            // A redelivery refused the whole group: store them one by one, so that only it is told so.
            foreach (var entry in group) await WriteAloneAsync(db, entry);
        }
    }

    private async Task WriteAloneAsync(IntakeDbContext db, GroupCommit<Arrival, bool>.Entry entry)
    {
        // Forget refused rows, so that they are not refused again with this one.
        db.ChangeTracker.Clear();
        try
        {
            var arrival = entry.Item;
            if (await db.ReceivedUpdates.AnyAsync(u => u.Channel == arrival.Chat.Channel && u.ExternalId == arrival.ExternalId))
            {
                entry.Complete(false);
                return;
            }
            db.ReceivedUpdates.Add(arrival.ToRow());
            await _gate.SaveAsync(db, CancellationToken.None);
            Stored(entry);
        }
        catch (Exception exception)
        {
            entry.Fail(exception);
        }
    }

    private void Stored(GroupCommit<Arrival, bool>.Entry entry)
    {
        _queue.Signal(entry.Item.Chat);
        entry.Complete(true);
    }

    private sealed record Arrival(ChatKey Chat, string ExternalId, long Sequence, string Payload, DateTimeOffset ReceivedAt)
    {
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
