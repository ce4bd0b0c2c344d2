using System.Threading.Channels;

namespace LK3.Bot.Channels;

/// <summary>
/// Chats with work waiting. A chat is queued at most once and handled by one worker at a time,
/// so its messages stay in order while different chats are handled in parallel.
/// </summary>
public sealed class ChatWorkQueue
{
    private readonly Channel<ChatKey> _ready = Channel.CreateUnbounded<ChatKey>();
    private readonly Lock _gate = new();

    // A chat in here is queued or being worked on; true means more work arrived meanwhile.
    private readonly Dictionary<ChatKey, bool> _scheduled = [];

    // Chats signalled for work that may have put messages in their outbox, since their worker last took what it was for.
    private readonly HashSet<ChatKey> _outboxWork = [];

    /// <summary>The chat has work: an update, a reply in its outbox, anything its worker must look at.</summary>
    public void Signal(ChatKey chat) => Schedule(chat, outboxWork: true);

    /// <summary>Updates were stored for the chat, and nothing else: its outbox is as it was.</summary>
    public void SignalUpdatesStored(ChatKey chat) => Schedule(chat, outboxWork: false);

    /// <summary>
    /// Whether the chat was signalled only for updates stored since this was last asked; asked by its worker as it takes the
    /// chat, so that the chat's holder elsewhere is told what to read again.
    /// </summary>
    internal bool TakeOnlyUpdatesStored(ChatKey chat)
    {
        lock (_gate) return !_outboxWork.Remove(chat);
    }

    private void Schedule(ChatKey chat, bool outboxWork)
    {
        lock (_gate)
        {
            if (outboxWork) _outboxWork.Add(chat);
            if (_scheduled.ContainsKey(chat))
            {
                _scheduled[chat] = true;
                return;
            }
            _scheduled[chat] = false;
        }
        _ready.Writer.TryWrite(chat);
    }

    /// <summary>A chat with more work goes to the back of the line, so that one busy chat cannot hold a worker while others wait.</summary>
    internal void Requeue(ChatKey chat) => _ready.Writer.TryWrite(chat);

    internal IAsyncEnumerable<ChatKey> ReadAllAsync(CancellationToken cancellationToken) => _ready.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Called when a worker finished a chat; true when it must go through the chat once more.</summary>
    internal bool TryFinish(ChatKey chat)
    {
        lock (_gate)
        {
            if (_scheduled[chat])
            {
                _scheduled[chat] = false;
                return false;
            }
            _scheduled.Remove(chat);
            return true;
        }
    }
}
