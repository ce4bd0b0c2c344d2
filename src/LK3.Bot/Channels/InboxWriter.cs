using LK3.Bot.Data;
using LK3.Bot.Telemetry;
using LK3.Intake;
using LK3.Intake.Data;
using LK3.Intake.Inbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Stores each update as it arrives, once, and wakes the worker of its chat. Updates arriving together share one
/// statement (<see cref="GroupCommit{TItem,TResult}"/>); each request still waits until its own is stored, and a
/// redelivery is told apart without an error.
/// </summary>
public sealed class InboxWriter
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ChatWorkQueue _queue;
    private readonly InboxWatch _watch;
    private readonly TimeProvider _time;
    private readonly SqliteWriteGate _gate;
    private readonly BotTelemetry _telemetry;
    private readonly TraceParents _traces;
    private readonly GroupCommit<Arrival, bool> _commit;

    public InboxWriter(
        IServiceScopeFactory scopes, ChatWorkQueue queue, InboxWatch watch, TimeProvider time, SqliteWriteGate gate, BotTelemetry telemetry,
        TraceParents traces)
    {
        (_scopes, _queue, _watch, _time, _gate, _telemetry, _traces) = (scopes, queue, watch, time, gate, telemetry, traces);
        _commit = new GroupCommit<Arrival, bool>(WriteAsync);
    }

    /// <returns>False when the update had already been stored (a redelivery).</returns>
    public async Task<bool> StoreAsync(ChatKey chat, string externalId, long sequence, string payload, CancellationToken cancellationToken)
    {
        // Before the write: the chat's worker may take the update as soon as it is stored.
        _traces.RememberUpdate(chat.Channel, externalId);
        var stored = await _commit.WriteAsync(new Arrival(chat, externalId, sequence, payload, _time.GetUtcNow()), cancellationToken);
        _telemetry.Received(chat.Channel, stored);
        return stored;
    }

    private async Task WriteAsync(IReadOnlyList<GroupCommit<Arrival, bool>.Entry> group)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var rows = group.Select(e => e.Item.ToRow()).ToList();
        // No look first: a redelivery meets the unique index and is left out, which is expected and so raises no error.
        var stored = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            using var writing = await _gate.EnterAsync(CancellationToken.None);
            return await db.InsertIfAbsentAsync(rows, [nameof(ReceivedUpdate.Channel), nameof(ReceivedUpdate.ExternalId)], CancellationToken.None);
        });
        for (var i = 0; i < group.Count; i++)
        {
            if (stored[i]) Stored(group[i], rows[i]);
            else group[i].Complete(false);
        }
    }

    private void Stored(GroupCommit<Arrival, bool>.Entry entry, ReceivedUpdate row)
    {
        _watch.Stored(entry.Item.Chat, row);
        _queue.SignalUpdatesStored(entry.Item.Chat);
        entry.Complete(true);
    }

    private sealed record Arrival(ChatKey Chat, string ExternalId, long Sequence, string Payload, DateTimeOffset ReceivedAt)
    {
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
