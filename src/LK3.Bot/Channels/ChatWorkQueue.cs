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

    public void Signal(ChatKey chat)
    {
        lock (_gate)
        {
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
