using LK3.Intake;
using LK3.Intake.Inbox;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Works through one chat: its stored updates in order, each answered by the <see cref="TurnRunner"/>; then the replies
/// waiting to be delivered, in order, by the <see cref="OutboxDeliverer"/>.
/// </summary>
public sealed class ChatProcessor(
    IServiceScopeFactory scopes,
    ChatLeases leases,
    ChatWorkQueue queue,
    TurnRunner turns,
    OutboxDeliverer deliverer,
    FamilyStateCache families,
    OutboxWatch outboxWatch,
    IEnumerable<IChannelAdapter> adapters,
    TimeProvider time)
{
    public async Task ProcessAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        var adapter = adapters.Single(a => a.Channel == chat.Channel);
        // Another instance working on this chat will also take what was stored here: its rows are in the shared database.
        if (leases.Shared && !await leases.TryAcquireAsync(chat, cancellationToken)) return;
        List<Task> acknowledgements = [];
        List<OutgoingMessage> replies = [];
        try
        {
            while (true)
            {
                var turn = await turns.RunNextAsync(chat, adapter, cancellationToken);
                if (turn.Activity is not null) acknowledgements.Add(AcknowledgeAsync(adapter, turn.Activity, cancellationToken));
                replies.AddRange(turn.Replies);
                if (!turn.AnotherWaiting) break;
                if (leases.Shared) await leases.RenewAsync(chat, cancellationToken);
            }
            await deliverer.DeliverAsync(chat, adapter, replies, cancellationToken);
        }
        finally
        {
            if (leases.Shared)
            {
                await leases.ReleaseAsync(chat);
                // Another instance may take the chat next: what this one kept of the family and its outbox may be old by then.
                families.Drop(chat.Channel, chat.ChatId);
                outboxWatch.Forget((chat.Channel, chat.ChatId));
            }
            // Button spinners are stopped while the replies go, not before them.
            await Task.WhenAll(acknowledgements);
        }
        // Rows another instance stored while this one held the chat were left to it: look once more.
        if (leases.Shared && await HasDueWorkAsync(chat, cancellationToken)) queue.Signal(chat);
    }

    private async Task<bool> HasDueWorkAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = time.GetUtcNow();
        // One statement for both looks (UNION ALL): it runs after every chat on a shared database.
        return await db.ReceivedUpdates.Where(u => u.Status == UpdateStatus.Pending && u.Channel == chat.Channel && u.ChatId == chat.ChatId)
            .Select(u => u.Id)
            .Concat(db.OutgoingMessages.ReadyToSend(now).Where(m => m.Channel == chat.Channel && m.ChatId == chat.ChatId).Select(m => m.Id))
            .AnyAsync(cancellationToken);
    }

    /// <summary>Acknowledging only stops a spinner: it gets a few seconds, so a slow channel cannot hold back the replies.</summary>
    private static async Task AcknowledgeAsync(IChannelAdapter adapter, IncomingActivity activity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await adapter.AcknowledgeAsync(activity, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
