using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels;

/// <summary>
/// Tells, update by update, whether a chat is flooding: more than <see cref="MessagingOptions.FloodMessages"/> updates
/// received within <see cref="MessagingOptions.FloodWindow"/>. Counted by when the updates arrived, not when they are
/// handled, so a backlog after an outage is no flood. Kept in memory: a restart forgets it, at worst one notice more.
/// </summary>
public sealed class ChatFlood(IOptions<MessagingOptions> options) : IDisposable
{
    private readonly MemoryCache _chats = new(new MemoryCacheOptions());

    public FloodVerdict Observe(ChatKey chat, long updateId, DateTimeOffset receivedAt)
    {
        var settings = options.Value;
        var state = _chats.GetOrCreate(chat, entry =>
        {
            entry.SlidingExpiration = settings.FloodWindow + settings.FloodQuietPeriod;
            return new ChatState();
        })!;
        lock (state) return state.Observe(updateId, receivedAt, settings.FloodMessages, settings.FloodWindow);
    }

    public void Dispose() => _chats.Dispose();

    private sealed class ChatState
    {
        private readonly Queue<DateTimeOffset> _recent = new();
        private long _lastUpdateId = -1;
        private FloodVerdict _lastVerdict = FloodVerdict.Calm;
        private DateTimeOffset? _noticeAt;

        public FloodVerdict Observe(long updateId, DateTimeOffset receivedAt, int limit, TimeSpan window)
        {
            // A turn run again (a conflict, a transient fault) is the same update, not one more.
            if (updateId == _lastUpdateId) return _lastVerdict;
            _lastUpdateId = updateId;
            _recent.Enqueue(receivedAt);
            while (_recent.Count > limit + 1) _recent.Dequeue();
            var flooding = _recent.Count > limit && receivedAt - _recent.Peek() < window;
            var wasFlooding = _lastVerdict is FloodVerdict.Began or FloodVerdict.Continuing;
            _lastVerdict = (flooding, wasFlooding) switch
            {
                (false, true) => FloodVerdict.Ended,
                (false, false) => FloodVerdict.Calm,
                // One notice a flood, however long; a chat hovering at the limit is not told again within the window.
                (true, false) when _noticeAt is null || receivedAt - _noticeAt >= window => FloodVerdict.Began,
                _ => FloodVerdict.Continuing,
            };
            if (_lastVerdict == FloodVerdict.Began) _noticeAt = receivedAt;
            return _lastVerdict;
        }
    }
}

public enum FloodVerdict
{
    Calm,

    /// <summary>The first update over the limit: the family is told, once.</summary>
    Began,

    Continuing,

    /// <summary>The first update within the limit again: replies still waiting from the flood are superseded.</summary>
    Ended,
}
