namespace LK3.Intake.Outbox;

/// <summary>
/// The chats whose outbox this process knows to hold nothing waiting, so that the replies their own turns write can be
/// delivered from memory instead of read back. A chat becomes known when a delivery that read its outbox sent everything,
/// and no other writer (<see cref="OutboxWriter"/>: a counsellor's notice, staff, a follow-up) began or ended a write to it
/// since that read began; any such write, and anything left unsent, makes it unknown again.
/// </summary>
public sealed class OutboxWatch
{
    /// <summary>Chats known at most; past that all are forgotten together (each read again once).</summary>
    private const int Capacity = 50_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Channel, string ChatId), int> _writers = [];
    private readonly HashSet<(string Channel, string ChatId)> _reading = [];
    private readonly HashSet<(string Channel, string ChatId)> _empty = [];

    public bool IsEmpty((string Channel, string ChatId) chat)
    {
        lock (_lock) return _empty.Contains(chat);
    }

    /// <summary>A delivery is about to read the chat's outbox.</summary>
    public void Reading((string Channel, string ChatId) chat)
    {
        lock (_lock)
        {
            _empty.Remove(chat);
            if (!_writers.ContainsKey(chat)) _reading.Add(chat);
        }
    }

    /// <summary>The delivery sent everything it read: known empty, unless a write began or ended since it began to read.</summary>
    public void Drained((string Channel, string ChatId) chat)
    {
        lock (_lock)
        {
            if (!_reading.Remove(chat)) return;
            if (_empty.Count >= Capacity) _empty.Clear();
            _empty.Add(chat);
        }
    }

    /// <summary>Something may be left in the chat's outbox that its delivery must read.</summary>
    public void Forget((string Channel, string ChatId) chat)
    {
        lock (_lock) ForgetLocked(chat);
    }

    /// <summary>
    /// Something other than the chat's own turn is putting messages in its outbox (or one back in it): the chat is unknown
    /// from now until the returned scope ends, after that writer's commit.
    /// </summary>
    public IDisposable Changing((string Channel, string ChatId) chat)
    {
        lock (_lock)
        {
            _writers[chat] = _writers.GetValueOrDefault(chat) + 1;
            ForgetLocked(chat);
        }
        return new Change(this, chat);
    }

    private void Changed((string Channel, string ChatId) chat)
    {
        lock (_lock)
        {
            if (--_writers[chat] == 0) _writers.Remove(chat);
            ForgetLocked(chat);
        }
    }

    private void ForgetLocked((string Channel, string ChatId) chat)
    {
        _empty.Remove(chat);
        _reading.Remove(chat);
    }

    private sealed class Change(OutboxWatch watch, (string Channel, string ChatId) chat) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) watch.Changed(chat);
        }
    }
}
