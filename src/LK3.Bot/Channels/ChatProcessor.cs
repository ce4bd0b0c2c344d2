using System.Data.Common;
using System.Diagnostics;
using LK3.Bot.Data;
using LK3.Bot.Telemetry;
using LK3.Intake;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels;

/// <summary>
/// Works through one chat: its stored updates in order, each answered and marked handled in one
/// transaction together with its replies; then the replies waiting to be delivered, in order.
/// </summary>
public sealed class ChatProcessor(
    IServiceScopeFactory scopes,
    ChatLeases leases,
    ChatWorkQueue queue,
    ChatFlood flood,
    IEnumerable<IChannelAdapter> adapters,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    SqliteWriteGate gate,
    SentReplies sentReplies,
    BotTelemetry telemetry,
    TraceParents traces,
    ILogger<ChatProcessor> logger)
{
    private const int MaxHandlingAttempts = 3;

    public async Task ProcessAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        var adapter = adapters.Single(a => a.Channel == chat.Channel);
        // Another instance working on this chat will also take what was stored here: its rows are in the shared database.
        if (leases.Shared && !await leases.TryAcquireAsync(chat, cancellationToken)) return;
        List<Task> acknowledgements = [];
        try
        {
            while (await HandleNextUpdateAsync(chat, adapter, acknowledgements, cancellationToken))
            {
                if (leases.Shared) await leases.RenewAsync(chat, cancellationToken);
            }
            await DeliverAsync(chat, adapter, cancellationToken);
        }
        finally
        {
            if (leases.Shared) await leases.ReleaseAsync(chat);
            // Button spinners are stopped while the replies go, not before them.
            await Task.WhenAll(acknowledgements);
        }
        // Rows another instance stored while this one held the chat were left to it: look once more.
        if (leases.Shared && await HasDueWorkAsync(chat, cancellationToken)) queue.Signal(chat);
    }

    /// <summary>
    /// Handles the oldest pending update of the chat, if any; true when another one is waiting after it (looked for in the
    /// same query, so a chat whose turn is done costs no second look: what arrives later signals the queue again).
    /// </summary>
    private async Task<bool> HandleNextUpdateAsync(ChatKey chat, IChannelAdapter adapter, List<Task> acknowledgements, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            var engine = scope.ServiceProvider.GetRequiredService<ConversationEngine>();
            ReceivedUpdate? update = null;
            IncomingActivity? activity = null;
            var anotherWaiting = false;
            List<ChatKey> otherChats = [];
            ActivityContext parent = default;
            var started = Stopwatch.GetTimestamp();
            try
            {
                // Under a retrying execution strategy (PostgreSQL, SQL Server) a transient fault runs the whole turn again.
                var handled = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    var oldest = await db.ReceivedUpdates
                        .Where(u => u.Status == UpdateStatus.Pending && u.Channel == chat.Channel && u.ChatId == chat.ChatId)
                        .OrderBy(u => u.Sequence).ThenBy(u => u.Id)
                        .Take(2)
                        .ToListAsync(cancellationToken);
                    if (oldest.Count == 0) return false;
                    (update, anotherWaiting) = (oldest[0], oldest.Count > 1);

                    if (parent == default) parent = traces.UpdateParent(update.Channel, update.ExternalId);
                    using var turn = BotTelemetry.StartTurn(update.Channel, update.Id, parent);
                    activity = adapter.Translate(update);
                    // Only this worker handles the chat's updates, so reading the update needs no place in SQLite's line of writers;
                    // what the turn reads to decide does.
                    using var writing = await gate.EnterAsync(cancellationToken);
                    // One transaction for the turn: its state, its case, its replies and the update marked handled.
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    var replies = await engine.HandleAsync(activity, cancellationToken);
                    var now = time.GetUtcNow();
                    await AddRepliesAsync(db, chat, update, replies, now, cancellationToken);
                    update.MarkHandled(now);
                    if (adapter.HoldsMessages) await ReleaseHeldMessagesAsync(db, chat, now, cancellationToken);
                    var written = db.ChangeTracker.Entries<OutgoingMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
                    // A turn can write to other chats too (a counsellor offered a case, a family told who will call).
                    otherChats = [.. written.Select(m => new ChatKey(m.Channel, m.ChatId)).Where(c => c != chat).Distinct()];
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    foreach (var message in written) traces.RememberMessage(message.Id);
                    ChannelLog.UpdateHandled(logger, update.Channel, update.Id, replies.Count);
                    return true;
                });
                if (!handled) return false;
                telemetry.Handled(chat.Channel, failed: false, Stopwatch.GetElapsedTime(started));
                foreach (var other in otherChats) queue.Signal(other);
            }
            catch (Exception exception) when (exception is DbUpdateException or DbException && update is not null && attempt < MaxHandlingAttempts)
            {
                // A concurrent turn won a race (the first case of a year, an update another instance handled) or the
                // database was briefly busy: nothing was saved, so look at the chat again.
                ChannelLog.UpdateConflict(logger, exception, update.Channel, update.Id, attempt);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && update is not null)
            {
                ChannelLog.UpdateFailed(logger, exception, update.Channel, update.Id);
                telemetry.Handled(chat.Channel, failed: true, Stopwatch.GetElapsedTime(started));
                await RecordFailureAsync(update.Id, chat, exception, cancellationToken);
            }
            if (activity is not null) acknowledgements.Add(AcknowledgeAsync(adapter, activity, cancellationToken));
            return anotherWaiting;
        }
    }

    /// <summary>
    /// A chat flooding the bot is told once; the replies to its flood wait for a quiet moment and each turn's supersede
    /// the last, so only the reply to its latest message goes (everything it wrote was handled and kept). Emergency
    /// numbers never wait.
    /// </summary>
    private async Task AddRepliesAsync(IntakeDbContext db, ChatKey chat, ReceivedUpdate update, IReadOnlyList<Reply> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var verdict = flood.Observe(chat, update.Id, update.ReceivedAt);
        if (verdict != FloodVerdict.Calm)
        {
            await db.OutgoingMessages
                .Where(m => m.Status == DeliveryStatus.Pending && m.Channel == chat.Channel && m.ChatId == chat.ChatId
                    && m.Purpose == MessagePurpose.Conversation && m.Attempts == 0 && m.NextAttemptAt > now)
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (verdict == FloodVerdict.Began)
        {
            var texts = ConversationTexts.For(await LanguageOfAsync(db, chat, cancellationToken));
            db.OutgoingMessages.Add(OutgoingMessage.To(chat.Channel, chat.ChatId, new Reply(texts.FloodNotice), now));
        }
        var waitUntil = verdict is FloodVerdict.Began or FloodVerdict.Continuing && !replies.Any(r => r.Urgent)
            ? now + options.Value.FloodQuietPeriod
            : now;
        foreach (var reply in replies)
        {
            var message = OutgoingMessage.To(chat.Channel, chat.ChatId, reply, now);
            message.NextAttemptAt = waitUntil;
            db.OutgoingMessages.Add(message);
        }
    }

    private static async Task<string> LanguageOfAsync(IntakeDbContext db, ChatKey chat, CancellationToken cancellationToken) =>
        await db.Clients.Where(c => c.Channel == chat.Channel && c.ChatId == chat.ChatId)
            .Select(c => c.Language).FirstOrDefaultAsync(cancellationToken) ?? Languages.Indonesian;

    /// <summary>The family wrote, so messages that waited for that (a counsellor's answer on WhatsApp after a day's silence) go now, before the new replies.</summary>
    private static async Task ReleaseHeldMessagesAsync(IntakeDbContext db, ChatKey chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = await db.OutgoingMessages
            .Where(m => m.Status == DeliveryStatus.Held && m.Channel == chat.Channel && m.ChatId == chat.ChatId)
            .ToListAsync(cancellationToken);
        foreach (var message in held) message.Release(now);
    }

    private async Task<bool> HasDueWorkAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = time.GetUtcNow();
        return await db.ReceivedUpdates.AnyAsync(u => u.Status == UpdateStatus.Pending && u.Channel == chat.Channel && u.ChatId == chat.ChatId, cancellationToken)
            || await db.OutgoingMessages.ReadyToSend(now).AnyAsync(m => m.Channel == chat.Channel && m.ChatId == chat.ChatId, cancellationToken);
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

    /// <summary>Keeps an update that cannot be handled (with its payload, for staff) and tells the family, so the chat moves on.</summary>
    private async Task RecordFailureAsync(long updateId, ChatKey chat, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var update = await db.ReceivedUpdates.SingleAsync(u => u.Id == updateId, cancellationToken);
        if (update.Status != UpdateStatus.Pending) return; // another instance got to it
        var now = time.GetUtcNow();
        update.Status = UpdateStatus.Failed;
        update.FailureReason = exception.GetType().Name;
        update.HandledAt = now;
        var texts = ConversationTexts.For(await LanguageOfAsync(db, chat, cancellationToken));
        var apology = new Reply(texts.SomethingWentWrong, [new ReplyButton("/menu", texts.BackToMenu)]);
        db.OutgoingMessages.Add(OutgoingMessage.To(chat.Channel, chat.ChatId, apology, now));
        await gate.SaveAsync(db, cancellationToken);
    }

    private async Task DeliverAsync(ChatKey chat, IChannelAdapter adapter, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var pending = await db.OutgoingMessages
            .Where(m => m.Status == DeliveryStatus.Pending && m.Channel == chat.Channel && m.ChatId == chat.ChatId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        foreach (var message in pending)
        {
            var now = time.GetUtcNow();
            // A reply waiting for a retry holds back the ones after it, so they never overtake it.
            if (message.NextAttemptAt > now) return;

            cancellationToken.ThrowIfCancellationRequested();
            if (message is { EditOf: { } edited, ExternalMessageId: null })
            {
                // The channel's id of the message it edits, which went before it; none when that one never went, and the edit goes as a new message.
                message.ExternalMessageId = await db.OutgoingMessages.Where(m => m.Id == edited)
                    .Select(m => m.ExternalMessageId).FirstOrDefaultAsync(cancellationToken);
            }
            // A send under way is finished and recorded even when the app is stopping, or the family would get it twice after the restart.
            var recording = CancellationToken.None;
            var outcome = await SendAsync(adapter, message, recording);
            telemetry.Delivered(message.Channel, "reply", BotTelemetry.OutcomeOf(outcome));
            if (outcome is not DeliveryOutcome.Pause) message.Attempts++;
            switch (outcome)
            {
                case DeliveryOutcome.Pause pause:
                    message.NextAttemptAt = now + pause.Delay;
                    message.FailureReason = pause.Reason;
                    await gate.SaveAsync(db, recording);
                    return;
                case DeliveryOutcome.Delivered delivered:
                    message.Status = DeliveryStatus.Sent;
                    message.SentAt = time.GetUtcNow();
                    message.FailureReason = delivered.Reason is "" ? null : delivered.Reason;
                    await sentReplies.RecordAsync(message);
                    db.Entry(message).State = EntityState.Unchanged;
                    continue;
                case DeliveryOutcome.Held held:
                    message.Status = DeliveryStatus.Held;
                    message.FailureReason = held.Reason;
                    break;
                case DeliveryOutcome.Retry retry when message.Attempts < options.Value.MaxDeliveryAttempts:
                    message.NextAttemptAt = now + (retry.Delay ?? Backoff.After(message.Attempts, TimeSpan.FromMinutes(5)));
                    message.FailureReason = retry.Reason;
                    ChannelLog.DeliveryDeferred(logger, message.Channel, message.Id, message.Attempts, message.NextAttemptAt - now);
                    await gate.SaveAsync(db, recording);
                    return;
                case DeliveryOutcome.Blocked blocked:
                    await MarkUnreachableAsync(db, chat, pending, blocked.Reason, now, recording);
                    return;
                default:
                    message.Status = DeliveryStatus.Failed;
                    message.FailureReason = outcome.Reason;
                    ChannelLog.DeliveryFailed(logger, message.Channel, message.Id, message.Attempts);
                    break;
            }
            await gate.SaveAsync(db, recording);
        }
    }

    /// <summary>A fault the adapter did not foresee still counts as an attempt, so it cannot hold the chat back forever.</summary>
    private async Task<DeliveryOutcome> SendAsync(IChannelAdapter adapter, OutgoingMessage message, CancellationToken cancellationToken)
    {
        // In the trace of the turn that wrote the message, when this process ran it.
        using var send = BotTelemetry.StartSend(message.Channel, "reply", traces.MessageParent(message.Id));
        send?.SetTag("lk3.message.id", message.Id);
        try
        {
            return await adapter.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ChannelLog.DeliveryFault(logger, exception, message.Channel, message.Id);
            return DeliveryOutcome.RetryLater(exception.GetType().Name);
        }
    }

    private async Task MarkUnreachableAsync(IntakeDbContext db, ChatKey chat, List<OutgoingMessage> pending, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var message in pending.Where(m => m.Status == DeliveryStatus.Pending))
        {
            message.Status = DeliveryStatus.Failed;
            message.FailureReason = reason;
        }
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Channel == chat.Channel && c.ChatId == chat.ChatId, cancellationToken);
        client?.UnreachableSince ??= now;
        await gate.SaveAsync(db, cancellationToken);
        ChannelLog.ChatUnreachable(logger, chat.Channel, client?.Id);
    }
}
