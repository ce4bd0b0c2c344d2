using System.Data.Common;
using System.Diagnostics;
using LK3.Bot.Data;
using LK3.Bot.Telemetry;
using LK3.Intake;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels;

/// <summary>
/// Answers a chat's stored updates one at a time: each turn's state, case, replies and handled update are stored together.
/// Turns of different chats ready at the same moment share one transaction (<see cref="GroupCommit{TItem,TResult}"/>),
/// each still its own unit in order per chat: when one fails, the group is rolled back and each turn runs again alone,
/// so a failing turn never takes the others down with it.
/// </summary>
public sealed class TurnRunner
{
    private const int MaxHandlingAttempts = 3;

    private readonly IServiceScopeFactory _scopes;
    private readonly ChatWorkQueue _queue;
    private readonly ChatFlood _flood;
    private readonly TimeProvider _time;
    private readonly IOptions<MessagingOptions> _options;
    private readonly SqliteWriteGate _gate;
    private readonly BotTelemetry _telemetry;
    private readonly TraceParents _traces;
    private readonly FamilyStateCache _families;
    private readonly OutboxWatch _outboxWatch;
    private readonly InboxWatch _inboxWatch;
    private readonly ReadingAhead _readingAhead;
    private readonly ILogger<TurnRunner> _logger;
    private readonly GroupCommit<Turn, TurnDone> _commit;

    public TurnRunner(
        IServiceScopeFactory scopes, ChatWorkQueue queue, ChatFlood flood, TimeProvider time, IOptions<MessagingOptions> options,
        SqliteWriteGate gate, BotTelemetry telemetry, TraceParents traces, FamilyStateCache families, OutboxWatch outboxWatch,
        InboxWatch inboxWatch, ReadingAhead readingAhead, ILogger<TurnRunner> logger)
    {
        (_scopes, _queue, _flood, _time, _options, _gate, _telemetry, _traces, _families, _outboxWatch, _inboxWatch, _readingAhead, _logger) =
            (scopes, queue, flood, time, options, gate, telemetry, traces, families, outboxWatch, inboxWatch, readingAhead, logger);
        _commit = new GroupCommit<Turn, TurnDone>(RunGroupAsync);
    }

    /// <summary>
    /// Handles the oldest pending update of the chat, if any: the activity it stood for (to acknowledge), the replies its
    /// turn wrote to the chat (committed, for delivery from memory), and whether another update is waiting after it (looked
    /// for in the same query, so a chat whose turn is done costs no second look).
    /// </summary>
    public async Task<TurnResult> RunNextAsync(ChatKey chat, IChannelAdapter adapter, CancellationToken cancellationToken)
    {
        ActivityContext parent = default;
        for (var attempt = 1; ; attempt++)
        {
            // Only this chat's worker handles its updates, so reading the update needs no place in SQLite's line of writers.
            var oldest = await OldestPendingAsync(chat, cancellationToken);
            if (oldest.Count == 0) return new TurnResult(null, [], false);
            var update = oldest[0];
            if (parent == default) parent = _traces.UpdateParent(update.Channel, update.ExternalId);
            IncomingActivity? activity = null;
            IReadOnlyList<OutgoingMessage> replies = [];
            var started = Stopwatch.GetTimestamp();
            try
            {
                activity = adapter.Translate(update);
                // Understood here, by the chat's own worker, rather than by its turn while the group holds the writer.
                activity = _readingAhead.Read(activity);
                var done = await _commit.WriteAsync(new Turn(chat, update, activity, adapter.HoldsMessages, parent), cancellationToken);
                _telemetry.Handled(chat.Channel, failed: false, Stopwatch.GetElapsedTime(started));
                _inboxWatch.Done(chat, update.Id);
                foreach (var other in done.OtherChats) _queue.Signal(other);
                replies = done.Replies;
            }
            catch (Exception exception) when (exception is DbUpdateException or DbException && attempt < MaxHandlingAttempts)
            {
                // A concurrent turn won a race (the first case of a year, an update another instance handled) or the
                // database was briefly busy: nothing was saved, so look at the chat again.
                ChannelLog.UpdateConflict(_logger, exception, update.Channel, update.Id, attempt);
                _inboxWatch.Forget(chat);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ChannelLog.UpdateFailed(_logger, exception, update.Channel, update.Id);
                _telemetry.Handled(chat.Channel, failed: true, Stopwatch.GetElapsedTime(started));
                await RecordFailureAsync(update.Id, chat, exception, cancellationToken);
                _inboxWatch.Done(chat, update.Id);
            }
            return new TurnResult(activity, replies, oldest.Count > 1);
        }
    }

