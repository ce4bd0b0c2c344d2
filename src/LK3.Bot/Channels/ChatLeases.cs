using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Inbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Takes and gives back the database lease on a chat (see <see cref="ChatLease"/>). A lease left by an
/// instance that died expires, and another instance takes the chat over.
/// </summary>
public sealed class ChatLeases(IServiceScopeFactory scopes, TimeProvider time, IntakeDatabase database)
{
    /// <summary>
    /// Whether other instances may work on the same chats: not on SQLite, a file for one instance, where chats skip the
    /// lease (a broadcast still takes it, since a second instance during a deployment must never send it twice).
    /// </summary>
    public bool Shared { get; } = database.Provider != DatabaseProvider.Sqlite;

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    /// <summary>This process, as the owner of leases.</summary>
    private readonly string _owner = $"{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The leases this process holds, by <see cref="NoticeOf"/>, with when each ends as this process last set it.</summary>
    private readonly ConcurrentDictionary<string, (ChatKey Chat, DateTimeOffset Until)> _held = new();

    /// <summary>Chats found held by another instance, until when this one takes that as still so.</summary>
    private readonly ConcurrentDictionary<ChatKey, DateTimeOffset> _refused = new();

    /// <summary>
    /// How long a chat found held by another instance is taken as still held, without asking the database again: its holder
    /// keeps it from one message to the next. Short, since a chat let go meanwhile waits this long for its next holder.
    /// </summary>
    private static readonly TimeSpan RefusalKept = TimeSpan.FromSeconds(1);

    private long _lapsedLetGoAt;

    /// <summary>
    /// Holds a chat for a run of its updates. The lease outlives the run, so that a family writing again finds its chat
    /// still held: most runs then cost no statement for the lease, and what this process keeps of the family and its
    /// outbox stays true, since no other instance can have worked on the chat meanwhile.
    /// </summary>
    public async Task<LeaseHold> HoldAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        var notice = NoticeOf(chat);
        var now = time.GetUtcNow();
        if (_held.TryGetValue(notice, out var held) && now < held.Until)
        {
            // Ours and not lapsed: nobody else can have taken it since.
            await RenewAsync(chat, notice, cancellationToken);
            return _held.ContainsKey(notice) ? LeaseHold.Kept : LeaseHold.Refused;
        }
        if (_refused.TryGetValue(chat, out var refusedUntil) && now < refusedUntil) return LeaseHold.Refused;
        if (await TryAcquireAsync(chat, notice, cancellationToken))
        {
            _refused.TryRemove(chat, out _);
            return LeaseHold.Taken;
        }
        _refused[chat] = now + RefusalKept;
        return LeaseHold.Refused;
    }

    public Task<bool> TryAcquireAsync(ChatKey chat, CancellationToken cancellationToken) => TryAcquireAsync(chat, NoticeOf(chat), cancellationToken);

    /// <summary>Keeps the lease while a long run of updates is worked through.</summary>
    public Task RenewAsync(ChatKey chat, CancellationToken cancellationToken) => RenewAsync(chat, NoticeOf(chat), cancellationToken);

    /// <summary>
    /// Takes the lease when nobody holds it, this process does already or its holder let it lapse (one statement, so two
    /// instances cannot both succeed); lets it go here otherwise.
    /// </summary>
    private async Task<bool> TryAcquireAsync(ChatKey chat, string notice, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + Duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var taken = await ChatLeaseTaking.TakeAsync(db, chat.Channel, chat.ChatId, _owner, now, until, cancellationToken);
        if (taken) _held[notice] = (chat, until);
        else _held.TryRemove(notice, out _);
        return taken;
    }

    private async Task RenewAsync(ChatKey chat, string notice, CancellationToken cancellationToken)
    {
        // A third of the lease gone at most: renewing after every update is a write per update for nothing.
        if (_held.TryGetValue(notice, out var held) && held.Until - time.GetUtcNow() > Duration * 2 / 3) return;
        await TryAcquireAsync(chat, notice, cancellationToken);
    }

    public async Task ReleaseAsync(ChatKey chat)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        _held.TryRemove(NoticeOf(chat), out _);
        // Not cancellable: a lease left behind would hold the chat back until it expires. Deleted, not expired: the row
        // names the chat, which must not outlive the family's erasure.
        await db.ChatLeases.Where(l => l.Channel == chat.Channel && l.ChatId == chat.ChatId && l.Owner == _owner)
            .ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Gives back the leases this process holds on chats of these channels, when it stops: other instances take them at once.</summary>
    public async Task ReleaseAllAsync(IReadOnlyCollection<string> channels)
    {
        foreach (var (notice, held) in _held)
        {
            if (channels.Contains(held.Chat.Channel)) _held.TryRemove(notice, out _);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        await db.ChatLeases.Where(l => l.Owner == _owner && channels.Contains(l.Channel)).ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>
    /// Deletes leases that lapsed a lease's length ago (this process's, of chats quiet for a while, and those of instances
    /// that died), at most once a lease's length: the row names the chat, which must not outlive the family's erasure for long.
    /// </summary>
    public async Task LetLapsedGoAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now.UtcTicks - Interlocked.Read(ref _lapsedLetGoAt) < Duration.Ticks) return;
        Interlocked.Exchange(ref _lapsedLetGoAt, now.UtcTicks);
        foreach (var (notice, held) in _held)
        {
            if (held.Until <= now) _held.TryRemove(new KeyValuePair<string, (ChatKey, DateTimeOffset)>(notice, held));
        }
        foreach (var refused in _refused)
        {
            if (refused.Value <= now) _refused.TryRemove(refused);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        // Lapsed a lease's length ago: a process whose clock runs a little ahead never deletes a lease still held.
        var lapsedBefore = now - Duration;
        await db.ChatLeases.Where(l => l.ExpiresAt < lapsedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Leases other processes hold now.</summary>
    public IQueryable<ChatLease> HeldByOthers(IntakeDbContext db, DateTimeOffset now) => db.ChatLeases.Where(l => l.Owner != _owner && l.ExpiresAt > now);

    /// <summary>The chat a notice names, when this process holds it (<see cref="ChatNotices"/>).</summary>
    public ChatKey? HeldChatOf(string notice) => _held.TryGetValue(notice, out var held) ? held.Chat : null;

    /// <summary>
    /// What other instances call a chat when they tell its holder of work for it: a digest, so that no phone number goes
    /// over the wire in a notice.
    /// </summary>
    public static string NoticeOf(ChatKey chat) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{chat.Channel}\n{chat.ChatId}")), 0, 12);
}

/// <summary>What <see cref="ChatLeases.HoldAsync"/> found.</summary>
public enum LeaseHold
{
    /// <summary>Another instance holds the chat.</summary>
    Refused,

    /// <summary>Held since this process's last run on the chat: what it kept of the chat is still true.</summary>
    Kept,

    /// <summary>Taken anew: another instance may have worked on the chat since this one last did.</summary>
    Taken,
}
