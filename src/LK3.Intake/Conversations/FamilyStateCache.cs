using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LK3.Intake.Clients;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Conversations;

/// <summary>
/// The families' state between their turns, so that a turn reads nothing it already knows; written through (each turn
/// saves what it changed) and owned by the one process that handles the chat. A turn takes its family's state out and puts
/// it back only once committed, so a failed turn leaves nothing behind; anything else that changes a family's state
/// (staff, a broadcast, a delivery refused, a counsellor's turn) forgets it (<see cref="FamilyStateInvalidation"/>).
/// </summary>
public sealed class FamilyStateCache
{
    /// <summary>
    /// Families kept at most; past that all are forgotten together (each read again once), with what is known of them, as
    /// memory matters more.
    /// </summary>
    private const int Capacity = 50_000;

    private readonly ConcurrentDictionary<(string Channel, string ChatId), FamilyState> _families = new();
    private readonly ConcurrentDictionary<int, (string Channel, string ChatId)> _chatOfClient = new();
    private readonly ConcurrentDictionary<(string Channel, string ChatId), long> _forgotten = new();
    private readonly ConditionalWeakTable<DbContext, Client> _owners = new();
    private long _clientsForgotten;

    /// <summary>The family's state left by its last turn, taken out until <see cref="Keep"/> puts the new one back; with a stamp for that.</summary>
    public (FamilyState? State, Stamp Stamp) Take(string channel, string chatId)
    {
        var stamp = new Stamp(Interlocked.Read(ref _clientsForgotten), _forgotten.GetValueOrDefault((channel, chatId)));
        return (_families.TryRemove((channel, chatId), out var state) ? state : null, stamp);
    }

    /// <summary>Whether the family's state is kept, without taking it.</summary>
    public bool Keeps(string channel, string chatId) => _families.ContainsKey((channel, chatId));

    /// <summary>Keeps what a committed turn left, unless something forgot the family since <see cref="Take"/>.</summary>
    public void Keep(FamilyState state, Stamp stamp)
    {
        var chat = (state.Client.Channel, state.Client.ChatId);
        if (state.Client.Id == 0) return;
        // As a family read from the database has it: the consent is kept as a value, and its record would be attached
        // again with the client on every later turn.
        state.Client.Consents.Clear();
        if (_families.Count >= Capacity) ForgetAll();
        _chatOfClient[state.Client.Id] = chat;
        _families[chat] = state;
        // Forgotten meanwhile: what was just kept may be older than what changed, so it goes again.
        if (Interlocked.Read(ref _clientsForgotten) != stamp.Clients || _forgotten.GetValueOrDefault(chat) != stamp.Chat) _families.TryRemove(chat, out _);
    }

    /// <summary>
    /// What was kept may be old, but no turn of the chat is under way here (the chat's lease is taken anew, before its turns):
    /// forgotten without stopping any turn from keeping.
    /// </summary>
    public void Drop(string channel, string chatId) => _families.TryRemove((channel, chatId), out _);

    /// <summary>Something other than the family's own turn changed its state.</summary>
    public void Forget(string channel, string chatId)
    {
        _forgotten.AddOrUpdate((channel, chatId), 1, (_, n) => n + 1);
        _families.TryRemove((channel, chatId), out _);
    }

    public void ForgetClient(int clientId)
    {
        if (_chatOfClient.TryGetValue(clientId, out var chat))
        {
            Forget(chat.Channel, chat.ChatId);
            return;
        }
        // Not kept here, but a turn may be reading it right now from the database: no turn under way keeps what it read.
        Interlocked.Increment(ref _clientsForgotten);
    }

    /// <summary>
    /// Every family forgotten, and the index and counts kept about them, so that none of it grows without bound; a turn under
    /// way then keeps nothing it read (its stamp no longer matches).
    /// </summary>
    public void ForgetAll()
    {
        Interlocked.Increment(ref _clientsForgotten);
        _families.Clear();
        _chatOfClient.Clear();
        _forgotten.Clear();
    }

    /// <summary>Saves of <paramref name="db"/> change <paramref name="family"/> as its own turn: they forget nobody.</summary>
    public void Own(DbContext db, Client family) => _owners.AddOrUpdate(db, family);

    public void Disown(DbContext db) => _owners.Remove(db);

    internal Client? OwnerOf(DbContext db) => _owners.TryGetValue(db, out var family) ? family : null;

    /// <summary>How many times the family (and any family not kept) had been forgotten when a turn took its state.</summary>
    public readonly record struct Stamp(long Clients, long Chat);
}
