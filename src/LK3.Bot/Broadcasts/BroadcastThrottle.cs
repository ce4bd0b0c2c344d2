using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// Each channel's pace for broadcasts. A send may start only while fewer than the rate are under way or
/// finished within the last second: a request reaches the channel between its start and its end, so
/// however the network delays some of them, no second at the channel holds more than the rate; and a
/// slow moment is caught up at once. A channel that says to wait (Telegram's 429 retry_after) is paused.
/// </summary>
public sealed class BroadcastThrottle(IOptions<BroadcastOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(10);

    /// <summary>How often a sender looks again while every place is taken by a send still under way.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentDictionary<string, Pace> _paces = new();

    /// <summary>Waits for the channel's next place; dispose the turn when the send has ended.</summary>
    public async Task<IDisposable> WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var pace = PaceOf(channel);
        while (true)
        {
            var wait = pace.TryStart(time.GetUtcNow());
            if (wait <= TimeSpan.Zero) return new Turn(pace, time);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Pause(string channel, TimeSpan delay) => PaceOf(channel).PauseUntil(time.GetUtcNow() + delay);

    private Pace PaceOf(string channel) => _paces.GetOrAdd(channel, c => new Pace((int)Math.Max(1, Math.Floor(options.Value.RateOf(c)))));

    private sealed class Turn(Pace pace, TimeProvider time) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) pace.End(time.GetUtcNow());
        }
    }

    /// <summary>The sends under way and the end times of the recent ones, oldest first, and the end of a pause.</summary>
    private sealed class Pace(int rate)
    {
        private readonly Queue<DateTimeOffset> _ends = new();
        private int _underWay;
        private DateTimeOffset _pausedUntil;

        /// <summary>Zero when the send may start now (and it is counted); else how long to wait before asking again.</summary>
        public TimeSpan TryStart(DateTimeOffset now)
        {
            lock (_ends)
            {
                if (_pausedUntil > now) return _pausedUntil - now;
                while (_ends.Count > 0 && now - _ends.Peek() >= Window) _ends.Dequeue();
                if (_underWay + _ends.Count >= rate) return _ends.Count > 0 ? _ends.Peek() + Window - now : Recheck;
                _underWay++;
                return TimeSpan.Zero;
            }
        }

        public void End(DateTimeOffset now)
        {
            lock (_ends)
            {
                _underWay--;
                _ends.Enqueue(now);
            }
        }

        public void PauseUntil(DateTimeOffset until)
        {
            lock (_ends)
            {
                if (until > _pausedUntil) _pausedUntil = until;
            }
        }
    }
}
