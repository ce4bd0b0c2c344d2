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
                await processor.ProcessAsync(chat, stoppingToken);
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
        // One delay at a time rather than a periodic timer: when a test moves the clock by days, the sweep runs once, not once per interval.
        while (true)
        {
            try
            {
                foreach (var chat in await FindChatsWithWorkAsync(stoppingToken))
                {
                    queue.Signal(chat);
                }
                await processor.TidyLeasesAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                ChannelLog.SweepFailed(logger, exception);
            }
            await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
        }
    }

    private async Task<List<ChatKey>> FindChatsWithWorkAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = time.GetUtcNow();
        var updates = await db.ReceivedUpdates.Where(u => u.Status == UpdateStatus.Pending)
            .Select(u => new { u.Channel, u.ChatId }).Distinct().ToListAsync(cancellationToken);
        var replies = await db.OutgoingMessages.ReadyToSend(now)
            .Select(m => new { m.Channel, m.ChatId }).Distinct().ToListAsync(cancellationToken);
        // What was found waiting is read again by the chat's worker, whatever this process thought it knew.
        foreach (var chat in updates) inboxWatch.Forget(new ChatKey(chat.Channel, chat.ChatId));
        foreach (var chat in replies) outboxWatch.Forget((chat.Channel, chat.ChatId));
        return [.. updates.Concat(replies).Select(c => new ChatKey(c.Channel, c.ChatId)).Distinct()];
    }
}
