using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Data;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Records that the channel took a reply, in one transaction with the other chats' replies that went meanwhile
/// (<see cref="GroupCommit{TItem,TResult}"/>). Each is recorded as soon as the database's writer is free, no later than
/// alone, so a crash can leave no more replies sent but unrecorded (and sent again after a restart) than before.
/// </summary>
public sealed class SentReplies
{
    private readonly IServiceScopeFactory _scopes;
    private readonly SqliteWriteGate _gate;
    private readonly GroupCommit<Sent, bool> _commit;

    public SentReplies(IServiceScopeFactory scopes, SqliteWriteGate gate)
    {
        (_scopes, _gate) = (scopes, gate);
        _commit = new GroupCommit<Sent, bool>(WriteAsync);
    }

    /// <summary>Stores what the delivery changed on a sent message; not cancelled, or the family would get it twice.</summary>
    public Task RecordAsync(OutgoingMessage message) => _commit.WriteAsync(
        new Sent(message.Id, message.SentAt, message.Attempts, message.FailureReason, message.ExternalMessageId, message.DeliveredParts, message.OutsideWindow),
        CancellationToken.None);

    private async Task WriteAsync(IReadOnlyList<GroupCommit<Sent, bool>.Entry> group)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var rows = group.Select(e => e.Item.Row()).ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // One statement for the group, with nothing to track, translate or read first.
            using var writing = await _gate.EnterAsync(CancellationToken.None);
            await db.UpdateByKeyAsync(rows, Sent.Columns, CancellationToken.None);
        });
        foreach (var entry in group) entry.Complete(true);
    }

    private sealed record Sent(
        long Id, DateTimeOffset? SentAt, int Attempts, string? FailureReason, string? ExternalMessageId, int DeliveredParts, bool OutsideWindow)
    {
        public OutgoingMessage Row() => new()
        {
            Id = Id,
            Channel = "",
            ChatId = "",
            Text = "",
            Status = DeliveryStatus.Sent,
            SentAt = SentAt,
            Attempts = Attempts,
            FailureReason = FailureReason,
            ExternalMessageId = ExternalMessageId,
            DeliveredParts = DeliveredParts,
            OutsideWindow = OutsideWindow,
        };

        public static readonly string[] Columns =
        [
            nameof(OutgoingMessage.Status), nameof(OutgoingMessage.SentAt), nameof(OutgoingMessage.Attempts), nameof(OutgoingMessage.FailureReason),
            nameof(OutgoingMessage.ExternalMessageId), nameof(OutgoingMessage.DeliveredParts), nameof(OutgoingMessage.OutsideWindow),
        ];
    }
}
