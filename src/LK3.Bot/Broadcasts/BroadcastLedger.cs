using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Broadcasts;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// Where a broadcast's sends are written down, one family at a time: a delivery row becomes <see cref="BroadcastDeliveryStatus.Sending"/>
/// just before its own send, and its outcome is recorded as soon as it is known. Both go through a
/// <see cref="GroupCommit{TItem,TResult}"/>, so the sends under way at one moment share a write instead of taking one each;
/// a crash then leaves as "sending" (may have arrived, not sent again) only the sends that were under way.
/// </summary>
public sealed class BroadcastLedger
{
    private readonly IServiceScopeFactory _scopes;
    private readonly SqliteWriteGate _gate;
    private readonly IOptions<BroadcastOptions> _options;
    private readonly GroupCommit<long, bool> _claims;
    private readonly GroupCommit<Outcome, bool> _outcomes;

    public BroadcastLedger(IServiceScopeFactory scopes, SqliteWriteGate gate, IOptions<BroadcastOptions> options)
    {
        (_scopes, _gate, _options) = (scopes, gate, options);
        _claims = new GroupCommit<long, bool>(ClaimAsync);
        _outcomes = new GroupCommit<Outcome, bool>(RecordAsync);
    }

    /// <summary>Marks the row as being sent; false when it is no longer waiting (another sender took it).</summary>
    public Task<bool> TakeAsync(long deliveryId) => _claims.WriteAsync(deliveryId, CancellationToken.None);

    /// <summary>Records what the channel said; not cancelled, or a family that got the broadcast could get it again.</summary>
    public Task RecordAsync(BroadcastDelivery delivery, OutgoingMessage message, DeliveryOutcome outcome, DateTimeOffset at) =>
        _outcomes.WriteAsync(new Outcome(delivery, message, outcome, at), CancellationToken.None);

    private async Task ClaimAsync(IReadOnlyList<GroupCommit<long, bool>.Entry> group)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var ids = group.Select(e => e.Item).ToList();
        // One mark for the group: the rows it took are those carrying it afterwards.
        var mark = Guid.NewGuid();
        var taken = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            using (await _gate.EnterAsync(CancellationToken.None))
            {
                await db.BroadcastDeliveries
                    .Where(d => ids.Contains(d.Id) && d.Status == BroadcastDeliveryStatus.Waiting)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, BroadcastDeliveryStatus.Sending).SetProperty(d => d.ClaimedBy, mark));
            }
            return (await db.BroadcastDeliveries.Where(d => d.ClaimedBy == mark).Select(d => d.Id).ToListAsync()).ToHashSet();
        });
        foreach (var entry in group) entry.Complete(taken.Contains(entry.Item));
    }

    private async Task RecordAsync(IReadOnlyList<GroupCommit<Outcome, bool>.Entry> group)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            using var writing = await _gate.EnterAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            foreach (var outcome in group.Select(e => e.Item)) await ApplyAsync(db, outcome);
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        });
        foreach (var entry in group) entry.Complete(true);
    }

    private async Task ApplyAsync(IntakeDbContext db, Outcome record)
    {
        var (delivery, message, outcome, now) = record;
        var verdict = DeliveryVerdict.Of(outcome, delivery.Attempts, _options.Value.MaxAttempts, now, made => TimeSpan.FromSeconds(5 * made));
        // A broadcast is not held for a family to write first (WhatsApp's closed window): for it, that is a failure.
        var status = verdict.Then switch
        {
            DeliveryVerdict.Next.Sent => BroadcastDeliveryStatus.Sent,
            DeliveryVerdict.Next.RetryLater => BroadcastDeliveryStatus.Waiting,
            _ => BroadcastDeliveryStatus.Failed,
        };
        var (attempts, nextAttemptAt, reason) = (verdict.Attempts, verdict.RetryAt ?? delivery.NextAttemptAt, verdict.Reason);
        DateTimeOffset? sentAt = status == BroadcastDeliveryStatus.Sent ? now : null;
        await db.BroadcastDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.ClaimedBy, (Guid?)null)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.NextAttemptAt, nextAttemptAt)
            .SetProperty(d => d.SentAt, sentAt)
            .SetProperty(d => d.FailureReason, reason));
        if (status == BroadcastDeliveryStatus.Sent)
        {
            // Kept like any message sent: the web chat reads it, WhatsApp's statuses find it, retention deletes it.
            message.Status = DeliveryStatus.Sent;
            message.SentAt = now;
            message.Attempts = 1;
            db.OutgoingMessages.Add(message);
        }
        if (verdict.Then == DeliveryVerdict.Next.Unreachable) await StopWritingToAsync(db, delivery.ClientId, now);
    }

    /// <summary>The family blocked the bot: unreachable, and unsubscribed, so no broadcast tries again.</summary>
    private static async Task StopWritingToAsync(IntakeDbContext db, int clientId, DateTimeOffset now)
    {
        var client = await db.Clients.SingleAsync(c => c.Id == clientId);
        client.UnreachableSince ??= now;
        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.ClientId == clientId);
        subscription?.Stop(now);
    }

    private sealed record Outcome(BroadcastDelivery Delivery, OutgoingMessage Message, DeliveryOutcome Result, DateTimeOffset At);
}
