using LK3.Bot.Channels;
using LK3.Bot.Telemetry;
using LK3.Intake.Clients;
using LK3.Intake;
using LK3.Intake.Broadcasts;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// Sends one broadcast (a Hangfire job taking its id; safe to run twice): writes a delivery row per family
/// first, then sends them at each channel's pace, each row taken just before its send and its outcome recorded as
/// soon as it is known (<see cref="BroadcastLedger"/>). A restart resumes with the rows still waiting; the few a crash
/// left in the middle of their send are reported as interrupted and not sent again, so no family gets it twice.
/// </summary>
public sealed class BroadcastJob(
    IntakeDbContext db,
    IEnumerable<IChannelAdapter> adapters,
    BroadcastThrottle throttle,
    BroadcastLedger ledger,
    BotTelemetry telemetry,
    ChatLeases leases,
    RunningBroadcasts running,
    TimeProvider time,
    IOptions<BroadcastOptions> options,
    ILogger<BroadcastJob> logger)
{
    private const int RecipientPage = 1000;
    private const string LeaseChannel = "broadcast";

    public async Task RunAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.FirstOrDefaultAsync(b => b.Id == broadcastId, cancellationToken);
        if (broadcast is null || broadcast.Status is BroadcastStatus.Completed or BroadcastStatus.Cancelled || broadcast.SendAt > time.GetUtcNow()) return;

        // One sender per broadcast: within this process (the lease is held per process), and across instances by a
        // lease that lapses when its process dies.
        if (!running.TryStart(broadcastId)) return;
        var lease = new ChatKey(LeaseChannel, broadcastId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            if (!await leases.TryAcquireAsync(lease, cancellationToken)) return;
            try
            {
                await SendAllAsync(broadcast, lease, cancellationToken);
            }
            finally
            {
                await leases.ReleaseAsync(lease);
            }
        }
        finally
        {
            running.Finish(broadcastId);
        }
    }

    private async Task SendAllAsync(Broadcast broadcast, ChatKey lease, CancellationToken cancellationToken)
    {
        var broadcastId = broadcast.Id;
        using var run = BotTelemetry.Traces.StartActivity("lk3.broadcast");
        run?.SetTag("lk3.broadcast.id", broadcastId);
        if (broadcast.Status == BroadcastStatus.Scheduled)
        {
            broadcast.Status = BroadcastStatus.Sending;
            broadcast.StartedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        // Also on a resume: a stop while the rows were being written left some families without one.
        await WriteDeliveriesAsync(broadcast, cancellationToken);
        await LeaveInterruptedSendsAsync(broadcastId, cancellationToken);
        var reply = BroadcastAudience.ReplyOf(broadcast);
        while (!await IsCancelledAsync(broadcastId, cancellationToken))
        {
            await leases.RenewAsync(lease, cancellationToken);
            var batch = await NextBatchAsync(broadcastId, cancellationToken);
            if (batch.Count == 0)
            {
                var next = await db.BroadcastDeliveries.Where(d => d.BroadcastId == broadcastId && d.Status == BroadcastDeliveryStatus.Waiting)
                    .MinAsync(d => (DateTimeOffset?)d.NextAttemptAt, cancellationToken);
                if (next is null) break;
                await Task.Delay(Max(next.Value - time.GetUtcNow(), TimeSpan.FromMilliseconds(50)), time, cancellationToken);
                continue;
            }
            await SendBatchAsync(batch, reply, cancellationToken);
        }

        // Conditional, so a cancel made at this moment stays a cancel.
        var now = time.GetUtcNow();
        var completed = await db.Broadcasts.Where(b => b.Id == broadcastId && b.Status == BroadcastStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Completed).SetProperty(b => b.FinishedAt, now), cancellationToken);
        BroadcastLog.Finished(logger, broadcastId, completed == 1 ? BroadcastStatus.Completed : BroadcastStatus.Cancelled);
    }

    /// <summary>One row per family the broadcast reaches, written page by page; a row already there (a rerun) is kept.</summary>
    private async Task WriteDeliveriesAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lastClientId = 0;
        while (true)
        {
            var page = await db.RecipientsOf(broadcast)
                .Where(c => c.Id > lastClientId && !db.BroadcastDeliveries.Any(d => d.BroadcastId == broadcast.Id && d.ClientId == c.Id))
                .OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.Channel, c.ChatId })
                .Take(RecipientPage)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                await SkipSecondChatsOfOnePersonAsync(broadcast.Id, cancellationToken);
                return;
            }
            db.BroadcastDeliveries.AddRange(page.Select(c => new BroadcastDelivery
            {
                BroadcastId = broadcast.Id, ClientId = c.Id, Channel = c.Channel, ChatId = c.ChatId, NextAttemptAt = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            lastClientId = page[^1].Id;
        }
    }

    /// <summary>
    /// A person who writes on WhatsApp and also on Telegram or the web chat is two clients; when the number they gave
    /// in a case is their WhatsApp number, the broadcast goes to WhatsApp only.
    /// </summary>
    private async Task SkipSecondChatsOfOnePersonAsync(int broadcastId, CancellationToken cancellationToken)
    {
        const string whatsApp = ChannelNames.WhatsApp;
        var whatsAppNumbers = (await db.BroadcastDeliveries
            .Where(d => d.BroadcastId == broadcastId && d.Channel == whatsApp)
            .Select(d => d.ChatId)
            .ToListAsync(cancellationToken)).Select(number => "+" + number).ToHashSet(StringComparer.Ordinal);
        if (whatsAppNumbers.Count == 0) return;
        // Numbers in cases are encrypted at rest, so they are compared here rather than by the database.
        var numbersOfOtherChats = await db.BroadcastDeliveries
            .Where(d => d.BroadcastId == broadcastId && d.Channel != whatsApp && d.Status == BroadcastDeliveryStatus.Waiting)
            .Join(db.Cases.Where(c => c.ContactPhone != null), d => d.ClientId, c => c.ClientId, (d, c) => new { d.Id, c.ContactPhone })
            .ToListAsync(cancellationToken);
        var secondChats = numbersOfOtherChats.Where(n => whatsAppNumbers.Contains(n.ContactPhone!)).Select(n => n.Id).Distinct();
        foreach (var chunk in secondChats.Chunk(500))
        {
            await db.BroadcastDeliveries
                .Where(d => chunk.Contains(d.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, BroadcastDeliveryStatus.Skipped)
                    .SetProperty(d => d.FailureReason, "the same person gets it on WhatsApp"), cancellationToken);
        }
    }

    /// <summary>Rows a stopped process was sending when it stopped: they may have arrived, so they are not sent again.</summary>
    private async Task LeaveInterruptedSendsAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var interrupted = await db.BroadcastDeliveries
            .Where(d => d.BroadcastId == broadcastId && d.Status == BroadcastDeliveryStatus.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, BroadcastDeliveryStatus.Interrupted).SetProperty(d => d.ClaimedBy, (Guid?)null),
                cancellationToken);
        if (interrupted > 0) BroadcastLog.InterruptedSends(logger, broadcastId, interrupted);
    }

    /// <summary>Rows due, in the order of the index (broadcast, status, next attempt, id), so reading a batch reads only the batch.</summary>
    private Task<List<BroadcastDelivery>> NextBatchAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.BroadcastDeliveries.AsNoTracking()
            .Where(d => d.BroadcastId == broadcastId && d.Status == BroadcastDeliveryStatus.Waiting && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Each row in turn of its channel's pace: taken (only if still waiting, so a second sender never sends it too), sent, and
    /// its outcome recorded at once. Stopping leaves the rows not yet taken waiting for the next run.
    /// </summary>
    private async Task SendBatchAsync(List<BroadcastDelivery> batch, Reply reply, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (delivery, token) =>
            {
                OutgoingMessage message;
                DeliveryOutcome outcome;
                using (await throttle.WaitTurnAsync(delivery.Channel, token))
                {
                    if (!await ledger.TakeAsync(delivery.Id)) return;
                    message = OutgoingMessage.To(delivery.Channel, delivery.ChatId, reply, time.GetUtcNow(), purpose: MessagePurpose.Broadcast);
                    // A send once taken is finished and recorded even when the app is stopping, or it would be lost or sent twice.
                    outcome = await SendAsync(message, CancellationToken.None);
                }
                telemetry.Delivered(delivery.Channel, "broadcast", BotTelemetry.OutcomeOf(outcome));
                if (outcome is DeliveryOutcome.Retry { Delay: { } wait }) throttle.Pause(delivery.Channel, wait);
                await ledger.RecordAsync(delivery, message, outcome, time.GetUtcNow());
            });
    }

    private async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        using var send = BotTelemetry.StartSend(message.Channel, "broadcast");
        return await adapters.Single(a => a.Channel == message.Channel)
            .TrySendAsync(message, fault => BroadcastLog.SendFault(logger, fault, message.Channel), cancellationToken);
    }

    private Task<bool> IsCancelledAsync(int broadcastId, CancellationToken cancellationToken) =>
        db.Broadcasts.AnyAsync(b => b.Id == broadcastId && b.Status == BroadcastStatus.Cancelled, cancellationToken);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
