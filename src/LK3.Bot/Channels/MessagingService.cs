using LK3.Intake;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels;

/// <summary>
/// Runs the chat workers, and sweeps the database for work nobody signalled: updates stored
/// before a restart, and replies whose retry time has come.
/// </summary>
public sealed class MessagingService(
    ChatWorkQueue queue,
    ChatProcessor processor,
    ChatLeases leases,
    ChatNotices notices,
    IServiceScopeFactory scopes,
    OutboxWatch outboxWatch,
    InboxWatch inboxWatch,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<MessagingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll([SweepAsync(stoppingToken), .. Enumerable.Range(0, options.Value.Workers).Select(_ => WorkAsync(stoppingToken))]);
        }
        finally
        {
            await LetGoOfChatsAsync();
        }
    }

    private async Task LetGoOfChatsAsync()
    {
        try
        {
            await processor.LetGoOfChatsAsync();
        }
        catch (Exception exception)
        {
            // The database is gone too: the leases lapse on their own, and other instances take the chats then.
            ChannelLog.LeasesLeftToLapse(logger, exception);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var chat in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await processor.ProcessAsync(chat, queue.TakeOnlyUpdatesStored(chat), stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                ChannelLog.ChatProcessingFailed(logger, exception, chat.Channel);
            }
            if (!queue.TryFinish(chat)) queue.Requeue(chat);
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        // Everything waiting when the process starts was left by the last one; after that, an update is the sweep's only once
        // it has waited a while, since whoever stored it signalled its chat.
        var everything = true;
        // One delay at a time rather than a periodic timer: when a test moves the clock by days, the sweep runs once, not once per interval.
        while (true)
        {
            try
            {
                foreach (var chat in await FindChatsWithWorkAsync(everything, stoppingToken))
                {
                    queue.Signal(chat);
                }
                everything = false;
                if (leases.Shared) await leases.LetLapsedGoAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                ChannelLog.SweepFailed(logger, exception);
            }
            await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
        }
    }

    /// <summary>
    /// How long an update waits before the sweep takes it for one nobody signalled: a chat busy with a run of updates, or
    /// under load, is not read again for nothing every second.
    /// </summary>
    private static readonly TimeSpan UnsignalledAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Chats with updates still pending (<paramref name="everything"/>, or those that waited a while), or replies due; on a
    /// shared database not those another instance holds (its own sweep looks at them, and its lease lapses if it died).
    /// </summary>
    private async Task<List<ChatKey>> FindChatsWithWorkAsync(bool everything, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = time.GetUtcNow();
        var waiting = db.ReceivedUpdates.Where(u => u.Status == UpdateStatus.Pending);
        // Without notices (SQL Server), an update stored by an instance not holding its chat reaches the holder only so.
        if (!everything && (!leases.Shared || notices.Listening))
        {
            var receivedBefore = now - UnsignalledAfter;
            waiting = waiting.Where(u => u.ReceivedAt < receivedBefore);
        }
        var pending = waiting.Select(u => new { u.Channel, u.ChatId });
        var due = db.OutgoingMessages.ReadyToSend(now).Select(m => new { m.Channel, m.ChatId });
        if (leases.Shared)
        {
            var others = leases.HeldByOthers(db, now);
            pending = pending.Where(c => !others.Any(l => l.Channel == c.Channel && l.ChatId == c.ChatId));
            due = due.Where(c => !others.Any(l => l.Channel == c.Channel && l.ChatId == c.ChatId));
        }
        var updates = await pending.Distinct().ToListAsync(cancellationToken);
        var replies = await due.Distinct().ToListAsync(cancellationToken);
        // What was found waiting is read again by the chat's worker, whatever this process thought it knew.
        foreach (var chat in updates) inboxWatch.Forget(new ChatKey(chat.Channel, chat.ChatId));
        foreach (var chat in replies) outboxWatch.Forget((chat.Channel, chat.ChatId));
        return [.. updates.Concat(replies).Select(c => new ChatKey(c.Channel, c.ChatId)).Distinct()];
    }
}
