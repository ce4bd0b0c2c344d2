using LK3.Intake.Inbox;

namespace LK3.Bot.Channels;

/// <summary>
/// The updates this process stored and has not yet handled, chat by chat, so that a chat's worker can take the next one
/// from memory instead of reading it back. Every stored update is told here, so once a read of the database has found all
/// of a chat's pending updates, what was read and what was stored since make the whole list: the chat is then known, and
/// stays so while only this process stores and handles its updates. On a shared database other instances store updates
/// too: a chat is known only while this process holds it and hears their notices (<see cref="ChatNotices"/>), which forget
/// it. The database still decides: a turn marks its update handled only while it is pending, so an update told here that
/// was handled already costs a turn rolled back, never a reply twice.
/// </summary>
public sealed class InboxWatch
{
    /// <summary>Updates and chats kept at most; past that all are forgotten together, and each chat is read again once.</summary>
    private const int Capacity = 20_000;
    private const int ChatCapacity = 50_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<ChatKey, Chat> _chats = [];
    private int _count;

    /// <summary>The inbox stored <paramref name="update"/> (committed, its id known).</summary>
    public void Stored(ChatKey chat, ReceivedUpdate update)
    {
        lock (_lock)
        {
            if (Known(chat).Add(update)) _count++;
        }
    }

    /// <summary>The chat's two oldest pending updates, in order, when every pending update of the chat is known; otherwise none.</summary>
    public List<ReceivedUpdate>? OldestTwo(ChatKey chat)
    {
        lock (_lock) return _chats.TryGetValue(chat, out var known) && known.Complete ? known.Pending.Take(2).ToList() : null;
    }

    /// <summary>
    /// A read of the database for the chat's two oldest pending updates found <paramref name="read"/>. Fewer than two is all
    /// of them, which with what was stored since makes the chat known.
    /// </summary>
    public void Read(ChatKey chat, IReadOnlyList<ReceivedUpdate> read)
    {
        if (read.Count >= 2) return;
        lock (_lock)
        {
            var known = Known(chat);
            foreach (var update in read) if (known.Add(update)) _count++;
            known.Complete = true;
        }
    }

    /// <summary>The update was handled or recorded as failed: it is pending no more.</summary>
    public void Done(ChatKey chat, long updateId)
    {
        lock (_lock)
        {
            if (_chats.TryGetValue(chat, out var known) && known.Remove(updateId)) _count--;
        }
    }

    /// <summary>The database must be read for this chat again (a turn met a conflict, or the sweep found it with work).</summary>
    public void Forget(ChatKey chat)
    {
        lock (_lock)
        {
            if (_chats.Remove(chat, out var known)) _count -= known.Pending.Count;
        }
    }

    /// <summary>Every chat must be read again (notices from other instances may have been missed).</summary>
    public void ForgetAll()
    {
        lock (_lock) ForgetAllLocked();
    }

    private void ForgetAllLocked()
    {
        _chats.Clear();
        _count = 0;
    }

    private Chat Known(ChatKey chat)
    {
        if (_count >= Capacity || _chats.Count >= ChatCapacity) ForgetAllLocked();
        if (!_chats.TryGetValue(chat, out var known)) _chats[chat] = known = new Chat();
        return known;
    }

    private sealed class Chat
    {
        /// <summary>In the order the chat's worker takes them: by sequence, then by id.</summary>
        public List<ReceivedUpdate> Pending { get; } = [];

        public bool Complete { get; set; }

        public bool Add(ReceivedUpdate update)
        {
            if (Pending.Exists(u => u.Id == update.Id)) return false;
            var at = Pending.FindIndex(u => u.Sequence > update.Sequence || (u.Sequence == update.Sequence && u.Id > update.Id));
            Pending.Insert(at < 0 ? Pending.Count : at, update);
            return true;
        }

        public bool Remove(long updateId) => Pending.RemoveAll(u => u.Id == updateId) > 0;
    }
}
