using LK3.Bot.Data;
using LK3.Bot.Telemetry;
using LK3.Intake;
using LK3.Intake.Data;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels;

/// <summary>
/// Delivers a chat's replies waiting in the outbox, in order, and records what the channel said: sent, to try again
/// later, held until the family writes, or the family unreachable. When the chat's outbox is known to hold nothing else
/// (<see cref="OutboxWatch"/>), the replies its turns just wrote are delivered as they are, without reading them back.
/// </summary>
public sealed class OutboxDeliverer(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    SqliteWriteGate gate,
    SentReplies sentReplies,
    BotTelemetry telemetry,
    TraceParents traces,
    OutboxWatch watch,
    ILogger<OutboxDeliverer> logger)
{
    /// <param name="written">The replies the chat's turns just wrote (committed), in order.</param>
    public async Task DeliverAsync(ChatKey chat, IChannelAdapter adapter, IReadOnlyList<OutgoingMessage> written, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var key = (chat.Channel, chat.ChatId);
        var fromMemory = watch.IsEmpty(key);
        if (!fromMemory) watch.Reading(key);
        var allSent = false;
        try
        {
            var pending = fromMemory ? [.. written] : await Pending.For(db)(db, chat.Channel, chat.ChatId).ToListAsync(cancellationToken);
            allSent = await DeliverInOrderAsync(db, chat, adapter, pending, cancellationToken);
        }
        finally
        {
            if (!allSent) watch.Forget(key);
            else if (!fromMemory) watch.Drained(key);
        }
    }

    /// <summary>
    /// True when every message went. The messages are not tracked: a sent one is recorded by <see cref="SentReplies"/>, and
    /// only a message that did not go is saved here, whole.
    /// </summary>
    private async Task<bool> DeliverInOrderAsync(
        IntakeDbContext db, ChatKey chat, IChannelAdapter adapter, List<OutgoingMessage> pending, CancellationToken cancellationToken)
    {
        var allSent = true;
        foreach (var message in pending)
        {
            var now = time.GetUtcNow();
            // A reply waiting for a retry holds back the ones after it, so they never overtake it.
            if (message.NextAttemptAt > now) return false;

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
            var verdict = DeliveryVerdict.Of(outcome, message.Attempts, options.Value.MaxDeliveryAttempts, now, Backoff5Minutes);
            message.Attempts = verdict.Attempts;
            message.FailureReason = verdict.Reason;
            switch (verdict.Then)
            {
                case DeliveryVerdict.Next.Sent:
                    message.Status = DeliveryStatus.Sent;
                    message.SentAt = time.GetUtcNow();
                    await sentReplies.RecordAsync(message);
                    continue;
                case DeliveryVerdict.Next.RetryLater:
                    message.NextAttemptAt = verdict.RetryAt!.Value;
                    if (outcome is not DeliveryOutcome.Pause)
                    {
                        ChannelLog.DeliveryDeferred(logger, message.Channel, message.Id, message.Attempts, message.NextAttemptAt - now);
                    }
                    await SaveWholeAsync(db, message);
                    return false;
                case DeliveryVerdict.Next.Held:
                    message.Status = DeliveryStatus.Held;
                    break;
                case DeliveryVerdict.Next.Unreachable:
                    await MarkUnreachableAsync(db, chat, pending, outcome.Reason, now, recording);
                    return false;
                default:
                    message.Status = DeliveryStatus.Failed;
                    ChannelLog.DeliveryFailed(logger, message.Channel, message.Id, message.Attempts);
                    break;
            }
            await SaveWholeAsync(db, message);
            allSent = false;
        }
        return allSent;
    }

    /// <summary>Compiled: read after every run of turns whose chat's outbox is not known.</summary>
    private static readonly CompiledPerModel<Func<IntakeDbContext, string, string, IAsyncEnumerable<OutgoingMessage>>> Pending =
        new(() => EF.CompileAsyncQuery<IntakeDbContext, string, string, OutgoingMessage>((db, channel, chatId) => db.OutgoingMessages.AsNoTracking()
            .Where(m => m.Status == DeliveryStatus.Pending && m.Channel == channel && m.ChatId == chatId)
            .OrderBy(m => m.Id)));

    /// <summary>A message that did not go, saved whole (it is not tracked); not cancelled, like the send before it.</summary>
    private async Task SaveWholeAsync(IntakeDbContext db, OutgoingMessage message)
    {
        db.OutgoingMessages.Update(message);
        await gate.SaveAsync(db, CancellationToken.None);
    }

    private static TimeSpan Backoff5Minutes(int attempts) => Backoff.After(attempts, TimeSpan.FromMinutes(5));

    private async Task<DeliveryOutcome> SendAsync(IChannelAdapter adapter, OutgoingMessage message, CancellationToken cancellationToken)
    {
        // In the trace of the turn that wrote the message, when this process ran it.
        using var send = BotTelemetry.StartSend(message.Channel, "reply", traces.MessageParent(message.Id));
        send?.SetTag("lk3.message.id", message.Id);
        return await adapter.TrySendAsync(message, fault => ChannelLog.DeliveryFault(logger, fault, message.Channel, message.Id), cancellationToken);
    }

    private async Task MarkUnreachableAsync(
        IntakeDbContext db, ChatKey chat, List<OutgoingMessage> pending, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var message in pending.Where(m => m.Status == DeliveryStatus.Pending))
        {
            message.Status = DeliveryStatus.Failed;
            message.FailureReason = reason;
            db.OutgoingMessages.Update(message);
        }
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Channel == chat.Channel && c.ChatId == chat.ChatId, cancellationToken);
        client?.UnreachableSince ??= now;
        await gate.SaveAsync(db, cancellationToken);
        ChannelLog.ChatUnreachable(logger, chat.Channel, client?.Id);
    }
}
