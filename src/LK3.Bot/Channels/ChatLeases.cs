using System.Collections.Concurrent;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Data;
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
    private readonly ConcurrentDictionary<ChatKey, DateTimeOffset> _renewed = new();

    public async Task<bool> TryAcquireAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = time.GetUtcNow();
        // Most chats have no lease row (it is deleted when given back): one insert takes it. Another instance may take it at
        // the same moment: then this insert is left out, with no error, and the row is taken only if ours or expired.
        var lease = new ChatLease { Channel = chat.Channel, ChatId = chat.ChatId, Owner = _owner, ExpiresAt = now + Duration };
        if (!(await db.InsertIfAbsentAsync([lease], [nameof(ChatLease.Channel), nameof(ChatLease.ChatId)], cancellationToken))[0])
        {
            return await ExtendAsync(db, chat, cancellationToken);
        }
        _renewed[chat] = now;
        return true;
    }

    /// <summary>Keeps the lease while a long run of updates is worked through.</summary>
    public async Task RenewAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        // A third of the lease gone at most: renewing after every update is a write per update for nothing.
        if (_renewed.TryGetValue(chat, out var at) && time.GetUtcNow() - at < Duration / 3) return;
        await using var scope = scopes.CreateAsyncScope();
        await ExtendAsync(scope.ServiceProvider.GetRequiredService<IntakeDbContext>(), chat, cancellationToken);
    }

    public async Task ReleaseAsync(ChatKey chat)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        _renewed.TryRemove(chat, out _);
        // Not cancellable: a lease left behind would hold the chat back until it expires. Deleted, not expired: the row
        // names the chat, which must not outlive the family's erasure.
        await db.ChatLeases.Where(l => l.Channel == chat.Channel && l.ChatId == chat.ChatId && l.Owner == _owner)
            .ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Takes the lease when it is ours or has expired; one conditional update, so two instances cannot both succeed.</summary>
    private async Task<bool> ExtendAsync(IntakeDbContext db, ChatKey chat, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + Duration;
        var taken = await db.ChatLeases
            .Where(l => l.Channel == chat.Channel && l.ChatId == chat.ChatId && (l.Owner == _owner || l.ExpiresAt < now))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Owner, _owner).SetProperty(x => x.ExpiresAt, until), cancellationToken) == 1;
        if (taken) _renewed[chat] = now;
        return taken;
    }
}
