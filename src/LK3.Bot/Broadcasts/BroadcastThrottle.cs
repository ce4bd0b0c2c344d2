using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// Each channel's pace for broadcasts: a send may start only when fewer than the rate started in the last
/// second (plus a little, for the network's jitter), so no second ever holds more than the rate, and a pause
/// after a slow moment is caught up at once. A channel that says to wait (Telegram's 429 retry_after) is
/// paused as a whole.
/// </summary>
public sealed class BroadcastThrottle(IOptions<BroadcastOptions> options, TimeProvider time)
{
    /// <summary>A send is counted when it starts; its request may reach the channel a little later.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(15);

    private readonly ConcurrentDictionary<string, Pace> _paces = new();

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var pace = _paces.GetOrAdd(channel, c => new Pace((int)Math.Max(1, Math.Floor(options.Value.RateOf(c)))));
        while (true)
        {
            var wait = pace.TryStart(time.GetUtcNow());
            if (wait <= TimeSpan.Zero) return;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Pause(string channel, TimeSpan delay) =>
        _paces.GetOrAdd(channel, c => new Pace((int)Math.Max(1, Math.Floor(options.Value.RateOf(c))))).PauseUntil(time.GetUtcNow() + delay);

    /// <summary>The start times of the last sends (as many as the rate), oldest first, and the end of a pause.</summary>
    private sealed class Pace(int rate)
    {
        private readonly Queue<DateTimeOffset> _starts = new(rate);
        private DateTimeOffset _pausedUntil;

        /// <summary>Zero when the send may start now (and it is counted); else how long to wait before asking again.</summary>
        public TimeSpan TryStart(DateTimeOffset now)
        {
            lock (_starts)
            {
                if (_pausedUntil > now) return _pausedUntil - now;
                while (_starts.Count > 0 && now - _starts.Peek() >= Window) _starts.Dequeue();
                if (_starts.Count >= rate) return _starts.Peek() + Window - now;
                _starts.Enqueue(now);
                return TimeSpan.Zero;
            }
        }

        public void PauseUntil(DateTimeOffset until)
        {
            lock (_starts)
            {
                if (until > _pausedUntil) _pausedUntil = until;
            }
        }
    }
}