    /// <summary>Turns asked for meanwhile wait and then run in one group (<see cref="GroupCommit{TItem,TResult}.HoldAsync"/>).</summary>
    internal Task<IDisposable> HoldTurnsAsync() => _commit.HoldAsync();

    internal int TurnsWaiting => _commit.Waiting;

    /// <summary>The chat's two oldest pending updates: from memory when the inbox told of all of them, otherwise read.</summary>
    private async Task<List<ReceivedUpdate>> OldestPendingAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        if (_inboxWatch.OldestTwo(chat) is { } known) return known;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var read = await OldestTwoPending.For(db)(db, chat.Channel, chat.ChatId).ToListAsync(cancellationToken);
        _inboxWatch.Read(chat, read);
        return read;
    }

    /// <summary>
    /// Compiled: read for every update of a chat not known in memory (every chat on a shared database), so its translation
    /// is worth skipping.
    /// </summary>
    private static readonly CompiledPerModel<Func<IntakeDbContext, string, string, IAsyncEnumerable<ReceivedUpdate>>> OldestTwoPending =
        new(() => EF.CompileAsyncQuery((IntakeDbContext db, string channel, string chatId) => db.ReceivedUpdates.AsNoTracking()
            .Where(u => u.Status == UpdateStatus.Pending && u.Channel == channel && u.ChatId == chatId)
            .OrderBy(u => u.Sequence).ThenBy(u => u.Id)
            .Take(2)));

    /// <summary>
    /// The turns ready together, in one transaction; when that fails, each alone, so that only the failing turn fails.
    /// Not cancelled with one caller: the group holds other chats' turns too.
    /// </summary>
    private async Task RunGroupAsync(IReadOnlyList<GroupCommit<Turn, TurnDone>.Entry> group)
    {
        if (group.Count > 1)
        {
            try
            {
                var results = await RunTogetherAsync(group.Select(e => e.Item).ToList());
                for (var i = 0; i < group.Count; i++) group[i].Complete(results[i]);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Rolled back as a whole: which turn failed, and why, the turns run alone tell.
            }
        }
        foreach (var entry in group)
        {
            try
            {
                entry.Complete((await RunTogetherAsync([entry.Item]))[0]);
            }
            catch (Exception exception)
            {
                entry.Fail(exception);
            }
        }
    }

    private async Task<TurnDone[]> RunTogetherAsync(IReadOnlyList<Turn> turns)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<ConversationEngine>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        // The whole group is rolled back when a turn fails, so a savepoint around each save is two statements for nothing.
        db.Database.AutoSavepointsEnabled = false;
        // Under a retrying execution strategy (PostgreSQL, SQL Server) a transient fault runs the whole group again.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            using var writing = await _gate.EnterAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            var done = new TurnDone[turns.Count];
            var conversations = new ConversationUpdates();
            try
            {
                // Chats whose family is not kept here go first: one may be a counsellor's, which must not come after what
                // is deferred (ConversationUpdates), so the group's conversations are then written once, at its end.
                foreach (var i in Enumerable.Range(0, turns.Count).OrderBy(i => _families.Keeps(turns[i].Chat.Channel, turns[i].Chat.ChatId)))
                {
                    done[i] = await RunAsync(db, engine, outbox, turns[i], conversations);
                }
            }
            finally
            {
                _families.Disown(db);
            }
            await conversations.WriteAsync(db);
            await InsertRepliesAsync(db, done);
            await MarkHandledAsync(db, turns);
            await transaction.CommitAsync(CancellationToken.None);
            // Only what is committed is kept: a turn rolled back took its family's state out, so the next one reads it again.
            foreach (var (_, _, _, _, left, stamp) in done) if (left is not null) _families.Keep(left, stamp);
            return done;
        });
    }

    /// <summary>
    /// The turns' replies to their own chats, most of the rows a turn writes, in one statement for the group: EF Core sends
    /// SQLite one INSERT per row. Nothing else refers to them, so they need not be in the turns' saves.
    /// </summary>
    private async Task InsertRepliesAsync(IntakeDbContext db, TurnDone[] done)
    {
        await db.InsertAllAsync(done.SelectMany(d => d.NewReplies).ToList(), CancellationToken.None);
        foreach (var turn in done)
        {
            foreach (var message in turn.NewReplies) _traces.RememberMessage(message.Id, turn.Trace);
        }
    }

    /// <summary>
    /// The group's updates marked handled by one statement, and only while still pending: two instances can never both handle
    /// one. When another got to one of them, the group runs again turn by turn, and only that turn finds out. Not an
    /// ExecuteUpdate: EF Core's query pipeline (the expression looked up, the ids taken out of it) cost 2 % of the bot's CPU.
    /// </summary>
    private async Task MarkHandledAsync(IntakeDbContext db, IReadOnlyList<Turn> turns)
    {
        var now = _time.GetUtcNow();
        var rows = turns.Select(t =>
        {
            var row = new ReceivedUpdate { Id = t.Update.Id, Channel = t.Update.Channel, ExternalId = t.Update.ExternalId, ChatId = t.Update.ChatId };
            row.MarkHandled(now);
            return row;
        }).ToList();
        var marked = await db.UpdateByKeyAsync(rows, HandledColumns, CancellationToken.None, onlyWhile: (nameof(ReceivedUpdate.Status), UpdateStatus.Pending));
        if (marked != rows.Count) throw new DbUpdateConcurrencyException($"{rows.Count - marked} of {rows.Count} updates were handled meanwhile.");
    }

    private static readonly string[] HandledColumns = [nameof(ReceivedUpdate.Status), nameof(ReceivedUpdate.HandledAt), nameof(ReceivedUpdate.Payload)];

    /// <summary>
    /// One turn inside the group's transaction: the replies it wrote to its own chat (the new ones still to insert), the
    /// other chats it wrote to (a counsellor offered a case), and the family's state it leaves, to keep once committed.
    /// </summary>
    private async Task<TurnDone> RunAsync(
        IntakeDbContext db, ConversationEngine engine, OutboxWriter outbox, Turn turn, ConversationUpdates conversations)
    {
        var (chat, update, activity) = (turn.Chat, turn.Update, turn.Activity);
        using var span = BotTelemetry.StartTurn(update.Channel, update.Id, turn.Parent);
        outbox.StartTurnOf(chat.Channel, chat.ChatId);
        var (known, stamp) = _families.Take(chat.Channel, chat.ChatId);
        // A chat whose family is not kept may be a counsellor's, whose turn reads and changes the family it answers.
        if (known is null) await conversations.WriteAsync(db);
        var (replies, left) = await engine.HandleAsync(activity, known, CancellationToken.None);
        if (left is not null) _families.Own(db, left.Client);
        else _families.Disown(db);
        // Only a family's own turn, known to be one, leaves its conversation for the group to write.
        if (known is not null && left?.Client.Conversation is { } conversation) conversations.Defer(db, conversation);
        var now = _time.GetUtcNow();
        var newReplies = await RepliesAsync(db, chat, update, replies, now);
        if (turn.HoldsMessages) await ReleaseHeldMessagesAsync(db, chat, now);
        await db.SaveChangesAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        var written = outbox.TakeWritten();
        var trace = span?.Context ?? default;
        foreach (var message in written) _traces.RememberMessage(message.Id, trace);
        ChannelLog.UpdateHandled(_logger, update.Channel, update.Id, replies.Count);
        var own = written.Where(m => new ChatKey(m.Channel, m.ChatId) == chat).Concat(newReplies).ToList();
        var others = written.Select(m => new ChatKey(m.Channel, m.ChatId)).Where(c => c != chat).Distinct().ToList();
        return new TurnDone(own, newReplies, trace, others, left, stamp);
    }

    /// <summary>
    /// A chat flooding the bot is told once; the replies to its flood wait for a quiet moment and each turn's supersede
    /// the last, so only the reply to its latest message goes (everything it wrote was handled and kept). Emergency
    /// numbers never wait.
    /// </summary>
    private async Task<List<OutgoingMessage>> RepliesAsync(
        IntakeDbContext db, ChatKey chat, ReceivedUpdate update, IReadOnlyList<Reply> replies, DateTimeOffset now)
    {
        List<OutgoingMessage> messages = [];
        var verdict = _flood.Observe(chat, update.Id, update.ReceivedAt);
        if (verdict != FloodVerdict.Calm)
        {
            // Replies of earlier turns are taken back and these wait: the chat's delivery reads what is left.
            _outboxWatch.Forget((chat.Channel, chat.ChatId));
            await db.OutgoingMessages
                .Where(m => m.Status == DeliveryStatus.Pending && m.Channel == chat.Channel && m.ChatId == chat.ChatId
                    && m.Purpose == MessagePurpose.Conversation && m.Attempts == 0 && m.NextAttemptAt > now)
                .ExecuteDeleteAsync();
        }
        if (verdict == FloodVerdict.Began)
        {
            var texts = ConversationTexts.For(await LanguageOfAsync(db, chat, CancellationToken.None));
            messages.Add(OutgoingMessage.To(chat.Channel, chat.ChatId, new Reply(texts.FloodNotice), now));
        }
        var waitUntil = verdict is FloodVerdict.Began or FloodVerdict.Continuing && !replies.Any(r => r.Urgent)
            ? now + _options.Value.FloodQuietPeriod
            : now;
        foreach (var reply in replies)
        {
            var message = OutgoingMessage.To(chat.Channel, chat.ChatId, reply, now);
            message.NextAttemptAt = waitUntil;
            messages.Add(message);
        }
        return messages;
    }

    private static async Task<string> LanguageOfAsync(IntakeDbContext db, ChatKey chat, CancellationToken cancellationToken) =>
        await db.Clients.Where(c => c.Channel == chat.Channel && c.ChatId == chat.ChatId)
            .Select(c => c.Language).FirstOrDefaultAsync(cancellationToken) ?? Languages.Indonesian;

    /// <summary>
    /// The family wrote, so messages that waited for that (a counsellor's answer on WhatsApp after a day's silence) go now,
    /// before the new replies.
    /// </summary>
    private async Task ReleaseHeldMessagesAsync(IntakeDbContext db, ChatKey chat, DateTimeOffset now)
    {
        var held = await db.OutgoingMessages
            .Where(m => m.Status == DeliveryStatus.Held && m.Channel == chat.Channel && m.ChatId == chat.ChatId)
            .ToListAsync();
        foreach (var message in held) message.Release(now);
        if (held.Count > 0) _outboxWatch.Forget((chat.Channel, chat.ChatId));
    }

    /// <summary>Keeps an update that cannot be handled (with its payload, for staff) and tells the family, so the chat moves on.</summary>
    private async Task RecordFailureAsync(long updateId, ChatKey chat, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var update = await db.ReceivedUpdates.SingleAsync(u => u.Id == updateId, cancellationToken);
        if (update.Status != UpdateStatus.Pending) return; // another instance got to it
        var now = _time.GetUtcNow();
        update.Status = UpdateStatus.Failed;
        update.FailureReason = exception.GetType().Name;
        update.HandledAt = now;
        var texts = ConversationTexts.For(await LanguageOfAsync(db, chat, cancellationToken));
        var apology = new Reply(texts.SomethingWentWrong, [new ReplyButton("/menu", texts.BackToMenu)]);
        outbox.Add(OutgoingMessage.To(chat.Channel, chat.ChatId, apology, now));
        await _gate.SaveAsync(db, cancellationToken);
    }

    private sealed record TurnDone(
        IReadOnlyList<OutgoingMessage> Replies, IReadOnlyList<OutgoingMessage> NewReplies, ActivityContext Trace, IReadOnlyList<ChatKey> OtherChats,
        FamilyState? Left, FamilyStateCache.Stamp Stamp);

    /// <summary>A chat's update ready to be answered, with the activity it stands for.</summary>
    private sealed record Turn(ChatKey Chat, ReceivedUpdate Update, IncomingActivity Activity, bool HoldsMessages, ActivityContext Parent);
}

/// <summary>A turn's outcome for its chat: the activity to acknowledge, the replies written to the chat, and whether another update waits.</summary>
public sealed record TurnResult(IncomingActivity? Activity, IReadOnlyList<OutgoingMessage> Replies, bool AnotherWaiting);
